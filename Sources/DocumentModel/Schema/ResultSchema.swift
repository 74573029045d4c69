/// The computed service levels as a report's XML carries them (and a draft is checked against).
public enum ResultSchema {
    /// The plan revision a report follows: the one in force at the month's end.
    public static let planInForce = ObjectSchema("PlanInForce", "準拠する計画書の版", [
        .required("number", "版", .integer(1...999)),
        .required("date", "改訂日", .date),
    ])

    public static let availability = ObjectSchema("AvailabilityFigures", "サービス稼働率", [
        .required("planned_minutes", "当初予定した稼働時間（分）", .integer(0...1_000_000)),
        .required("justified_minutes", "正当な理由のある停止時間（分）", .integer(0...1_000_000)),
        .required("down_minutes", "停止時間（分）", .integer(0...1_000_000)),
        .required("actual_minutes", "実際の稼働時間（分）", .integer(0...1_000_000)),
        .optional("percent", "稼働率（%、小数第2位未満切捨て）", .decimal),
        .required("target_percent", "目標値（%）", .decimal),
        .required("met", "達成", .bool),
    ])

    public static let failure = ObjectSchema("FailureFigure", "障害の復旧時間", [
        .required("id", "番号", .text),
        .required("minutes", "復旧時間（分）", .integer(0...100_000_000)),
        .required("recovered", "復旧済み", .bool),
        .required("met", "達成", .bool),
    ])

    public static let recovery = ObjectSchema("RecoveryFigures", "重大障害の復旧時間", [
        .required("target_minutes", "目標値（分）", .integer(0...100_000_000)),
        .required("met", "達成", .bool),
        .required("failures", "障害", .list(.object(failure), item: "failure")),
    ])

    public static let response = ObjectSchema("ResponseFigure", "問合せの回答時間", [
        .required("id", "番号", .text),
        .required("open_minutes", "回答時間（開庁日の分）", .integer(0...100_000_000)),
        .required("answered", "回答済み", .bool),
        .required("met", "達成", .bool),
        .optional("counted", "判定の対象（甲の担当者の問合せ）", .bool),
    ])

    public static let responses = ObjectSchema("ResponseFigures", "問合せに係る回答時間", [
        .required("target_minutes", "目標値（分）", .integer(0...100_000_000)),
        .required("met", "達成", .bool),
        .required("inquiries", "問合せ", .list(.object(response), item: "inquiry")),
    ])

    public static let majorFailures = ObjectSchema("MajorFailureFigures", "重大障害の発生件数", [
        .required("fiscal_year", "年度（開始年）", .integer(1955...2099)),
        .required("count", "件数", .integer(0...1_000_000)),
        .required("target", "目標値（件以内）", .integer(0...1_000_000)),
        .required("met", "達成", .bool),
        .required("ids", "該当する障害", .list(.text, item: "id")),
    ])

    /// An incident's effect on the service levels, as its incident report states it.
    public static let incidentEffect = ObjectSchema("IncidentEffect", "サービスレベルへの影響", [
        .required("down_minutes", "停止時間（運用時間内、正当な理由のある停止を除く。分）", .integer(0...100_000_000)),
        .optional("recovery_minutes", "復旧時間（分）", .integer(0...100_000_000)),
        .optional("recovery_target_minutes", "復旧時間の目標値（分）", .integer(0...100_000_000)),
        .optional("recovery_met", "復旧時間の目標を達成", .bool),
        .required("major", "重大障害", .bool),
    ])

    /// One month of the fiscal year in the annual report.
    public static let annualMonth = ObjectSchema("AnnualMonth", "月別の達成状況", [
        .required("month", "対象月", .yearMonth),
        .optional("availability_percent", "稼働率（%）", .decimal),
        .required("availability_met", "稼働率の達成", .bool),
        .optional("longest_recovery_minutes", "最長の復旧時間（分）", .integer(0...100_000_000)),
        .required("recovery_met", "復旧時間の達成", .bool),
        .optional("longest_response_minutes", "最長の回答時間（分）", .integer(0...100_000_000)),
        .required("response_met", "回答時間の達成", .bool),
        .required("major_failures_to_date", "重大障害の年度累計", .integer(0...1_000_000)),
        .required("incidents", "障害・インシデントの件数", .integer(0...1_000_000)),
        .required("inquiries", "問合せの件数", .integer(0...1_000_000)),
    ])

    /// The fiscal year taken together (年度通算) in the annual report.
    public static let annualYear = ObjectSchema("AnnualYear", "年度通算", [
        .required("planned_minutes", "各月の当初予定した稼働時間の合計（分）", .integer(0...100_000_000)),
        .required("justified_minutes", "各月の正当な理由のある停止時間の合計（分）", .integer(0...100_000_000)),
        .required("actual_minutes", "各月の実際の稼働時間の合計（分）", .integer(0...100_000_000)),
        .optional("availability_percent", "年度通算の稼働率（%、参考値。目標は月ごとに判定）", .decimal,
                  help: "The months' actual minutes over their planned minutes less the justified stops, for reference: each month is judged."),
        .optional("longest_recovery_minutes", "各月の最長の復旧時間（分）", .integer(0...100_000_000)),
        .optional("longest_response_minutes", "各月の最長の回答時間（分）", .integer(0...100_000_000)),
        .required("incidents", "障害・インシデントの件数", .integer(0...1_000_000)),
        .required("inquiries", "問合せの件数", .integer(0...1_000_000)),
    ])

    public static let annualMeasure = ObjectSchema("AnnualMeasure", "改善策", [
        .required("id", "番号", .text),
        .required("measure", "改善策", .text),
        .required("origin", "契機", .text),
        .optional("due", "実施期限", .date),
        .required("status", "状況", .choice(MeasureSchema.statuses)),
        .optional("done_on", "完了日", .date),
    ])

    public static let annualRequest = ObjectSchema("AnnualRequest", "甲からの要求", [
        .required("id", "番号", .text),
        .required("kind", "区分", .choice(RequestSchema.kinds)),
        .required("received_on", "受領日", .date),
        .required("about", "対象", .text),
        .optional("answered_on", "回答日", .date),
        .optional("closed_on", "完了日", .date),
    ])

    /// One of 甲's requests as a month's report shows it: an answer or a closing after the month
    /// is not yet there.
    public static let monthRequest = ObjectSchema("MonthRequest", "甲からの要求（当月末の状況）", [
        .required("id", "番号", .text),
        .required("kind", "区分", .choice(RequestSchema.kinds)),
        .required("received_on", "受領日", .date),
        .required("from", "要求者", .text),
        .required("about", "対象", .text),
        .required("request", "要求の内容", .text),
        .optional("due", "回答期限", .date),
        .optional("answered_on", "回答日", .date),
        .optional("answer", "回答の内容", .text),
        .optional("closed_on", "完了日", .date),
    ])

    public static let serviceLevels = ObjectSchema("ServiceLevelFigures", "サービスレベルの達成状況", [
        .required("availability", "サービス稼働率", .object(availability)),
        .required("recovery", "重大障害の復旧時間", .object(recovery)),
        .required("response", "問合せに係る回答時間", .object(responses)),
        .required("major_failures", "重大障害の発生件数", .object(majorFailures)),
    ])
}
