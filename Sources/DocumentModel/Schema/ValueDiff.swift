import JapaneseCalendar

public enum ValueDiff {
    /// Every difference between two values of the same type, by path.
    public static func changes(_ old: Value?, _ new: Value?, path: String, labels: [String] = [], field: Field? = nil) -> [ValueChange] {
        func change(_ kind: ValueChange.Kind, _ old: Value?, _ new: Value?) -> ValueChange {
            ValueChange(kind: kind, path: path, labels: labels, old: old?.display, new: new?.display, oldValue: old, newValue: new,
                        field: field, span: new?.span ?? old?.span)
        }
        switch (old, new) {
        case (nil, nil): return []
        case (nil, let n?): return [change(.added, nil, n)]
        case (let o?, nil): return [change(.removed, o, nil)]
        case (let o?, let n?):
            if o.canonical == n.canonical { return [] }
            switch (o.kind, n.kind) {
            case (.object(let a), .object(let b)):
                return objectChanges(a, b, path: path, labels: labels)
            case (.map(let a), .map(let b)):
                let oldEntries = Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
                let newEntries = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
                let keys = b.map(\.key) + a.map(\.key).filter { newEntries[$0] == nil }
                return keys.flatMap { changes(oldEntries[$0], newEntries[$0], path: path + "." + $0, labels: labels + [$0]) }
            case (.list(let a), .list(let b)):
                if let identified = listChanges(a, b, path: path, labels: labels) { return identified }
                return [change(.changed, o, n)]
            default:
                return [change(.changed, o, n)]
            }
        }
    }

    public static func objectChanges(_ a: ObjectValue, _ b: ObjectValue, path: String, labels: [String] = []) -> [ValueChange] {
        b.schema.fields.flatMap { field in
            changes(a[field.key], b[field.key], path: path.isEmpty ? field.key : path + "." + field.key, labels: labels + [field.japanese], field: field)
        }
    }

    /// Lists of named items are compared item by item; `nil` when the items have no names.
    private static func listChanges(_ a: [Value], _ b: [Value], path: String, labels: [String]) -> [ValueChange]? {
        let oldObjects = a.compactMap(\.object), newObjects = b.compactMap(\.object)
        guard oldObjects.count == a.count, newObjects.count == b.count,
              let key = (newObjects.first ?? oldObjects.first)?.identityKey else { return nil }
        func name(_ o: ObjectValue) -> String? { o[key]?.display }
        let oldNames = oldObjects.compactMap(name), newNames = newObjects.compactMap(name)
        // Names must tell the items apart, else compare by position.
        guard Set(oldNames).count == oldObjects.count, Set(newNames).count == newObjects.count else { return nil }
        // An item is named by its name; the list's own label stays when the item is not a section's whole.
        let itemLabels = { (name: String) in (labels.isEmpty ? [] : labels) + ["「\(name)」"] }
        var result: [ValueChange] = []
        let oldByName = Dictionary(uniqueKeysWithValues: zip(oldNames, a))
        for (itemName, item) in zip(newNames, b) {
            result += changes(oldByName[itemName], item, path: "\(path)[\(itemName)]", labels: itemLabels(itemName))
        }
        let newSet = Set(newNames)
        for (itemName, item) in zip(oldNames, a) where !newSet.contains(itemName) {
            result += changes(item, nil, path: "\(path)[\(itemName)]", labels: itemLabels(itemName))
        }
        if result.isEmpty && oldNames != newNames {
            result.append(ValueChange(kind: .changed, path: path, labels: labels + ["順序"], old: oldNames.joined(separator: "、"),
                                      new: newNames.joined(separator: "、"), oldValue: nil, newValue: nil, field: nil, span: b.first?.span))
        }
        return result
    }
}
