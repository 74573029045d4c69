import JapaneseCalendar

/// One record of a log: a CSV row (kept compact: large logs have 100,000 of them) or a
/// mapping written inline in a report. A class, immutable: records are passed around, sorted
/// and filtered often, and a single reference is cheap to copy.
public final class LogRow: Sendable {
    public let schema: ObjectSchema
    // A CSV row, per schema field: its text (nil when empty; times are kept as times), its time,
    // and where its cell starts and how long it is (two numbers per field).
    private let file: String
    private let line: Int32
    private let texts: [String?]
    private let times: [Int64]
    private let cells: [Int32]
    // An inline row.
    private let inline: ObjectValue?

    private static let noTime = Int64.min

    /// A CSV row: `texts` and `times` are indexed like the schema's fields, `cells` holds the
    /// column and the length of each field's cell in turn.
    public init(csv schema: ObjectSchema, file: String, line: Int, texts: [String?], times: [Int64], cells: [Int32]) {
        self.schema = schema
        self.file = file
        self.line = Int32(line)
        self.texts = texts
        self.times = times
        self.cells = cells
        self.inline = nil
    }

    public init(_ value: ObjectValue) {
        self.schema = value.schema
        self.file = value.span.file
        self.line = Int32(value.span.line)
        self.texts = []
        self.times = []
        self.cells = []
        self.inline = value
    }

    /// Whether the row is written inline in a report (not a CSV row).
    public var isInline: Bool { inline != nil }

    /// A time of a CSV row not given.
    public static var absentTime: Int64 { noTime }

    /// The field's text as written (trimmed; a time in ISO form), `nil` when empty.
    func text(_ key: String) -> String? {
        if let inline {
            guard let field = inline[key] else { return nil }
            if case .instant(let instant) = field.kind { return instant.iso }
            return field.text
        }
        guard let i = schema.index(of: key) else { return nil }
        if times[i] != Self.noTime { return Instant(secondsSinceEpoch: times[i]).iso }
        return texts[i]
    }

    func instant(_ key: String) -> Instant? {
        if let inline { return inline[key]?.instant }
        guard let i = schema.index(of: key), times[i] != Self.noTime else { return nil }
        return Instant(secondsSinceEpoch: times[i])
    }

    /// The whole row.
    public var span: SourceSpan {
        inline?.span ?? SourceSpan(file: file, line: Int(line), column: 1)
    }

    /// Where the field is (its cell, even when empty), else the row.
    func span(_ key: String) -> SourceSpan {
        if let inline { return inline[key]?.span ?? inline.keySpans[key] ?? inline.span }
        guard let i = schema.index(of: key), 2 * i + 1 < cells.count, cells[2 * i] > 0 else { return span }
        return SourceSpan(file: file, line: Int(line), column: Int(cells[2 * i]), length: Int(cells[2 * i + 1]))
    }

    /// The row as a checked value tree (for XML): rebuilt from the texts of a CSV row.
    public var value: ObjectValue {
        if let inline { return inline }
        var fields: [String: Value] = [:]
        for field in schema.fields {
            guard let text = text(field.key) else { continue }
            let span = self.span(field.key)
            if let kind = ScalarReader.read(text, field.type, path: field.key, format: .csv, at: span).0 {
                fields[field.key] = Value(kind, span: span)
            }
        }
        return ObjectValue(schema: schema, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }
}
