/// Something the contract requires of 乙 by a date.
public enum ObligationKind: String, Sendable, CaseIterable, Hashable {
    case plan, report, certificate, training, audit
    case incidentReport = "incident-report", measure, request, closing

    public var title: Message {
        switch self {
        case .plan: Message(ja: "サービス実施計画書の提出", en: "submitting the service implementation plan")
        case .report: Message(ja: "サービス実績報告書の提出", en: "submitting a monthly report")
        case .certificate: Message(ja: "認証の更新", en: "renewing a certificate")
        case .training: Message(ja: "計画した研修の実施と記録", en: "holding and recording a planned training course")
        case .audit: Message(ja: "計画した監査の実施と記録", en: "holding and recording a planned audit")
        case .incidentReport: Message(ja: "障害の甲への報告（第一報・最終報告）", en: "reporting an incident to 甲 (first and final reports)")
        case .measure: Message(ja: "改善策の実施", en: "carrying out an improvement measure")
        case .request: Message(ja: "甲からの要求への回答", en: "answering 甲's request")
        case .closing: Message(ja: "情報の返却・消去と報告", en: "returning or erasing 甲's information, and reporting it")
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
        case .incidentReport: Message(ja: "甲へ報告し、incidents/<ID>.yaml の reports に記録してください。", en: "Report to 甲 and record it under reports in incidents/<ID>.yaml.")
        case .measure: Message(ja: "改善策を実施し、報告書の measure_status に完了を記録してください（期限を変える場合は甲と協議）。",
                               en: "Carry the measure out and record it as done under measure_status in a report (agree any new due date with 甲).")
        case .request: Message(ja: "回答・説明を行い、requests/<ID>.yaml の answer に記録してください。", en: "Answer, and record it under answer in requests/<ID>.yaml.")
        case .closing: Message(ja: "返却・消去を行い、closing.yaml に記録して teishutsu submit --closing で提出を記録してください。",
                               en: "Return or erase the information, record it in closing.yaml, and record its submission with teishutsu submit --closing.")
        }
    }
}
