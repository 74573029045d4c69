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
