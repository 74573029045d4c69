/// `plan.yaml`: the service implementation plan (サービス実施計画書).
///
/// Each top-level key but `revisions` and `requirements` is one mandated section (PLAN-*).
/// Sections are optional here so that a missing one gets its own code (`PLAN-CERT-missing`)
/// from the plan rules rather than a generic "missing key".
public enum PlanSchema {
    public static let revision = ObjectSchema("Revision", "改訂", [
        .required("number", "版数", .integer(1...999)),
        .required("date", "改訂日", .date),
        .optional("changes", "改訂内容", .textList(item: "change"), help: "What changed; required from revision 2 on (初版 for the first)."),
    ])

    public static let holder = ObjectSchema("Holder", "出資者", [
        .required("name", "名称", .text),
        .optional("ratio_percent", "出資比率（%）", .decimal),
    ])

    public static let officer = ObjectSchema("Officer", "役員", [
        .required("title", "役職", .text),
        .required("name", "氏名", .text),
    ])

    public static let company = ObjectSchema("CompanyProfile", "資本関係・役員等（会社）", [
        .required("company", "商号", .text),
        .required("role", "区分", .choice([Choice("contractor", "乙"), Choice("subcontractor", "再委託先")])),
        .optional("address", "所在地", .text),
        .optional("capital", "資本金", .text),
        .optional("parents", "親会社", .list(.object(holder), item: "parent")),
        .required("shareholders", "主要株主", .list(.object(holder), item: "shareholder", minItems: 1)),
        .required("foreign_capital_percent", "外資比率（%）", .decimal),
        .required("officers", "役員", .list(.object(officer), item: "officer", minItems: 1)),
    ])

    public static let role = ObjectSchema("Role", "役割", [
        .required("role", "役割", .text),
        .optional("company", "所属会社", .text, help: "Default: 乙. Any other company is a subcontractor."),
        .required("members", "担当者", .list(.text, item: "member", minItems: 1), help: "People's names (氏名)."),
        .required("responsibilities", "責任・業務内容", .text),
    ])

    public static let subcontract = ObjectSchema("Subcontract", "再委託", [
        .required("company", "再委託先", .text),
        .required("scope", "再委託する業務の範囲", .text),
        .optional("via", "委託元", .text, help: "For 再々委託: the subcontractor that passes the work on."),
        .optional("approved_on", "甲の承認日", .date),
    ])

    public static let organization = ObjectSchema("Organization", "実施体制", [
        .optional("summary", "体制の概要", .text),
        .required("roles", "役割分担", .list(.object(role), item: "role", minItems: 1)),
        .optional("subcontractors", "再委託先", .list(.object(subcontract), item: "subcontractor")),
    ])

    public static let milestone = ObjectSchema("Milestone", "マイルストーン", [
        .required("date", "日付", .date),
        .required("name", "名称", .text),
    ])

    public static let workItem = ObjectSchema("WorkItem", "作業項目", [
        .required("id", "番号", .text),
        .required("name", "作業項目", .text),
        .required("start", "開始日", .date),
        .required("end", "終了日", .date),
        .optional("company", "実施会社", .text),
        .optional("description", "内容", .text),
        .optional("milestones", "マイルストーン", .list(.object(milestone), item: "milestone")),
    ])

    public static let contact = ObjectSchema("Contact", "連絡先", [
        .required("role", "役割", .text),
        .required("name", "氏名", .text),
        .optional("company", "所属会社", .text),
        .optional("phone", "電話番号", .text),
        .optional("email", "メールアドレス", .text),
        .optional("hours", "対応時間", .text, help: "e.g. 平日 9:00〜17:45, 24時間365日."),
        .optional("means", "連絡手段", .text),
    ])

    public static let contactPlan = ObjectSchema("ContactPlan", "連絡体制", [
        .required("normal", "通常時の連絡先", .list(.object(contact), item: "contact", minItems: 1)),
        .optional("emergency", "緊急時の連絡先", .list(.object(contact), item: "contact"),
                  help: "In escalation order; each with its hours."),
        .optional("escalation", "緊急時の連絡フロー", .text),
        .optional("first_report_within_minutes", "第一報の期限（分）", .integer(1...10_080),
                  help: "The first report of an incident reaches 甲 within this many minutes of its detection."),
        .optional("final_report_within_open_days", "最終報告の期限（開庁日）", .integer(1...120),
                  help: "The final report reaches 甲 within this many open days of the incident's detection."),
        .optional("update_every_minutes", "続報の間隔（分）", .integer(10...1_440),
                  help: "After the first report, until recovery, 甲 hears of the incident at least this often (120: every two hours)."),
    ])

    public static let plannedMeasure = ObjectSchema("PlannedMeasure", "セキュリティ対策", [
        .required("id", "番号", .text, help: "Reports refer to it (SP-01)."),
        .required("measure", "対策", .text),
        .required("owner", "責任者", .text),
        .required("timing", "実施時期", .text),
        .optional("requirements", "対応する要件", .list(.text, item: "requirement")),
    ])

    public static let securityOrganization = ObjectSchema("SecurityOrganization", "セキュリティ対策の実施体制", [
        .optional("summary", "体制の概要", .text),
        .required("roles", "役割分担", .list(.object(role), item: "role", minItems: 1)),
    ])

    public static let technicalMeasure = ObjectSchema("TechnicalMeasure", "セキュリティ対策の内容", [
        .required("title", "対策", .text),
        .required("description", "内容", .text),
        .optional("requirements", "対応する要件", .list(.text, item: "requirement")),
    ])

    public static let course = ObjectSchema("TrainingCourse", "教育・研修", [
        .required("id", "番号", .text),
        .required("title", "研修名", .text),
        .required("content", "内容", .text),
        .required("schedule", "実施時期", .text, help: "e.g. 毎年4月、着任時."),
        .optional("dates", "実施予定日", .list(.date, item: "date")),
        .required("audiences", "対象者", .list(.text, item: "audience", minItems: 1),
                  help: "People's names, or the role names of PLAN-ORG / PLAN-SECORG (all their members)."),
    ])

    public static let audit = ObjectSchema("Audit", "セキュリティ監査", [
        .required("id", "番号", .text),
        .required("kind", "区分", .choice([Choice("internal", "内部監査"), Choice("third_party", "第三者監査")])),
        .optional("body", "実施機関", .text, help: "Required for a third-party audit."),
        .required("content", "内容", .text),
        .required("schedule", "実施時期", .text),
        .optional("dates", "実施予定日", .list(.date, item: "date")),
    ])

    public static let certificationSchemes: [Choice] = [
        Choice("iso27017", "ISO/IEC 27017"),
        Choice("fedramp", "FedRAMP"),
        Choice("soc2", "AICPA SOC2（日本公認会計士協会IT7号）"),
        Choice("soc3", "AICPA SOC3（日本公認会計士協会IT2号）"),
        Choice("cs-gold", "JASAクラウドセキュリティ推進協議会CSゴールドマーク"),
        Choice("iso27001", "ISO/IEC 27001"),
        Choice("ismap", "ISMAP"),
        Choice("privacy-mark", "プライバシーマーク"),
        Choice("other", "その他"),
    ]

    /// The schemes REQ-CERT accepts.
    public static let requiredSchemes: Set<String> = ["iso27017", "fedramp", "soc2", "soc3", "cs-gold"]

    public static let certification = ObjectSchema("Certification", "認証", [
        .required("scheme", "認証制度", .choice(certificationSchemes)),
        .optional("name", "名称", .text, help: "For scheme other; otherwise the scheme's name is printed."),
        .required("number", "登録番号", .text),
        .required("scope", "認証範囲", .text),
        .required("issuer", "認証機関", .text),
        .required("valid_from", "有効期間（開始日）", .date),
        .required("valid_until", "有効期間（終了日）", .date),
    ])

    public static let note = ObjectSchema("Note", "事項", [
        .required("title", "項目", .text),
        .required("content", "内容", .text),
    ])

    public static let answer = ObjectSchema("RequirementAnswer", "要件への対応", [
        .required("answer", "対応内容", .text),
        .optional("by", "担当", .text),
        .optional("evidence", "根拠資料", .text),
        .optional("measures", "関連する対策", .list(.text, item: "measure"), help: "IDs of PLAN-SECPLAN measures."),
    ])

    public static let requirementKey = MapKey(pattern: "^REQ-[A-Z0-9-]+$", japanese: "要件番号（REQ-…）",
                                              english: "a requirement ID (REQ-…)", item: "requirement", attribute: "id")

    public static let root = ObjectSchema("Plan", "サービス実施計画書（plan.yaml）", [
        .required("revisions", "改訂履歴", .list(.object(revision), item: "revision", minItems: 1)),
        .optional("ownership", "資本関係・役員等の情報", .list(.object(company), item: "company")),
        .optional("organization", "実施体制", .object(organization)),
        .optional("schedule", "実施内容と実施スケジュール", .list(.object(workItem), item: "item")),
        .optional("contact", "連絡体制（緊急時を含む）", .object(contactPlan)),
        .optional("security_plan", "セキュリティ対策実施計画", .list(.object(plannedMeasure), item: "measure")),
        .optional("security_organization", "セキュリティ対策の実施体制", .object(securityOrganization)),
        .optional("security_measures", "セキュリティ対策の内容", .list(.object(technicalMeasure), item: "measure")),
        .optional("training", "教育・研修の内容とスケジュール", .list(.object(course), item: "course")),
        .optional("audits", "セキュリティ監査の内容とスケジュール", .list(.object(audit), item: "audit")),
        .optional("certifications", "認証等の内容", .list(.object(certification), item: "certification")),
        .optional("other", "その他必要な事項", .list(.object(note), item: "note")),
        .optional("requirements", "情報セキュリティ要件への対応", .map(requirementKey, answer)),
    ])
}
