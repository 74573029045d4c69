import JapaneseCalendar

/// A value read from an input file and checked against its ``FieldType``, with where it came from.
public struct Value: Sendable {
    public indirect enum Kind: Sendable {
        case text(String)
        case date(CivilDate)
        case integer(Int)
        case decimal(ExactDecimal)
        case bool(Bool)
        case choice(String)
        case monthDay(month: Int, day: Int)
        /// Minutes since midnight (0…1440).
        case timeOfDay(Int)
        case instant(Instant)
        case yearMonth(year: Int, month: Int)
        case list([Value])
        case object(ObjectValue)
        case map([MapEntry])
    }

    public let kind: Kind
    public let span: SourceSpan

    public init(_ kind: Kind, span: SourceSpan) {
        self.kind = kind
        self.span = span
    }

    public var text: String? {
        switch kind {
        case .text(let s), .choice(let s): s
        default: nil
        }
    }

    public var date: CivilDate? {
        if case .date(let d) = kind { return d }
        return nil
    }

    public var instant: Instant? {
        if case .instant(let i) = kind { return i }
        return nil
    }

    public var integer: Int? {
        if case .integer(let i) = kind { return i }
        return nil
    }

    public var decimal: ExactDecimal? {
        if case .decimal(let d) = kind { return d }
        if case .integer(let i) = kind { return ExactDecimal(significand: Int64(i), scale: 0) }
        return nil
    }

    public var bool: Bool? {
        if case .bool(let b) = kind { return b }
        return nil
    }

    public var list: [Value] {
        if case .list(let items) = kind { return items }
        return []
    }

    /// The strings of a text list (one string reads as a list of one).
    public var texts: [String] {
        switch kind {
        case .text(let s): [s]
        case .list(let items): items.compactMap(\.text)
        default: []
        }
    }

    public var object: ObjectValue? {
        if case .object(let o) = kind { return o }
        return nil
    }

    public var entries: [MapEntry] {
        if case .map(let entries) = kind { return entries }
        return []
    }
}

/// A mapping read against an ``ObjectSchema``: only the schema's keys, each checked.
public struct ObjectValue: Sendable {
    public let schema: ObjectSchema
    public let fields: [String: Value]
    /// Where each key was written.
    public let keySpans: [String: SourceSpan]
    /// Keys written with no value (`key:`).
    public let nullKeys: Set<String>
    public let span: SourceSpan
    /// Whether a structural problem was found inside (rules skip what they cannot judge).
    public let hadErrors: Bool

    public init(schema: ObjectSchema, fields: [String: Value], keySpans: [String: SourceSpan], nullKeys: Set<String> = [],
                span: SourceSpan, hadErrors: Bool) {
        self.schema = schema
        self.fields = fields
        self.keySpans = keySpans
        self.nullKeys = nullKeys
        self.span = span
        self.hadErrors = hadErrors
    }

    /// Whether `key` was written with a value that could not be read (its error is reported).
    public func wasRejected(_ key: String) -> Bool {
        keySpans[key] != nil && fields[key] == nil && !nullKeys.contains(key)
    }

    /// The value of a field of the schema, for code that walks the schema's fields (the XML
    /// writer, the comparison of revisions); typed models read through their decoders.
    public subscript(_ key: String) -> Value? { fields[key] }

    /// Where to point for `key`: a scalar's value; the key of a list or mapping (whose own
    /// span is its first item); else the mapping.
    public func span(_ key: String) -> SourceSpan {
        if let value = fields[key] {
            switch value.kind {
            case .list, .object, .map: return keySpans[key] ?? value.span
            default: return value.span
            }
        }
        return keySpans[key] ?? span
    }
}

public struct MapEntry: Sendable {
    public let key: String
    public let keySpan: SourceSpan
    public let value: Value

    public init(key: String, keySpan: SourceSpan, value: Value) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}

/// A value with the place it was written.
public struct Located<T: Sendable>: Sendable {
    public let value: T
    public let span: SourceSpan

    public init(_ value: T, at span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where T: Equatable {}
extension Located: Hashable where T: Hashable {}

/// An exact decimal number: `significand × 10^-scale` (99.8 = 998 × 10^-1).
public struct ExactDecimal: Hashable, Sendable, CustomStringConvertible {
    public let significand: Int64
    public let scale: Int

    public init(significand: Int64, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// Reads `99.8`, `100`, `-0.5`; at most 12 decimals and 18 digits.
    public init?(_ text: String) {
        var t = Substring(text.trimmingSpaces())
        var negative = false
        if t.first == "-" { negative = true; t = t.dropFirst() } else if t.first == "+" { t = t.dropFirst() }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              parts.count == 1 || !parts[1].isEmpty
        else { return nil }
        let digits = parts.joined()
        guard digits.count <= 18, let value = Int64(digits) else { return nil }
        self.significand = negative ? -value : value
        self.scale = parts.count == 2 ? parts[1].count : 0
        guard scale <= 12 else { return nil }
    }

    public var description: String {
        let digits = String(abs(significand))
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        return sign + padded.dropLast(scale) + "." + padded.suffix(scale)
    }

    /// `10^scale`.
    public var denominator: Int64 {
        var d: Int64 = 1
        for _ in 0..<scale { d *= 10 }
        return d
    }
}

extension String {
    /// Trims ASCII and ideographic spaces and line breaks.
    public func trimmingSpaces() -> String {
        // Fast path: nothing to trim (the last byte of U+3000 is 0x80, of others ASCII).
        if let first = utf8.first, let last = utf8.last,
           first != 0x20, first != 0x09, first != 0x0A, first != 0x0D, first != 0xE3,
           last != 0x20, last != 0x09, last != 0x0A, last != 0x0D, last != 0x80 {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
