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
        Choice("done", "実施済"), Choice("in_progress", "実施中"), Choice("scheduled", "当月の実施予定なし"),
        Choice("delayed", "遅延"), Choice("not_done", "未実施"),
    ]

    public static let measureStatus = ObjectSchema("MeasureStatus", "対策の実施状況", [
        .required("status", "状況", .choice(measureStatuses)),
        .required("detail", "実施内容", .text),
    ])

    public static let measureKey = MapKey(pattern: "^[A-Z0-9-]+$", japanese: "対策番号（PLAN-SECPLAN の id）",
                                          english: "a measure ID of PLAN-SECPLAN", item: "measure", attribute: "id")

    public static let improvements = ObjectSchema("Improvements", "未達のサービスレベルへの改善策", [
        .optional("availability", "サービス稼働率", .list(.object(MeasureSchema.measure), item: "improvement")),
        .optional("recovery", "重大障害の復旧時間", .list(.object(MeasureSchema.measure), item: "improvement")),
        .optional("response", "問合せに係る回答時間", .list(.object(MeasureSchema.measure), item: "improvement")),
        .optional("major_failures", "重大障害の発生件数", .list(.object(MeasureSchema.measure), item: "improvement")),
    ])

    public static let activity = ObjectSchema("Activity", "研修・監査の実施記録", [
        .required("id", "計画書の番号（TR-…, AU-…）", .text),
        .required("date", "実施日", .date),
        .required("summary", "実施内容・結果", .text),
    ])

    public static let root = ObjectSchema("Report", "サービス実績報告書（reports/YYYY-MM.yaml）", [
        .required("month", "対象月", .yearMonth),
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
        .optional("measure_status", "改善策の実施状況", .map(MeasureSchema.statusKey, MeasureSchema.status),
                  help: "The status, as of this month, of every improvement measure presented before (for a missed level or a request) and not yet done."),
        .optional("other", "その他必要な事項", .list(.object(note), item: "item")),
    ])
}
