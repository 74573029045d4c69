import DocumentModel
import JapaneseCalendar

/// The rules of the service implementation plan (DOMAIN §1.1, §3): each problem has a stable
/// code, a message in Japanese and English, and the place to edit. One file per section.
public struct PlanRules {
    public let plan: Plan
    public let contract: Contract?
    public let catalog: RequirementCatalog?
    /// Whether the plan's current revision is recorded as submitted (ends the near-deadline warning).
    public let currentRevisionSubmitted: Bool
    let wording: MessageWording
    var diagnostics: [Diagnostic] = []

    /// Days before the deadline within which a first revision is flagged as cutting it close.
    public static let deadlineWarningDays = 7

    public init(plan: Plan, contract: Contract?, catalog: RequirementCatalog?, currentRevisionSubmitted: Bool = false) {
        self.plan = plan
        self.contract = contract
        self.catalog = catalog
        self.currentRevisionSubmitted = currentRevisionSubmitted
        wording = MessageWording(contract)
    }

    /// Runs every rule.
    public static func check(_ plan: Plan, contract: Contract?, catalog: RequirementCatalog?, currentRevisionSubmitted: Bool = false) -> [Diagnostic] {
        var rules = PlanRules(plan: plan, contract: contract, catalog: catalog, currentRevisionSubmitted: currentRevisionSubmitted)
        rules.checkSections()
        rules.checkRevisions()
        rules.checkOwnership()
        rules.checkCompanies()
        rules.checkSchedule()
        rules.checkContacts()
        rules.checkMeasures()
        rules.checkTraining()
        rules.checkAudits()
        rules.checkCertifications()
        rules.checkRequirements()
        return rules.diagnostics
    }

    mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    /// Whether the rules of a section can judge it (present, read without structural errors).
    func usable(_ section: PlanSection) -> Bool { plan.presence(section).readCleanly }

    /// Where to point for a whole section: its key, else the file.
    func place(_ section: PlanSection) -> SourceSpan { plan.presence(section).keySpan ?? .file(plan.source) }

    /// A duplicate ID's diagnostic, pointing at the first use too.
    static func duplicates(_ ids: [Located<String>], code: PlanCode, what: Message) -> [Diagnostic] {
        var seen: [String: SourceSpan] = [:]
        var result: [Diagnostic] = []
        for id in ids {
            if let first = seen[id.value] {
                result.append(.error(.plan(code),
                                     Message(ja: "\(what.japanese)の番号「\(id.value)」が重複しています", en: "the \(what.english) ID '\(id.value)' is used twice"),
                                     expected: Message(ja: "一意の番号", en: "a unique ID"), at: id.span,
                                     notes: [.init(Message(ja: "最初の使用", en: "first use"), at: first)]))
            }
            seen[id.value] = id.span
        }
        return result
    }
}
