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
                calendar = contract.calendar
            }
        } else {
            diagnostics.append(.warning(.log(.noContract), Message(
                ja: "--contract がないため、国の祝日・年末年始以外の閉庁日と契約の目標値は使わず、区分（party）が other でない問合せをすべて対象にしています",
                en: "no --contract: only the national calendar and the default targets are used, and every inquiry counts unless its party column says other"),
                at: nil))
        }
        // A path typed on the command line that does not exist is a usage problem.
        let paths = [options.incidents, options.maintenance, options.inquiries].map { path in
            path.flatMap { path -> String? in
                guard FileManager.default.fileExists(atPath: path) else {
                    diagnostics.append(.error(.input(.pathMissing), InputFile.missing(path, ja: path, en: path), at: nil))
                    return nil
                }
                return path
            }
        }
        // The three logs are read at once, each on its own core; their problems are told in this order.
        struct Read: Sendable {
            var incidents: [Incident] = [], maintenance: [MaintenanceWindow] = [], inquiries: [Inquiry] = []
            var diagnostics: [Diagnostic] = []
            var sources = SourceTexts()
        }
        let schemas = [LogSchema.incident, LogSchema.maintenance, LogSchema.inquiry]
        let reads = Parallel.map(3) { index -> Read in
            var read = Read()
            guard let path = paths[index] else { return read }
            let (rows, rowDiagnostics) = LogLoader.load(path: path, displayPath: path, schema: schemas[index], keepText: false, sources: &read.sources)
            read.diagnostics = rowDiagnostics
            switch index {
            case 0: read.incidents = LargeBuffers.compactMap(rows, Incident.init)
            case 1: read.maintenance = LargeBuffers.compactMap(rows, MaintenanceWindow.init)
            default: read.inquiries = LargeBuffers.compactMap(rows, Inquiry.init)
            }
            return read
        }
        for read in reads {
            diagnostics += read.diagnostics
            sources.merge(read.sources)
        }
        let incidents = reads[0].incidents, maintenance = reads[1].maintenance, inquiries = reads[2].inquiries
        diagnostics += LogRules.check(incidents: incidents, maintenance: maintenance, inquiries: inquiries, workers: Parallel.cores)
            .filter { $0.code.area == .log }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        let result = ServiceLevelEngine.compute(month: options.month, incidents: incidents, maintenance: maintenance,
                                                inquiries: inquiries, targets: targets, calendar: calendar, now: options.now,
                                                workers: Parallel.cores)
        return (result, diagnostics, sources)
    }

    /// The JSON of the figures, written to standard output as it is made.
    public static func printJSON(_ result: ServiceLevelResult) {
        ServiceLevelFigures.writeJSON(result, to: StandardOutput.write)
    }

    /// The table of the figures, for people.
    public static func table(_ result: ServiceLevelResult, language: Language, digits: DigitStyle) -> [UInt8] {
        ServiceLevelFigures.tableBytes(result, language: language, digits: digits)
    }
}
