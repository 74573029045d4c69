import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// The rules of a monthly report (DOMAIN §1.2, §2).
public struct ReportRules {
    public let report: Report
    /// The plan revision in force on the report's submission day.
    public let plan: Plan?
    public let contract: Contract?
    public let serviceLevels: ServiceLevelResult?
    let wording: MessageWording
    /// The measures the folder's reports presented: those of earlier months answer the same miss
    /// seen again (see ``checkImprovements``).
    var measures: [ImprovementMeasure] = []
    var diagnostics: [Diagnostic] = []

    public init(report: Report, plan: Plan?, contract: Contract?, serviceLevels: ServiceLevelResult?) {
        self.report = report
        self.plan = plan
        self.contract = contract
        self.serviceLevels = serviceLevels
        wording = MessageWording(contract)
    }

    /// Every rule of the report (the row rules of its logs are ``LogRules``', once per log file).
    public static func check(_ report: Report, plan: Plan?, contract: Contract?, serviceLevels: ServiceLevelResult?,
                             measures: [ImprovementMeasure] = []) -> [Diagnostic] {
        var rules = ReportRules(report: report, plan: plan, contract: contract, serviceLevels: serviceLevels)
        rules.measures = measures
        rules.checkMonth()
        rules.checkSections()
        rules.checkLogsGiven()
        rules.checkSecurityStatus()
        rules.checkActivities()
        rules.checkImprovements()
        return rules.diagnostics
    }

    mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    var file: SourceSpan { report.monthSpan }

    /// The month matches the file name and lies within the contract.
    mutating func checkMonth() {
        guard let month = report.month else { return }
        if let fileMonth = report.fileMonth, month.value != fileMonth {
            add(.error(.report(.monthMismatch),
                       Message(ja: "対象月 \(month.value) がファイル名の月 \(fileMonth) と違います", en: "the report is for \(month.value) but its file is named for \(fileMonth)"),
                       expected: Message(ja: "\(fileMonth)", en: "\(fileMonth)"), at: month.span))
        }
        if let problem = Self.outsideContract(month.value, at: month.span, contract: contract) { add(problem) }
    }

    /// A month outside the contract period (a year mistyped): no report is owed for it, and
    /// nothing is built for it. Also said of a draft for a month not begun, which is not checked yet.
    public static func outsideContract(_ month: YearMonth, at span: SourceSpan, contract: Contract?) -> Diagnostic? {
        guard let contract, contract.isOutside(month), let start = contract.start?.value, let end = contract.end?.value else { return nil }
        let wording = MessageWording(contract)
        let (m, s, e) = (wording.month(month), wording.date(start), wording.date(end))
        return .error(.report(.outsideContract),
                      Message(ja: "対象月 \(m.japanese) が契約期間 \(s.japanese)〜\(e.japanese) の外です",
                              en: "the month \(m.english) is outside the contract period \(s.english)–\(e.english)"),
                      expected: Message(ja: "契約期間内の月", en: "a month within the contract period"),
                      at: span)
    }

    /// Every section present; all but risks and other matters with content.
    mutating func checkSections() {
        for section in ReportSection.allCases {
            guard let presence = report.presence(section), let key = section.key, !presence.isRejected else { continue }
            let label = Message(ja: "\(section.id)（\(section.title)）", en: "\(section.id) (\(section.englishTitle))")
            guard let keySpan = presence.keySpan else {
                add(.error(.report(.sectionMissing(section)),
                           Message(ja: "\(label.japanese)がありません（\(key):）", en: "\(label.english) is missing (\(key):)"),
                           expected: Message(ja: "\(key): 「\(section.title)」", en: "a top-level key \(key):"), at: file))
                continue
            }
            // Risks and other matters may be empty in a quiet month; so may the security status
            // of a plan without measures.
            let mayBeEmpty = section == .risk || section == .other || (section == .securityStatus && (plan?.securityPlan.isEmpty ?? true))
            if presence.isEmpty && !mayBeEmpty {
                add(.error(.report(.sectionEmpty(section)), Message(ja: "\(label.japanese)が空です", en: "\(label.english) is empty"),
                           expected: Message(ja: "\(section.title)の記載", en: "the content of \(section.englishTitle)"), at: keySpan))
            }
        }
    }

    /// REP-INCIDENT and REP-INQUIRY need their logs (an empty one for a quiet month).
    mutating func checkLogsGiven() {
        for (kind, section) in [(LogKind.incidents, ReportSection.incident), (.inquiries, .inquiry)] where !report.givenLogs.contains(kind) {
            let what = kind == .incidents ? Message(ja: "障害ログのファイル、または incidents: []（障害なし）", en: "an incidents log file, or incidents: [] for none")
                : Message(ja: "問合せログのファイル、または inquiries: []（問合せなし）", en: "an inquiries log file, or inquiries: [] for none")
            add(.error(.report(.sectionMissing(section)),
                       Message(ja: "\(section.id)（\(section.title)）の記録がありません（logs.\(kind.key) または \(kind.key):）",
                               en: "\(section.id) (\(section.englishTitle)) has no log (logs.\(kind.key) or \(kind.key):)"),
                       expected: what, at: file))
        }
    }

    /// REP-SECSTATUS covers every measure of the plan's PLAN-SECPLAN, and no other.
    mutating func checkSecurityStatus() {
        guard let plan, let presence = report.presence(.securityStatus), !presence.isRejected, let statusSpan = presence.keySpan else { return }
        let reported = Set(report.securityStatus.map(\.id.value))
        let planned = plan.measureIDs.map(\.value)
        for measure in plan.measureIDs where !reported.contains(measure.value) {
            let id = measure.value
            add(.error(.report(.securityStatusMissingMeasure),
                       Message(ja: "セキュリティ対策 \(id) の実施状況がありません", en: "the security measure \(id) has no status"),
                       expected: Message(ja: "\(id): { status: …, detail: … }", en: "\(id): { status: …, detail: … }"), at: statusSpan,
                       notes: [.init(Message(ja: "計画書の \(id)", en: "\(id) in the plan"), at: measure.span)]))
        }
        for entry in report.securityStatus where !planned.contains(entry.id.value) {
            add(.error(.report(.securityStatusUnknown),
                       Message(ja: "「\(entry.id.value)」は計画書のセキュリティ対策（PLAN-SECPLAN）にありません",
                               en: "'\(entry.id.value)' is not a measure of the plan's PLAN-SECPLAN") + Suggest.didYouMean(Suggest.closest(to: entry.id.value, among: planned)),
                       expected: Message(ja: "次のいずれか: " + planned.joined(separator: ", "), en: "one of: " + planned.joined(separator: ", ")),
                       at: entry.id.span))
        }
    }

    /// Activities refer to the plan's training courses and audits.
    mutating func checkActivities() {
        guard let plan else { return }
        let known = plan.training.map(\.id.value) + plan.audits.map(\.id.value)
        for activity in report.activities where !known.contains(activity.id.value) {
            add(.error(.report(.activityUnknown),
                       Message(ja: "「\(activity.id.value)」は計画書の研修（PLAN-TRAIN）・監査（PLAN-AUDIT）にありません",
                               en: "'\(activity.id.value)' is neither a training course nor an audit of the plan")
                       + Suggest.didYouMean(Suggest.closest(to: activity.id.value, among: known)),
                       expected: Message(ja: "TR-… または AU-… の番号", en: "an ID of PLAN-TRAIN or PLAN-AUDIT"), at: activity.id.span))
        }
        // What the plan dates in the month is recorded as held (or the plan's dates revised).
        guard let month = report.month?.value ?? report.fileMonth else { return }
        let recorded = Set(report.activities.map(\.id.value))
        let planned = plan.training.map { ($0.id, $0.title.value, $0.dates) } + plan.audits.map { ($0.id, $0.content.value, $0.dates) }
        for (id, title, dates) in planned where !id.value.isEmpty && !recorded.contains(id.value) {
            guard let date = dates.first(where: { $0.value >= month.firstDay && $0.value <= month.lastDay }) else { continue }
            let name = title.count > 40 ? String(title.prefix(40)) + "…" : title
            add(.warning(.report(.activityNotRecorded),
                         Message(ja: "計画書は \(id.value)（\(name)）を\(wording.date(date.value).japanese)に予定していますが、当月の報告書に実施の記録（activities）がありません",
                                 en: "the plan dates \(id.value) (\(name)) \(date.value.iso), but the month's report has no record of it under activities"),
                         expected: Message(ja: "activities に \(id.value) の実施記録（実施しなかったときは計画書の日付の改訂）",
                                           en: "a record of \(id.value) under activities (or, when it was not held, the plan's dates revised)"),
                         at: report.value.keySpan("activities") ?? report.monthSpan,
                         notes: [.init(Message(ja: "計画書の予定日", en: "the plan's date"), at: date.span)]))
        }
    }
}
