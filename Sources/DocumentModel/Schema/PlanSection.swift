/// The mandated sections of the plan (DOMAIN §1.1), in their order.
public enum PlanSection: String, CaseIterable, Sendable {
    case ownership = "PLAN-OWN"
    case organization = "PLAN-ORG"
    case schedule = "PLAN-SCHED"
    case contact = "PLAN-CONTACT"
    case securityPlan = "PLAN-SECPLAN"
    case securityOrganization = "PLAN-SECORG"
    case securityMeasures = "PLAN-SECTECH"
    case training = "PLAN-TRAIN"
    case audits = "PLAN-AUDIT"
    case certifications = "PLAN-CERT"
    case other = "PLAN-OTHER"

    public var id: String { rawValue }

    /// The key in plan.yaml.
    public var key: String {
        switch self {
        case .ownership: "ownership"
        case .organization: "organization"
        case .schedule: "schedule"
        case .contact: "contact"
        case .securityPlan: "security_plan"
        case .securityOrganization: "security_organization"
        case .securityMeasures: "security_measures"
        case .training: "training"
        case .audits: "audits"
        case .certifications: "certifications"
        case .other: "other"
        }
    }

    /// The heading as the contract words it.
    public var title: String {
        switch self {
        case .ownership: "乙（再委託先を含む。）の資本関係・役員等の情報"
        case .organization: "本サービスの実施体制"
        case .schedule: "本サービスの実施内容と実施スケジュール"
        case .contact: "連絡体制（障害対応等の緊急時を含む。）"
        case .securityPlan: "セキュリティ対策実施計画"
        case .securityOrganization: "セキュリティ対策の実施体制"
        case .securityMeasures: "セキュリティ対策の内容（主に技術的対策）"
        case .training: "従事者全員へのセキュリティ教育・研修の内容とスケジュール"
        case .audits: "セキュリティ監査の内容とスケジュール"
        case .certifications: "情報セキュリティに関する認証等の内容"
        case .other: "その他必要な事項"
        }
    }

    /// The short name of DOMAIN §1.1.
    public var shortTitle: String {
        switch self {
        case .ownership: "資本関係・役員等の情報"
        case .organization: "実施体制"
        case .schedule: "実施内容と実施スケジュール"
        case .contact: "連絡体制（緊急時を含む）"
        case .securityPlan: "セキュリティ対策実施計画"
        case .securityOrganization: "セキュリティ対策の実施体制"
        case .securityMeasures: "セキュリティ対策の内容（主に技術的対策）"
        case .training: "従事者全員への教育・研修の内容とスケジュール"
        case .audits: "セキュリティ監査の内容とスケジュール"
        case .certifications: "認証等の内容"
        case .other: "その他必要な事項"
        }
    }

    public var englishTitle: String {
        switch self {
        case .ownership: "capital relationships and officers"
        case .organization: "organisation"
        case .schedule: "work and schedule"
        case .contact: "contacts, emergencies included"
        case .securityPlan: "security measure plan"
        case .securityOrganization: "security organisation"
        case .securityMeasures: "security measures (mainly technical)"
        case .training: "training of every person and its schedule"
        case .audits: "security audits and their schedule"
        case .certifications: "certifications"
        case .other: "other matters"
        }
    }

    public init?(key: String) {
        guard let section = PlanSection.allCases.first(where: { $0.key == key }) else { return nil }
        self = section
    }
}
