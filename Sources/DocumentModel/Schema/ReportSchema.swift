/// The logs the service levels are computed from, as CSV columns or inline YAML.
public enum LogSchema {
    public static let impacts: [Choice] = [
        Choice("stop", "サービス停止"),
        Choice("partial", "一部機能の停止"),
        Choice("misprocessing", "誤計算・誤処理（県の業務に重大な影響）"),
        Choice("minor", "軽微"),
    ]

    /// `incidents.csv`: id,occurred_at,recovered_at,impact,summary,response,countermeasure
    public static let incident = ObjectSchema("Incident", "障害・インシデント", [
        .required("id", "番号", .text),
        .required("occurred_at", "発生日時", .instant),
        .optional("recovered_at", "復旧日時", .instant, help: "Empty while not recovered."),
        .required("impact", "影響", .choice(impacts)),
        .required("summary", "障害等の内容", .text),
        .optional("response", "対応", .text, help: "Required once recovered."),
        .optional("countermeasure", "恒久対策", .text, help: "Required once recovered."),
    ])

    /// `maintenance.csv` (justified stops): id,start,end,reason
    public static let maintenance = ObjectSchema("Maintenance", "正当な理由のある停止", [
        .required("id", "番号", .text),
        .required("start", "開始日時", .instant),
        .required("end", "終了日時", .instant),
        .required("reason", "理由", .text, help: "e.g. 事前に通知した計画メンテナンス, 甲の依頼による停止."),
    ])

    /// `inquiries.csv`: id,asked_at,asked_by,subject,answered_at,answered_by,answer
    public static let inquiry = ObjectSchema("Inquiry", "問合せ", [
        .required("id", "番号", .text),
        .required("asked_at", "問合せ日時", .instant),
        .required("asked_by", "問合せ者", .text),
        .required("subject", "問合せ内容", .text),
        .optional("answered_at", "回答日時（一次回答）", .instant, help: "Empty while unanswered."),
        .optional("answered_by", "回答者", .text),
        .optional("answer", "回答内容", .text),
    ])
}

/// `reports/YYYY-MM.yaml`: the monthly performance report (サービス実績報告書).
public enum ReportSchema {
    public static let logFiles = ObjectSchema("LogFiles", "ログファイル", help: "Paths relative to the report file.", [
        .optional("incidents", "障害ログ（CSV）", .text),
        .optional("maintenance", "計画停止ログ（CSV）", .text),
        .optional("inquiries", "問合せログ（CSV）", .text),
    ])

    public static let note = ObjectSchema("ReportNote", "事項", [
        .required("title", "項目", .text),
        .required("content", "内容", .text),
    ])

    public static let figure = ObjectSchema("UsageFigure", "利用状況の数値", [
        .required("name", "項目", .text),
        .required("value", "値", .decimal),
        .optional("unit", "単位", .text),
        .optional("note", "備考", .text),
    ])

    public static let usage = ObjectSchema("Usage", "サービス利用状況", [
        .optional("figures", "利用実績", .list(.object(figure), item: "figure")),
        .optional("notes", "稼働状況の説明", .text),
    ])

    public static let riskStatuses: [Choice] = [
        Choice("open", "未対応"), Choice("in_progress", "対応中"), Choice("monitoring", "経過観察"), Choice("closed", "完了"),
    ]

    public static let risk = ObjectSchema("Risk", "課題・リスク", [
        .required("id", "番号", .text),
        .required("title", "課題・リスク", .text),
        .required("status", "状況", .choice(riskStatuses)),
        .optional("owner", "担当", .text),
        .optional("action", "対応", .text),
        .optional("due", "期限", .date),
    ])

    public static let measureStatuses: [Choice] = [
        Choice("done", "実施済"), Choice("in_progress", "実施中"), Choice("scheduled", "予定どおり（今月は対象外）"),
        Choice("delayed", "遅延"), Choice("not_done", "未実施"),
    ]

    public static let measureStatus = ObjectSchema("MeasureStatus", "対策の実施状況", [
        .required("status", "状況", .choice(measureStatuses)),
        .required("detail", "実施内容", .text),
    ])

    public static let measureKey = MapKey(pattern: "^[A-Z0-9-]+$", japanese: "対策番号（PLAN-SECPLAN の id）",
                                          english: "a measure ID of PLAN-SECPLAN", item: "measure", attribute: "id")

    public static let improvement = ObjectSchema("Improvement", "改善策", [
        .required("measure", "改善策", .text),
        .optional("owner", "担当", .text),
        .optional("due", "実施期限", .date),
    ])

    public static let improvements = ObjectSchema("Improvements", "未達のサービスレベルへの改善策", [
        .optional("availability", "サービス稼働率", .list(.object(improvement), item: "improvement")),
        .optional("recovery", "重大障害の復旧時間", .list(.object(improvement), item: "improvement")),
        .optional("response", "問合せに係る回答時間", .list(.object(improvement), item: "improvement")),
        .optional("major_failures", "重大障害の発生件数", .list(.object(improvement), item: "improvement")),
    ])

    public static let activity = ObjectSchema("Activity", "研修・監査の実施記録", [
        .required("id", "計画書の番号（TR-…, AU-…）", .text),
        .required("date", "実施日", .date),
        .required("summary", "実施内容・結果", .text),
    ])

    public static let root = ObjectSchema("Report", "サービス実績報告書（reports/YYYY-MM.yaml）", [
        .required("month", "対象月", .yearMonth),
        .optional("submitted_on", "提出日", .date, help: "Default: the due date of the contract's rule."),
        .optional("logs", "ログファイル", .object(logFiles)),
        .optional("incidents", "障害・インシデント（直接記載）", .list(.object(LogSchema.incident), item: "incident")),
        .optional("maintenance", "正当な理由のある停止（直接記載）", .list(.object(LogSchema.maintenance), item: "window")),
        .optional("inquiries", "問合せ（直接記載）", .list(.object(LogSchema.inquiry), item: "inquiry")),
        .optional("result", "本サービスの実施実績", .list(.object(note), item: "item")),
        .optional("usage", "サービス利用状況（稼働状況）", .object(usage)),
        .optional("risks", "課題・リスク管理", .list(.object(risk), item: "risk")),
        .optional("security_status", "「セキュリティ対策実施計画」の実施状況", .map(measureKey, measureStatus)),
        .optional("activities", "研修・監査の実施記録", .list(.object(activity), item: "activity")),
        .optional("improvements", "改善策", .object(improvements)),
        .optional("other", "その他必要な事項", .list(.object(note), item: "item")),
    ])
}

/// The sections of the report (DOMAIN §1.2).
public enum ReportSection: String, CaseIterable, Sendable {
    case result = "REP-RESULT"
    case usage = "REP-USAGE"
    case incident = "REP-INCIDENT"
    case inquiry = "REP-INQUIRY"
    case risk = "REP-RISK"
    case securityStatus = "REP-SECSTATUS"
    case other = "REP-OTHER"
    case serviceLevels = "REP-SLA"

    public var id: String { rawValue }

    public var title: String {
        switch self {
        case .result: "本サービスの実施実績"
        case .usage: "サービス利用状況（稼働状況）"
        case .incident: "障害・インシデント管理"
        case .inquiry: "問合せ管理"
        case .risk: "課題・リスク管理"
        case .securityStatus: "「セキュリティ対策実施計画」の実施状況"
        case .other: "その他必要な事項"
        case .serviceLevels: "サービスレベルの達成状況"
        }
    }

    public var englishTitle: String {
        switch self {
        case .result: "work done"
        case .usage: "usage and operating status"
        case .incident: "failures and incidents"
        case .inquiry: "inquiries"
        case .risk: "issues and risks"
        case .securityStatus: "status of the security measure plan"
        case .other: "other matters"
        case .serviceLevels: "service levels"
        }
    }

    /// The key in the report YAML that holds the section (incidents and inquiries come from logs).
    public var key: String? {
        switch self {
        case .result: "result"
        case .usage: "usage"
        case .risk: "risks"
        case .securityStatus: "security_status"
        case .other: "other"
        case .incident, .inquiry, .serviceLevels: nil
        }
    }
}
