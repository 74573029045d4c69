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
        // The national calendar is made when a chain first needs it (the command's start has had it
        // made meanwhile), not before the logs are read.
        var contractCalendar: ClosedDayCalendar?
        if let path = options.contract {
            let (contract, contractDiagnostics, contractSources) = ContractSections.load(path, sections: ["client", "calendar", "service_levels"])
            sources.merge(contractSources)
            diagnostics += contractDiagnostics
            if let contract {
                targets = contract.serviceLevels
                contractCalendar = contract.calendar
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
        // Two chains, each on its own core: the incidents and maintenance windows are read,
        // checked and computed (availability, recovery, major failures) while the inquiries are
        // read, checked and computed (response). A chain computes only when its own logs hold no
        // error; an error in either stops the output. Problems are told in the order of one pass:
        // each log's reading (incidents, maintenance, inquiries), then the row rules.
        struct Chain: Sendable {
            var incidents: [Incident] = [], maintenance: [MaintenanceWindow] = [], inquiries: [Inquiry] = []
            var reading: [Diagnostic] = []
            var sources = SourceTexts()
            var findings = LogRules.Findings()
            var incidentLevels: ServiceLevelEngine.IncidentLevels?
            var response: ResponseResult?
        }
        let month = options.month, now = options.now
        let chains = Parallel.map(2) { [targets, contractCalendar] index -> Chain in
            var chain = Chain()
            func rows(_ which: Int, _ schema: ObjectSchema) -> [LogRow] {
                guard let path = paths[which] else { return [] }
                let (rows, diagnostics) = LogLoader.load(path: path, displayPath: path, schema: schema, keepText: false, sources: &chain.sources)
                chain.reading += diagnostics
                return rows
            }
            if index == 0 {
                chain.incidents = LargeBuffers.compactMap(rows(0, LogSchema.incident), Incident.init)
                chain.maintenance = LargeBuffers.compactMap(rows(1, LogSchema.maintenance), MaintenanceWindow.init)
                chain.findings = LogRules.check(incidents: chain.incidents, maintenance: chain.maintenance)
                guard !chain.reading.hasErrors, !chain.findings.hasLogErrors else { return chain }
                chain.incidentLevels = ServiceLevelEngine.incidentLevels(month: month, incidents: chain.incidents, maintenance: chain.maintenance,
                                                                         targets: targets, calendar: contractCalendar ?? .standard, now: now)
            } else {
                chain.inquiries = LargeBuffers.compactMap(rows(2, LogSchema.inquiry), Inquiry.init)
                chain.findings = LogRules.check(inquiries: chain.inquiries)
                guard !chain.reading.hasErrors, !chain.findings.hasLogErrors else { return chain }
                chain.response = ServiceLevelEngine.responseLevel(month: month, inquiries: chain.inquiries, targets: targets,
                                                                  calendar: contractCalendar ?? .standard, now: now)
            }
            return chain
        }
        for chain in chains {
            diagnostics += chain.reading
            sources.merge(chain.sources)
        }
        diagnostics += LogRules.Findings.merged(chains[0].findings, chains[1].findings).filter { $0.code.area == .log }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, sources) }
        // (A chain that saw an error its half alone counts, and the whole does not, computes here.)
        let calendar = contractCalendar ?? .standard
        let result = ServiceLevelResult(
            month: month, now: now,
            incidentLevels: chains[0].incidentLevels ?? ServiceLevelEngine.incidentLevels(
                month: month, incidents: chains[0].incidents, maintenance: chains[0].maintenance, targets: targets, calendar: calendar, now: now),
            response: chains[1].response ?? ServiceLevelEngine.responseLevel(
                month: month, inquiries: chains[1].inquiries, targets: targets, calendar: calendar, now: now))
        return (result, diagnostics, sources)
    }

    /// The JSON of the figures, written to standard output as it is made.
    public static func printJSON(_ result: ServiceLevelResult, detail: Bool) {
        ServiceLevelFigures.writeJSON(result, detail: detail, to: StandardOutput.write)
    }

    /// The table of the figures, for people.
    public static func table(_ result: ServiceLevelResult, language: Language, digits: DigitStyle) -> [UInt8] {
        ServiceLevelFigures.tableBytes(result, language: language, digits: digits)
    }
}
