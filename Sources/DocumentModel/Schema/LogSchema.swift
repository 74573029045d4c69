/// The logs the service levels are computed from, as CSV columns or inline YAML.
public enum LogSchema {
    /// The text columns the figures read (a record's ID, and who asked, which decides whether an
    /// inquiry counts); `sla` keeps no other text.
    /// The three logs' schemas.
    public static var all: [ObjectSchema] { [incident, maintenance, inquiry] }

    public static let textsTheFiguresRead: Set<String> = ["id", "asked_by"]

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

    /// `inquiries.csv`: id,asked_at,asked_by,subject,answered_at,answered_by,answer[,party]
    public static let inquiry = ObjectSchema("Inquiry", "問合せ", [
        .required("id", "番号", .text),
        .required("asked_at", "問合せ日時", .instant),
        .required("asked_by", "問合せ者", .text),
        .required("subject", "問合せ内容", .text),
        .optional("answered_at", "回答日時（一次回答）", .instant, help: "Empty while unanswered."),
        .optional("answered_by", "回答者", .text),
        .optional("answer", "回答内容", .text),
        .optional("party", "問合せ者の区分", .choice([Choice("buyer", "甲の担当者"), Choice("other", "甲以外（市町村等）")]),
                  help: "Whose inquiry it is; only 甲's staff's count toward SLA-RESPONSE. Empty: 甲's when asked_by begins with 甲's name or one of its other_names (contract.yaml)."),
    ])
}
