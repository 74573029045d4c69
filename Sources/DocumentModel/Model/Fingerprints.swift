/// What a submitted document was made from, part by part: each part's hash is recorded at
/// submission, so that a later change to any of them is seen (SUBMIT-inputs-changed) and named.
public struct InputPart: Sendable, Equatable {
    /// One kind of input a document is made from.
    public enum Name: String, Sendable, CaseIterable {
        case report, logs, contract, plan, duties
        case incidentReport = "incident_report", incident, closing
        /// The plan's promised reporting times an incident report is judged by (kept once the
        /// plan promises updates: records made before stay as they were).
        case promise
        /// The maintenance windows over an incident's time, whose minutes its report does not
        /// count as stopped (kept by records made since: records made before stay as they were).
        case maintenance

        /// Parts that records made by earlier versions do not hold: such a record is compared
        /// without them.
        static let addedLater: Set<Name> = [.maintenance]

        /// 契約情報（contract.yaml）: how a message names it.
        public var described: Message {
            switch self {
            case .report: Message(ja: "報告書の記載（reports/）", en: "the report as written (reports/)")
            case .logs: Message(ja: "ログ（logs/）", en: "the logs (logs/)")
            case .contract: Message(ja: "契約情報（contract.yaml）", en: "the contract (contract.yaml)")
            case .plan: Message(ja: "計画書（plan.yaml）", en: "the plan (plan.yaml)")
            case .duties: Message(ja: "改善策・要求・障害報告書の記載", en: "the measures, requests and incident reports it shows")
            case .incidentReport: Message(ja: "障害報告書の記載（incidents/）", en: "the incident report as written (incidents/)")
            case .incident: Message(ja: "障害の記録（logs/incidents.csv）", en: "the incident's record (logs/incidents.csv)")
            case .closing: Message(ja: "closing.yaml の記載", en: "closing.yaml")
            case .promise: Message(ja: "計画書の報告の期限（plan.yaml）", en: "the reporting times the plan promises (plan.yaml)")
            case .maintenance: Message(ja: "障害の時間に重なる正当な理由のある停止の記録（logs/maintenance.csv）", en: "the maintenance windows over the incident's time (logs/maintenance.csv)")
            }
        }
    }

    public let name: Name
    public let sha256: String
    /// The hashes of the same inputs as an earlier version of the tool wrote this part: a record
    /// it made still matches them (the part is not "changed" by an upgrade).
    public let alternates: [String]

    public init(_ name: Name, sha256: String, alternates: [String] = []) {
        self.name = name
        self.sha256 = sha256
        self.alternates = alternates
    }

    public init(_ name: Name, text: String, earlierTexts: [String] = []) {
        let sha256 = SHA256.hex(text)
        self.init(name, sha256: sha256, alternates: earlierTexts.map { SHA256.hex($0) }.filter { $0 != sha256 })
    }

    /// Whether a recorded hash of this part is it (as this version or an earlier one wrote it).
    public func matches(_ recorded: String) -> Bool { recorded == sha256 || alternates.contains(recorded) }

    /// Whether the inputs a record holds (their one hash, and the parts where it kept them) are
    /// these.
    public static func same(recorded combinedHash: String, parts recorded: [InputPart], now allParts: [InputPart]) -> Bool {
        let now = comparable(allParts, with: recorded)
        if combined(now) == combinedHash { return true }
        guard now.contains(where: { !$0.alternates.isEmpty }) else { return false }
        if !recorded.isEmpty { return combined(recorded) == combinedHash && changed(recorded: recorded, now: now).isEmpty }
        // A record without its parts: the one hash, each part as the earlier version wrote it.
        return combined(now.map { InputPart($0.name, sha256: $0.alternates.first ?? $0.sha256) }) == combinedHash
    }

    /// The parts to compare with a record: without those added since, when it lacks them.
    static func comparable(_ parts: [InputPart], with recorded: [InputPart]) -> [InputPart] {
        parts.filter { part in !Name.addedLater.contains(part.name) || recorded.contains { $0.name == part.name } }
    }

    /// The one hash of all the parts (a record's `inputs_sha256`).
    public static func combined(_ parts: [InputPart]) -> String {
        var hash = SHA256()
        for part in parts { hash.update(part.name.rawValue + "\u{0}" + part.sha256 + "\n") }
        return hash.finish()
    }

    /// The parts whose hash differs between `recorded` and `now` (or that only one has).
    public static func changed(recorded: [InputPart], now allParts: [InputPart]) -> [Name] {
        let now = comparable(allParts, with: recorded)
        return Name.allCases.filter { name in
            let was = recorded.first { $0.name == name }?.sha256, part = now.first { $0.name == name }
            switch (was, part) {
            case (nil, nil): return false
            case (let was?, let part?): return !part.matches(was)
            default: return true
            }
        }
    }
}

/// The inputs of the documents other than the monthly report (whose parts its computation
/// gives), as recorded at submission.
public enum Fingerprints {
    public static func plan(_ plan: Plan, contract: Contract) -> [InputPart] {
        [InputPart(.plan, sha256: plan.value.canonicalSHA256), InputPart(.contract, sha256: contract.documentCanonicalSHA256)]
    }

    /// - Parameter maintenance: the maintenance windows of the logs; those over the incident's
    ///   time (from its occurrence to its recovery, or on) change the minutes its report counts.
    public static func incidentReport(_ report: IncidentReport, incident: Incident?, contract: Contract, plan: Plan? = nil,
                                      maintenance: [MaintenanceWindow] = []) -> [InputPart] {
        let windows = incident.map { incident in
            maintenance.filter { window in window.end > incident.occurredAt && (incident.recoveredAt.map { window.start < $0 } ?? true) }
                .map(\.row.canonicalSHA256).sorted()
        } ?? []
        let parts = [InputPart(.incidentReport, sha256: report.value.canonicalSHA256),
                     InputPart(.incident, sha256: incident?.row.canonicalSHA256 ?? SHA256.hex("")),
                     InputPart(.contract, sha256: contract.documentCanonicalSHA256),
                     InputPart(.maintenance, text: windows.joined(separator: "\n"))]
        // The promised times the page judges the reports by, once the plan promises updates.
        guard let contact = plan?.contact, let every = contact.updateEveryMinutes?.value else { return parts }
        let promise = "first=\(contact.firstReportWithinMinutes?.value ?? -1)|final=\(contact.finalReportWithinOpenDays?.value ?? -1)|update=\(every)"
        return parts + [InputPart(.promise, text: promise)]
    }

    public static func closing(_ closing: ClosingRecord, contract: Contract) -> [InputPart] {
        [InputPart(.closing, sha256: closing.value.canonicalSHA256), InputPart(.contract, sha256: contract.documentCanonicalSHA256)]
    }
}
