/// What changed between two versions of a plan, part by part (the revision history excluded).
public enum PlanComparison {
    public static func compare(old: ObjectValue, new: ObjectValue) -> [(part: PlanPart, changes: [ValueChange])] {
        PlanPart.all.compactMap { part in
            let changes = ValueDiff.changes(old[part.key], new[part.key], path: part.key, labels: [])
            return changes.isEmpty ? nil : (part, changes)
        }
    }

}
