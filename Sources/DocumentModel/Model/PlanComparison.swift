/// What changed between two versions of a plan, part by part (the revision history excluded).
public enum PlanComparison {
    public static func compare(old: ObjectValue, new: ObjectValue) -> [(part: PlanPart, changes: [ValueChange])] {
        PlanPart.all.compactMap { part in
            let changes = ValueDiff.changes(old[part.key], new[part.key], path: part.key, labels: [])
            return changes.isEmpty ? nil : (part, changes)
        }
    }

    /// Entries of the revision history that both versions have, but that read differently: a
    /// history once submitted is not rewritten (new entries are what revising adds).
    public static func rewrittenHistory(old: Plan, new: Plan) -> [ValueChange] {
        old.revisions.flatMap { before -> [ValueChange] in
            guard let now = new.revisions.first(where: { $0.number.value == before.number.value }) else { return [] }
            return ValueDiff.objectChanges(before.value, now.value, path: "revisions[\(before.number.value)]", labels: ["第\(before.number.value)版"])
        }
    }
}
