/// A part of the plan that changes are reported by: a mandated section, or the requirement
/// compliance table.
public struct PlanPart: Sendable, Hashable {
    public let key: String
    public let id: String
    public let japanese: String

    public static let all: [PlanPart] = PlanSection.allCases.map { PlanPart(key: $0.key, id: $0.id, japanese: $0.shortTitle) }
        + [PlanPart(key: "requirements", id: "REQ", japanese: "情報セキュリティ要件対応表")]

    /// 実施体制（PLAN-ORG）
    public var label: String { id == "REQ" ? japanese : "\(japanese)（\(id)）" }
}
