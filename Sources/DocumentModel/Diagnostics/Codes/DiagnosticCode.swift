/// Every diagnostic the tool can emit, declared once with its severity, its area, what it
/// means, an example that triggers it and what fixes it.
///
/// Each area is an enum of its own, so that a new code cannot be added without its help text
/// (the `info` switch of its area is exhaustive), and ``all`` lists every code for
/// `teishutsu explain`, SARIF and docs/diagnostics.md.
public enum DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    case input(InputCode)
    case contract(ContractCode)
    case plan(PlanCode)
    case report(ReportCode)
    case log(LogCode)
    case draft(DraftCode)
    case template(TemplateCode)
    case output(OutputCode)
    case deadline(DeadlineCode)
    case record(RecordCode)
    case style(StyleCode)

    /// The stable identifier printed in every output (`PLAN-CERT-none`, `yaml-unknown-key`).
    public var id: String {
        switch self {
        case .input(let c): c.id
        case .contract(let c): c.id
        case .plan(let c): c.id
        case .report(let c): c.id
        case .log(let c): c.id
        case .draft(let c): c.id
        case .template(let c): c.id
        case .output(let c): c.id
        case .deadline(let c): c.id
        case .record(let c): c.id
        case .style(let c): c.id
        }
    }

    public var info: CodeInfo {
        switch self {
        case .input(let c): c.info
        case .contract(let c): c.info
        case .plan(let c): c.info
        case .report(let c): c.info
        case .log(let c): c.info
        case .draft(let c): c.info
        case .template(let c): c.info
        case .output(let c): c.info
        case .deadline(let c): c.info
        case .record(let c): c.info
        case .style(let c): c.info
        }
    }

    /// What a report has not said yet, rather than said wrongly: a section, a required key, a
    /// security measure's or an earlier measure's status, the improvement measures of a miss, an
    /// activity the plan dates. A draft of the month still running is not told these.
    public var isNotYetSaid: Bool {
        switch self {
        case .input(.value(.missingKey, _)): true
        case .report(.sectionMissing), .report(.sectionEmpty), .report(.securityStatusMissingMeasure), .report(.slaNoImprovement),
             .report(.activityNotRecorded): true
        case .record(.measureMissingStatus): true
        default: false
        }
    }

    /// A draft's gap: a TODO, a value left empty. The rest of its file is read (a measure's ID
    /// too), so it hides nothing another rule needs.
    public var isDraftGap: Bool {
        switch self {
        case .input(.placeholder), .input(.value(.empty, _)): true
        default: false
        }
    }

    public var area: Area {
        switch self {
        case .input: .input
        case .contract: .contract
        case .plan: .plan
        case .report: .report
        case .log: .log
        case .draft: .draft
        case .template: .template
        case .output: .output
        case .deadline: .deadline
        case .record: .record
        case .style: .style
        }
    }

    public var severity: Diagnostic.Severity { info.severity }

    /// A file that could not be read at all (missing, too large, not UTF-8 …).
    public var isFileProblem: Bool {
        if case .input(let code) = self { return code.isFileProblem }
        return false
    }

    /// A problem reading an input (a file, its syntax, a value's type or form), which leaves what
    /// the file says unknown; a placeholder `init` left to fill in is not one.
    public var isInputError: Bool {
        if case .input(let code) = self { return code != .placeholder }
        return false
    }

    public var description: String { id }

    /// Every code, area by area, in a fixed order.
    public static let all: [DiagnosticCode] =
        InputCode.allCases.map(DiagnosticCode.input) + ContractCode.allCases.map(DiagnosticCode.contract)
        + PlanCode.allCases.map(DiagnosticCode.plan) + ReportCode.allCases.map(DiagnosticCode.report)
        + LogCode.allCases.map(DiagnosticCode.log) + RecordCode.allCases.map(DiagnosticCode.record)
        + DraftCode.allCases.map(DiagnosticCode.draft) + TemplateCode.allCases.map(DiagnosticCode.template)
        + OutputCode.allCases.map(DiagnosticCode.output) + DeadlineCode.allCases.map(DiagnosticCode.deadline)
        + StyleCode.allCases.map(DiagnosticCode.style)

    private static let byID: [String: DiagnosticCode] = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    /// The code with this identifier, if there is one.
    public init?(id: String) {
        guard let code = Self.byID[id] else { return nil }
        self = code
    }

    /// The identifiers, for "did you mean".
    public static var ids: [String] { all.map(\.id) }

    /// What a diagnostic is about: where to look, and how CI should group it.
    public enum Area: String, Sendable, CaseIterable {
        case input, contract, plan, report, log, record, draft, template, output, deadline, style

        public var title: Message {
            switch self {
            case .input: Message(ja: "入力ファイル（YAML・CSV・ファイル）", en: "input files (YAML, CSV, files)")
            case .contract: Message(ja: "契約情報（contract.yaml）と要件一覧", en: "the contract (contract.yaml) and the requirement catalog")
            case .plan: Message(ja: "サービス実施計画書（plan.yaml）", en: "the service implementation plan (plan.yaml)")
            case .report: Message(ja: "サービス実績報告書（reports/）", en: "the monthly reports (reports/)")
            case .log: Message(ja: "ログ（障害・計画停止・問合せ）", en: "the logs (incidents, justified stops, inquiries)")
            case .record: Message(ja: "提出記録・障害報告書・改善要求・説明要求・データ消去", en: "submissions, incident reports, requests and the closing record")
            case .draft: Message(ja: "下書き（XML・HTML）", en: "drafts (XML, HTML)")
            case .template: Message(ja: "テンプレート", en: "templates")
            case .output: Message(ja: "出力", en: "outputs")
            case .deadline: Message(ja: "期限", en: "deadlines")
            case .style: Message(ja: "文章の表記（ご自身で書いた記載）", en: "the writing (what you wrote)")
            }
        }
    }
}
