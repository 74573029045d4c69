import JapaneseCalendar

/// A value read from an input file and checked against its ``FieldType``, with where it came from.
public struct Value: Sendable {
    /// Nothing is boxed: a scalar held in place costs no allocation (each scalar of every file
    /// had one, when every case was boxed), lists and maps are arrays, an object a class.
    public enum Kind: Sendable {
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
