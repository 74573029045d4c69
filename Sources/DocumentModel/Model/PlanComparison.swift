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

/// What changed between two versions of a plan, part by part (the revision history excluded).
public enum PlanComparison {
    public static func compare(old: ObjectValue, new: ObjectValue) -> [(part: PlanPart, changes: [ValueChange])] {
        PlanPart.all.compactMap { part in
            let changes = ValueDiff.changes(old[part.key], new[part.key], path: part.key, labels: [])
            return changes.isEmpty ? nil : (part, changes)
        }
    }

}
