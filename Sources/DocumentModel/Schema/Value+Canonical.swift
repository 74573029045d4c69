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
        // A text list of one text says what the text says (`changes: 初版` or `- 初版`).
        case .list(let items) where items.count == 1 && items[0].text != nil: return items[0].canonical
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
