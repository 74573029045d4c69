import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels
import Validation

/// `teishutsu sla`: the four service levels of a month from CSV logs.
public enum SLARun {
    public struct Options: Sendable {
        public var month: YearMonth
        public var incidents: String?
        public var maintenance: String?
        public var inquiries: String?
        public var contract: String?
        public var now: Instant

        public init(month: YearMonth, incidents: String?, maintenance: String?, inquiries: String?, contract: String?, now: Instant) {
            self.month = month
            self.incidents = incidents
            self.maintenance = maintenance
            self.inquiries = inquiries
            self.contract = contract
            self.now = now
        }
    }

    public static func run(_ options: Options) -> (ServiceLevelResult?, [Diagnostic], SourceTexts) {
        var sources = SourceTexts()
        var diagnostics: [Diagnostic] = []
        var targets = ServiceLevelTargets.defaults
        var calendar = ClosedDayCalendar.standard
        if let path = options.contract {
            let (contract, contractDiagnostics, contractSources) = ContractSections.load(path, sections: ["client", "calendar", "service_levels"])
            sources.merge(contractSources)
            diagnostics += contractDiagnostics
            if let contract {
                targets = contract.serviceLevels
                calendar = contract.makeCalendar()
            }
        } else {
            diagnostics.append(.warning(.log(.noContract), Message(
                ja: "--contract がないため、国の祝日・年末年始以外の閉庁日と契約の目標値は使わず、区分（party）が other でない問合せをすべて対象にしています",
                en: "no --contract: only the national calendar and the default targets are used, and every inquiry counts unless its party column says other"),
                at: nil))
        }
        func rows(_ path: String?, _ schema: ObjectSchema) -> [LogRow] {
            guard let path else { return [] }
            // A path typed on the command line that does not exist is a usage problem.
            guard FileManager.default.fileExists(atPath: path) else {
                diagnostics.append(.error(.input(.pathMissing), Message(ja: "\(path) がありません", en: "\(path) does not exist"), at: nil))
                return []
            }
            let (rows, rowDiagnostics) = LogLoader.load(path: path, displayPath: path, schema: schema, keepText: false, sources: &sources)
            diagnostics += rowDiagnostics
            return rows
        }
        let incidents = rows(options.incidents, LogSchema.incident).compactMap(Incident.init)
        let maintenance = rows(options.maintenance, LogSchema.maintenance).compactMap(MaintenanceWindow.init)
        let inquiries = rows(options.inquiries, LogSchema.inquiry).compactMap(Inquiry.init)
        var report = Report.empty(source: "-")
        report.incidents = incidents
        report.maintenance = maintenance
        report.inquiries = inquiries
        diagnostics += LogRules.check(report).filter { $0.code.area == .log }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        let result = ServiceLevelEngine.compute(month: options.month, incidents: incidents, maintenance: maintenance,
                                                inquiries: inquiries, targets: targets, calendar: calendar, now: options.now)
        return (result, diagnostics, sources)
    }

    /// The JSON of the figures, written to standard output as it is made.
    public static func printJSON(_ result: ServiceLevelResult) {
        ServiceLevelFigures.writeJSON(result, to: StandardOutput.write)
    }

    /// The table of the figures, for people.
    public static func table(_ result: ServiceLevelResult, language: Language, digits: DigitStyle) -> String {
        ServiceLevelFigures.table(result, language: language, digits: digits)
    }
}
