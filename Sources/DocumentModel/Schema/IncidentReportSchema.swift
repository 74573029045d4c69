/// `incidents/<ID>.yaml`: the incident report (障害報告書) of one incident of the incidents log,
/// and the reports made to 甲 about it (第一報, 続報, 最終報告).
public enum IncidentReportSchema {
    public static let reportKinds: [Choice] = [Choice("first", "第一報"), Choice("update", "続報"), Choice("final", "最終報告")]

    public static let report = ObjectSchema("IncidentNotice", "甲への報告", [
        .required("kind", "区分", .choice(reportKinds)),
        .required("at", "報告日時", .instant),
        .required("to", "報告先", .text, help: "Who at 甲 received it (デジタル行政推進課 西村)."),
        .required("by", "報告者", .text),
        .optional("means", "報告手段", .text, help: "電話, メール, 書面 …"),
        .required("content", "報告内容", .text),
    ])

    public static let impactScope = ObjectSchema("ImpactScope", "影響範囲", [
        .required("services", "影響を受けた機能・サービス", .text),
        .required("users", "影響を受けた利用者", .text, help: "Who could not use it, and how many (県民の申請者、職員 412人)."),
        .required("data", "データへの影響", .text, help: "Data lost, altered or exposed, or なし."),
    ])

    public static let root = ObjectSchema("IncidentReport", "障害報告書（incidents/<ID>.yaml）", [
        .required("id", "障害番号", .text, help: "The incident's ID in the incidents log; the file is named after it."),
        .required("detected_at", "検知日時", .instant, help: "When 乙 knew of it: the promised report times count from here."),
        .optional("security", "情報セキュリティに関わる", .bool, help: "true when the incident touched information security (an intrusion, a leak, malware). Default false."),
        .optional("exposed_information", "漏えい・流出した情報", .text, help: "For a security incident: what information was exposed, or なし."),
        .required("reports", "甲への報告", .list(.object(report), item: "report", minItems: 1),
                  help: "Every report made to 甲, in order: first (第一報), update (続報), final (最終報告)."),
        .optional("cause", "原因", .text, help: "Required with the final report."),
        .optional("impact_scope", "影響範囲", .object(impactScope), help: "Required with the final report."),
        .optional("response", "対応", .text, help: "Required with the final report."),
        .optional("permanent_fix", "恒久対策", .text, help: "Required with the final report."),
        .optional("prevention", "再発防止策", .text, help: "Required with the final report."),
    ])

    /// The keys the final report needs.
    public static let finalReportKeys = ["cause", "impact_scope", "response", "permanent_fix", "prevention"]
}

/// An improvement measure (改善策): presented for a missed service level (a report's
/// `improvements:`) or for 甲's request (`requests/<ID>.yaml`), then followed month by month
/// (`measure_status:`) until it is done.
public enum MeasureSchema {
    public static let statuses: [Choice] = [Choice("planned", "実施予定"), Choice("in_progress", "実施中"), Choice("done", "完了")]

    public static let measure = ObjectSchema("Improvement", "改善策", [
        .required("id", "改善策の番号", .text, help: "Later reports refer to it (KZ-2025-08-1)."),
        .required("measure", "改善策", .text),
        .required("owner", "担当", .text),
        .required("due", "実施期限", .date),
        .required("status", "状況", .choice(statuses)),
        .optional("done_on", "完了日", .date, help: "Required once done."),
        .optional("evidence", "実施の根拠", .text, help: "What shows it was done (手順書 第3版, 訓練記録). Required once done."),
    ])

    public static let status = ObjectSchema("MeasureProgress", "改善策の実施状況", [
        .required("status", "状況", .choice(statuses)),
        .optional("done_on", "完了日", .date, help: "Required once done."),
        .optional("evidence", "実施の根拠", .text, help: "Required once done."),
        .optional("note", "補足", .text),
    ])

    public static let statusKey = MapKey(pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", japanese: "改善策の番号", english: "an improvement measure's ID",
                                         item: "measure", attribute: "id")
}

/// `requests/<ID>.yaml`: 甲's improvement request (改善要求) or request for explanation (説明要求).
public enum RequestSchema {
    public static let kinds: [Choice] = [Choice("improvement", "改善要求"), Choice("explanation", "説明要求")]

    public static let answer = ObjectSchema("RequestAnswer", "回答・説明", [
        .required("on", "回答日", .date),
        .required("by", "回答者", .text),
        .required("content", "回答・説明の内容", .text),
    ])

    public static let root = ObjectSchema("Request", "甲からの要求（requests/<ID>.yaml）", [
        .required("id", "番号", .text, help: "The file is named after it (RQ-2025-01)."),
        .required("kind", "区分", .choice(kinds)),
        .required("received_on", "受領日", .date),
        .required("from", "要求者", .text, help: "Who at 甲 made it."),
        .required("about", "対象", .text, help: "What it concerns, in words (令和７年８月分サービス実績報告書、セキュリティ対策実施計画)."),
        .optional("report_month", "対象の報告書の月", .yearMonth, help: "When it concerns a month's report."),
        .required("request", "要求の内容", .text),
        .optional("due", "回答期限", .date),
        .optional("answer", "回答・説明", .object(answer)),
        .optional("measures", "改善策", .list(.object(MeasureSchema.measure), item: "measure"),
                  help: "The improvement measures it led to; followed in the monthly reports like those of a missed level."),
        .optional("closed_on", "完了日", .date, help: "When 甲 accepted the answer or the measures were done."),
    ])
}

/// `closing.yaml`: the record that 甲's information was returned or erased at the contract's end
/// (データ返却・消去報告書).
public enum ClosingSchema {
    public static let dispositions: [Choice] = [Choice("returned", "甲へ返却"), Choice("handed_over", "次期受託者へ引渡し"), Choice("erased", "消去")]
    public static let methods: [Choice] = [
        Choice("crypto_erase", "暗号化消去"), Choice("overwrite", "上書き消去"), Choice("degauss", "磁気消去"),
        Choice("physical_destruction", "物理破壊"), Choice("other", "その他"),
    ]

    public static let information = ObjectSchema("InformationDisposal", "甲の情報", [
        .required("name", "情報の種類", .text, help: "申請データ, 添付ファイル, 操作ログ …"),
        .required("held_at", "保管場所", .textList(item: "site"), help: "Every site it was held at, subcontractors' included."),
        .required("disposition", "処理", .choice(dispositions)),
        .required("on", "処理日", .date),
        .optional("to", "返却・引渡し先", .text, help: "Required when returned or handed over."),
        .optional("by", "返却・引渡しの実施者", .text, help: "Who carried out the return or hand-over (erasures name theirs under erasures)."),
        .optional("format", "形式", .text, help: "CSV, PDF …"),
    ])

    public static let erasure = ObjectSchema("Erasure", "消去", [
        .required("company", "実施会社", .text, help: "乙, or the subcontractor that held the data."),
        .required("site", "場所", .text),
        .required("medium", "媒体", .text, help: "ストレージ装置, バックアップテープ, 端末 …"),
        .required("method", "方法", .choice(methods)),
        .optional("standard", "準拠した基準", .text, help: "NIST SP 800-88 Rev.1 …"),
        .required("erased_on", "消去日", .date),
        .required("performed_by", "実施者", .text),
        .optional("witnessed_by", "立会者", .text),
        .optional("certificate", "消去証明書", .text, help: "The certificate's number; required from a subcontractor."),
    ])

    public static let root = ObjectSchema("Closing", "データ返却・消去報告書（closing.yaml）", [
        .required("reported_on", "報告日", .date),
        .required("information", "甲の情報と処理", .list(.object(information), item: "information", minItems: 1)),
        .required("erasures", "消去の記録", .list(.object(erasure), item: "erasure", minItems: 1)),
        .optional("copies_destroyed", "複製物の廃棄", .text, help: "How copies (printouts, exports, backups) were destroyed."),
        .optional("note", "補足", .text),
    ])
}
