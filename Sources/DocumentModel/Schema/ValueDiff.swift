import JapaneseCalendar

extension Value {
    /// The value's content as text, with no formatting or places: two files that say the same
    /// thing (other quoting, order of mapping keys, comments, 99.8 or 99.80) give the same text.
    public var canonical: String {
        switch kind {
        case .text(let s): return "t" + String(s.count) + ":" + s
        case .choice(let s): return "c:" + s
        case .date(let d): return "d:" + d.iso
        case .integer(let i): return "i:" + String(i)
        case .decimal(let d): return "n:" + d.normalized.description
        case .bool(let b): return b ? "b:1" : "b:0"
        case .monthDay(let m, let d): return "md:\(m)-\(d)"
        case .timeOfDay(let m): return "tm:\(m)"
        case .instant(let i): return "at:\(i.secondsSinceEpoch)"
        case .yearMonth(let y, let m): return "ym:\(y)-\(m)"
        case .list(let items): return "[" + items.map(\.canonical).joined(separator: ",") + "]"
        case .object(let o): return o.canonical
        case .map(let entries):
            return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.canonical)" }.joined(separator: ";") + "}"
        }
    }

    /// A short text for people (diffs, messages).
    public var display: String {
        switch kind {
        case .text(let s): return s.count > 60 ? String(s.prefix(59)) + "…" : s
        case .choice(let s): return s
        case .date(let d): return d.iso
        case .integer(let i): return String(i)
        case .decimal(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .monthDay(let m, let d): return (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
        case .timeOfDay(let m): return "\(m / 60):" + (m % 60 < 10 ? "0" : "") + "\(m % 60)"
        case .instant(let i): return i.japanText
        case .yearMonth(let y, let m): return "\(y)-" + (m < 10 ? "0" : "") + "\(m)"
        case .list(let items): return items.map(\.display).joined(separator: "、")
        case .object(let o): return o.identity.map { "[\($0)]" } ?? "{…}"
        case .map(let entries): return entries.map(\.key).joined(separator: "、")
        }
    }
}

extension ObjectValue {
    public var canonical: String {
        "{" + schema.fields.compactMap { field in fields[field.key].map { "\(field.key)=\($0.canonical)" } }.joined(separator: ";") + "}"
    }

    /// The field that names an item of a list (its ID, company, role, …), used to match items
    /// of two versions of a list.
    public var identityKey: String? {
        ["id", "company", "role", "title", "scheme", "name", "number"].first { key in
            schema.field(key)?.required == true
        }
    }

    public var identity: String? {
        identityKey.flatMap { self[$0]?.display }
    }
}

extension ExactDecimal {
    /// Without trailing zeros: 99.80 → 99.8.
    public var normalized: ExactDecimal {
        var significand = self.significand, scale = self.scale
        while scale > 0 && significand % 10 == 0 {
            significand /= 10
            scale -= 1
        }
        return ExactDecimal(significand: significand, scale: scale)
    }
}

/// One difference between two versions of a document.
public struct ValueChange: Sendable, Hashable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public let kind: Kind
    /// `organization.roles[運用担当].members`.
    public let path: String
    public let old: String?
    public let new: String?
    /// Where the new version says it (or the old one, for a removal).
    public let span: SourceSpan?
}

public enum ValueDiff {
    /// Every difference between two values of the same type, by path.
    public static func changes(_ old: Value?, _ new: Value?, path: String) -> [ValueChange] {
        switch (old, new) {
        case (nil, nil): return []
        case (nil, let n?): return [ValueChange(kind: .added, path: path, old: nil, new: n.display, span: n.span)]
        case (let o?, nil): return [ValueChange(kind: .removed, path: path, old: o.display, new: nil, span: o.span)]
        case (let o?, let n?):
            if o.canonical == n.canonical { return [] }
            switch (o.kind, n.kind) {
            case (.object(let a), .object(let b)):
                return objectChanges(a, b, path: path)
            case (.map(let a), .map(let b)):
                let oldEntries = Dictionary(a.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
                let newEntries = Dictionary(b.map { ($0.key, $0.value) }, uniquingKeysWith: { x, _ in x })
                let keys = b.map(\.key) + a.map(\.key).filter { newEntries[$0] == nil }
                return keys.flatMap { changes(oldEntries[$0], newEntries[$0], path: path + "." + $0) }
            case (.list(let a), .list(let b)):
                if let identified = listChanges(a, b, path: path) { return identified }
                return [ValueChange(kind: .changed, path: path, old: o.display, new: n.display, span: n.span)]
            default:
                return [ValueChange(kind: .changed, path: path, old: o.display, new: n.display, span: n.span)]
            }
        }
    }

    public static func objectChanges(_ a: ObjectValue, _ b: ObjectValue, path: String) -> [ValueChange] {
        b.schema.fields.flatMap { field in
            changes(a[field.key], b[field.key], path: path.isEmpty ? field.key : path + "." + field.key)
        }
    }

    /// Lists of named items are compared item by item; `nil` when the items have no names.
    private static func listChanges(_ a: [Value], _ b: [Value], path: String) -> [ValueChange]? {
        let oldObjects = a.compactMap(\.object), newObjects = b.compactMap(\.object)
        guard oldObjects.count == a.count, newObjects.count == b.count,
              let key = (newObjects.first ?? oldObjects.first)?.identityKey else { return nil }
        func name(_ o: ObjectValue) -> String? { o[key]?.display }
        let oldNames = oldObjects.compactMap(name), newNames = newObjects.compactMap(name)
        // Names must tell the items apart, else compare by position.
        guard Set(oldNames).count == oldObjects.count, Set(newNames).count == newObjects.count else { return nil }
        var result: [ValueChange] = []
        let oldByName = Dictionary(uniqueKeysWithValues: zip(oldNames, a))
        for (itemName, item) in zip(newNames, b) {
            result += changes(oldByName[itemName], item, path: "\(path)[\(itemName)]")
        }
        let newSet = Set(newNames)
        for (itemName, item) in zip(oldNames, a) where !newSet.contains(itemName) {
            result += changes(item, nil, path: "\(path)[\(itemName)]")
        }
        if result.isEmpty && oldNames != newNames {
            result.append(ValueChange(kind: .changed, path: path, old: oldNames.joined(separator: "、"), new: newNames.joined(separator: "、"),
                                      span: b.first?.span))
        }
        return result
    }
}
