/// Something the contract requires of 乙 by a date.
public enum ObligationKind: String, Sendable, CaseIterable, Hashable {
    case plan, report, certificate, training, audit

    public var title: Message {
        switch self {
        case .plan: Message(ja: "サービス実施計画書の提出", en: "submitting the service implementation plan")
        case .report: Message(ja: "サービス実績報告書の提出", en: "submitting a monthly report")
        case .certificate: Message(ja: "認証の更新", en: "renewing a certificate")
        case .training: Message(ja: "計画した研修の実施と記録", en: "holding and recording a planned training course")
        case .audit: Message(ja: "計画した監査の実施と記録", en: "holding and recording a planned audit")
        }
    }

    public var fix: Message {
        switch self {
        case .plan: Message(ja: "計画書を提出し、teishutsu submit で記録してください。", en: "Submit the plan and record it with teishutsu submit.")
        case .report: Message(ja: "報告書を作成・提出し、teishutsu submit --report YYYY-MM で記録してください。",
                              en: "Write and submit the report, and record it with teishutsu submit --report YYYY-MM.")
        case .certificate: Message(ja: "認証を更新し、更新後の有効期間で計画書を改訂してください。", en: "Renew the certificate and revise the plan with its new validity.")
        case .training: Message(ja: "研修を実施し、その月の報告書の activities に記録してください。", en: "Hold the course and record it under activities in that month's report.")
        case .audit: Message(ja: "監査を実施し、その月の報告書の activities に記録してください。", en: "Hold the audit and record it under activities in that month's report.")
        }
    }
}
