import JapaneseCalendar

extension Value: CanonicallyWritten {
    public func writeCanonical(into out: inout CanonicalText) {
        kind.writeCanonical(into: &out)
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

extension ObjectValue: CanonicallyWritten {
    /// The fields in the schema's order.
    public func writeCanonical(into out: inout CanonicalText) {
        out.appendObject(schema) { index, _ in values[index]?.kind }
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

extension Value.Kind {
    /// The canonical text of a value of this kind (``Value/canonical``).
    public func writeCanonical(into out: inout CanonicalText) {
        switch self {
        case .text(let s):
            out.append("t")
            out.append(CharacterCount.of(s))
            out.append(":")
            out.append(s)
        case .choice(let s):
            out.append("c:")
            out.append(s)
        case .date(let d):
            out.append("d:")
            out.append(d.iso)
        case .integer(let i):
            out.append("i:")
            out.append(i)
        case .decimal(let d):
            out.append("n:")
            out.append(d.normalized.description)
        case .bool(let b):
            out.append(b ? "b:1" : "b:0")
        case .monthDay(let m, let d):
            out.append("md:")
            out.append(m)
            out.append("-")
            out.append(d)
        case .timeOfDay(let m):
            out.append("tm:")
            out.append(m)
        case .instant(let i):
            out.append("at:")
            out.append(Int(i.secondsSinceEpoch))
        case .yearMonth(let y, let m):
            out.append("ym:")
            out.append(y)
            out.append("-")
            out.append(m)
        // A text list of one text says what the text says (`changes: 初版` or `- 初版`).
        case .list(let items) where items.count == 1 && items[0].text != nil:
            items[0].writeCanonical(into: &out)
        case .list(let items):
            out.append("[")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(",") }
                item.writeCanonical(into: &out)
            }
            out.append("]")
        case .object(let o):
            o.writeCanonical(into: &out)
        case .map(let entries):
            out.append("{")
            for (i, entry) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(";") }
                out.append(entry.key)
                out.append("=")
                entry.value.writeCanonical(into: &out)
            }
            out.append("}")
        }
    }
}
