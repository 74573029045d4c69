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
public struct ValueChange: Sendable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public let kind: Kind
    /// `organization.roles[運用担当].members`: the field path, for scripts and diagnostics.
    public let path: String
    /// The same path in the words of the documents: the fields' Japanese names, an item by its
    /// name (`株式会社あおばクラウドシステムズの資本金`); the top-level part is left out.
    public let labels: [String]
    /// The values as plain text (ISO dates), for scripts.
    public let old: String?
    public let new: String?
    /// The values themselves, for documents that write them in their own style.
    public let oldValue: Value?
    public let newValue: Value?
    /// The schema's field whose value changed (its type tells how to write the values).
    public let field: Field?
    /// Where the new version says it (or the old one, for a removal).
    public let span: SourceSpan?

    /// The Japanese path (`株式会社あおばクラウドシステムズの資本金`), the field path in English.
    public var labelPath: Message {
        Message(ja: labels.isEmpty ? path : labels.joined(separator: "の"), en: path)
    }
}

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
