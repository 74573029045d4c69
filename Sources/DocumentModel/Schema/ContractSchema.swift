/// `contract.yaml`: the facts of the contract that every document repeats.
public enum ContractSchema {
    static func party(_ name: String, _ japanese: String, _ extra: [Field] = []) -> ObjectSchema {
        ObjectSchema(name, japanese, [
            .required("name", "名称", .text, help: "The official name (東海県, 株式会社あおばクラウド)."),
            .optional("department", "担当部署", .text, help: "The department in charge."),
            .optional("representative", "代表者", .text, help: "Title and name of the representative, as on the contract."),
            .optional("address", "所在地", .text),
        ] + extra)
    }

    public static let client = party("Client", "甲（委託者）", [
        .optional("other_names", "甲の別の呼び方", .textList(item: "name"),
                  help: "Other names 甲's staff write at the start of an inquiry's asked_by (県, デジタル行政推進課). An inquiry whose asked_by begins with 甲's name or one of these is 甲's, and counts toward SLA-RESPONSE; the log's party column, where filled, decides instead."),
    ])
    public static let contractor = party("Contractor", "乙（受託者）")

    public static let contractInfo = ObjectSchema("ContractInfo", "契約", [
        .required("title", "契約件名", .text),
        .optional("number", "契約番号", .text),
        .required("start", "契約期間（開始日）", .date),
        .required("end", "契約期間（終了日）", .date),
        .optional("disposal_deadline", "情報の返却・消去の期限", .date,
                  help: "The day by which 甲's information is returned or erased (closing.yaml). Default: the contract's end."),
    ])

    public static let service = ObjectSchema("Service", "サービス", [
        .required("name", "サービス名称", .text),
        .optional("summary", "概要", .text),
    ])

    public static let planSettings = ObjectSchema("PlanSettings", "サービス実施計画書の提出条件", [
        .required("deadline", "提出期限", .date, help: "The date by which revision 1 must be submitted (令和５年１月16日)."),
    ])

    public static let reportDue = ObjectSchema("ReportDue", "提出期限の規則", help: "Exactly one of the two keys.", [
        .optional("day", "翌月の日", .integer(1...28), help: "The day of the next month (10 = the 10th); a closed day moves it to the next open day."),
        .optional("open_day", "翌月の開庁日", .integer(1...20), help: "The n-th open day of the next month (5 = the 5th open day)."),
    ])

    public static let reportSettings = ObjectSchema("ReportSettings", "サービス実績報告書", [
        .optional("due", "提出期限", .object(reportDue), help: "Default: the 10th of the next month, moved past closed days."),
        .optional("first_month", "最初の対象月", .yearMonth,
                  help: "The first month whose report this folder keeps (default: the contract's first month); earlier ones are not tracked by status."),
    ])

    public static let operatingHours = ObjectSchema("OperatingHours", "運用時間帯", [
        .required("from", "開始時刻", .timeOfDay),
        .required("to", "終了時刻", .timeOfDay, help: "24:00 for the end of the day; a time before `from` ends the next morning (22:00 to 06:00)."),
    ])

    public static let availability = ObjectSchema("AvailabilityLevel", "サービス稼働率", [
        .optional("target_percent", "目標値（%）", .decimal, help: "Default 99.8; met when the exact value is at least this."),
        .optional("partial_stop_counts_as_down", "一部停止を停止に含める", .bool, help: "Default true."),
        .optional("operating_days", "運用日", .choice([Choice("every_day", "毎日"), Choice("open_days", "開庁日のみ")]),
                  help: "Default every_day."),
        .optional("operating_hours", "運用時間帯", .object(operatingHours), help: "Default 00:00–24:00."),
    ])

    public static let recovery = ObjectSchema("RecoveryLevel", "重大障害の復旧時間", [
        .optional("target_hours", "目標値（時間）", .integer(1...720), help: "Default 6."),
    ])

    public static let response = ObjectSchema("ResponseLevel", "問合せに係る回答時間", [
        .optional("target_hours", "目標値（時間、閉庁日を除く）", .integer(1...720), help: "Default 48."),
        .optional("count_all_inquiries", "すべての問合せを対象とする", .bool,
                  help: "The attachment measures the inquiries of 甲's staff only (甲の担当者が行った問合せ); true counts every inquiry of the log. Default false."),
    ])

    public static let majorFailures = ObjectSchema("MajorFailureLevel", "重大障害の発生件数", [
        .optional("max_per_year", "目標値（回／年度）", .integer(0...1000), help: "Default 3."),
    ])

    public static let serviceLevels = ObjectSchema("ServiceLevels", "サービスレベル", [
        .optional("availability", "サービス稼働率", .object(availability)),
        .optional("recovery", "重大障害の復旧時間", .object(recovery)),
        .optional("response", "問合せに係る回答時間", .object(response)),
        .optional("major_failures", "重大障害の発生件数", .object(majorFailures)),
    ])

    public static let closedDay = ObjectSchema("ClosedDay", "閉庁日", help: "Exactly one of month_day and date.", [
        .optional("month_day", "毎年の月日", .monthDay, help: "A day closed every year (06-23)."),
        .optional("date", "日付", .date, help: "A single closed date."),
        .required("name", "名称", .text, help: "Printed as the reason (慰霊の日)."),
    ])

    public static let calendar = ObjectSchema("CalendarSettings", "暦", [
        .optional("closed_days", "追加の閉庁日", .list(.object(closedDay), item: "closed_day"),
                  help: "Days closed beyond Saturdays, Sundays, national holidays and 12/29–1/3."),
    ])

    public static let coverLetter = ObjectSchema("CoverLetter", "送付状（鑑）", [
        .optional("number", "文書番号", .text, help: "Printed above the date (あおば発第123号); 第　　号 leaves room to write it by hand."),
        .required("contact_name", "担当者", .text, help: "The person 甲 may ask about the documents."),
        .optional("contact_department", "担当部署", .text),
        .optional("contact_phone", "電話番号", .text),
        .optional("contact_email", "メールアドレス", .text),
        .optional("seal", "押印欄", .bool, help: "A box for the seal beside the sender. Default false."),
    ])

    public static let styleChecks = ObjectSchema("StyleChecks", "文章の点検", help: "Each check of what you wrote can be turned off (false); all are on by default.", [
        .optional("number_unit_space", "数字と単位の間の空白", .bool),
        .optional("halfwidth_katakana", "半角カタカナ", .bool),
        .optional("ascii_punctuation", "和文中の半角記号", .bool),
        .optional("mixed_register", "です・ます調とである調の混在", .bool),
        .optional("digit_style", "数字の全角・半角", .bool),
        .optional("doubled", "助詞・句読点の重複", .bool),
        .optional("numbering", "行頭の項目番号の書き方", .bool),
    ])

    public static let documentSettings = ObjectSchema("DocumentSettings", "文書の体裁", [
        .optional("date_style", "数字の書き方", .choice([Choice("half", "半角"), Choice("full", "全角"), Choice("mixed", "1桁は全角")]),
                  help: "How every number the tool writes looks, dates included. half: 令和5年1月16日, 3回; full: 令和５年１月１６日, ３回; mixed: 令和５年１月16日, ３回, 48時間 (default: one digit full-width, more half-width)."),
        .optional("register", "文体", .choice([Choice("dearu", "である調"), Choice("desu_masu", "です・ます調")]),
                  help: "The register of the sentences the tool writes. Default dearu. A cover letter is always です・ます."),
        .optional("cover_letter", "送付状（鑑）", .object(coverLetter), help: "When given, each document begins with a cover letter (鑑)."),
        .optional("style_checks", "文章の点検", .object(styleChecks)),
        .optional("weekday", "曜日を付ける", .bool, help: "令和5年1月16日（月）. Default false."),
        .optional("requirements_catalog", "要件一覧ファイル", .text,
                  help: "A catalog YAML of the contract's own attachment, relative to the contract folder."),
    ])

    public static let root = ObjectSchema("Contract", "契約情報（contract.yaml）", [
        .required("contract", "契約", .object(contractInfo)),
        .required("client", "甲（委託者）", .object(client)),
        .required("contractor", "乙（受託者）", .object(contractor)),
        .required("service", "サービス", .object(service)),
        .required("plan", "サービス実施計画書の提出条件", .object(planSettings)),
        .optional("reports", "サービス実績報告書", .object(reportSettings)),
        .optional("service_levels", "サービスレベル", .object(serviceLevels)),
        .optional("calendar", "暦", .object(calendar)),
        .optional("document", "文書の体裁", .object(documentSettings)),
    ])
}
