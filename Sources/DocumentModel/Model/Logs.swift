import JapaneseCalendar

/// A calendar month in Japan time (the period of one report).
public struct YearMonth: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init(year: Int, month: Int) {
        precondition((1...12).contains(month))
        self.year = year
        self.month = month
    }

    /// Reads `2024-03`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]),
              (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public var firstDay: CivilDate { CivilDate(year: year, month: month, day: 1)! }
    public var lastDay: CivilDate { CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))! }
    public var next: YearMonth { month == 12 ? YearMonth(year: year + 1, month: 1) : YearMonth(year: year, month: month + 1) }
    public var previous: YearMonth { month == 1 ? YearMonth(year: year - 1, month: 12) : YearMonth(year: year, month: month - 1) }
    public var days: Int { CivilDate.daysInMonth(year: year, month: month) }

    /// 00:00 Japan time on the first day.
    public var start: Instant { Instant(date: firstDay) }
    /// 00:00 Japan time on the first day of the next month (exclusive end).
    public var end: Instant { Instant(date: next.firstDay) }
    public var fiscalYear: FiscalYear { FiscalYear(containing: firstDay) }

    /// `2024-03`.
    public var description: String { "\(year)-" + (month < 10 ? "0" : "") + "\(month)" }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { (lhs.year, lhs.month) < (rhs.year, rhs.month) }
}

/// How badly a failure hit the service (incidents.csv `impact`).
public enum Impact: String, Sendable, CaseIterable {
    /// The service stopped.
    case stop
    /// Part of the service stopped.
    case partial
    /// A miscalculation or misprocessing that seriously affected the prefecture's business.
    case misprocessing
    case minor

    /// 重大障害 (DOMAIN §2): a stop, a partial stop, or a serious misprocessing.
    public var isMajor: Bool { self != .minor }
    /// Counted by SLA-RECOVERY: failures that stopped the service, partially included.
    public var stopsService: Bool { self == .stop || self == .partial }

    public var japanese: String {
        LogSchema.impacts.first { $0.value == rawValue }?.japanese ?? rawValue
    }
}

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

/// A failure or incident (障害・インシデント).
public struct Incident: Sendable {
    /// The columns of incidents.csv.
    public enum Field: String, Sendable {
        case id, occurredAt = "occurred_at", recoveredAt = "recovered_at", impact, summary, response, countermeasure
    }

    public let id: String
    public let occurredAt: Instant
    public let recoveredAt: Instant?
    public let impact: Impact
    public let row: LogRow

    /// From a row read without errors; `nil` when a required value is missing.
    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let occurred = row.instant(Field.occurredAt.rawValue),
              let impact = row.text(Field.impact.rawValue).flatMap(Impact.init(rawValue:)) else { return nil }
        self.id = id
        self.occurredAt = occurred
        self.recoveredAt = row.instant(Field.recoveredAt.rawValue)
        self.impact = impact
        self.row = row
    }

    /// A field's text as written (nil when empty).
    public func text(_ field: Field) -> String? { row.text(field.rawValue) }
    /// Where a field is written.
    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var summary: String { text(.summary) ?? "" }
    public var response: String? { text(.response) }
    public var countermeasure: String? { text(.countermeasure) }
}

/// A justified stop (正当な理由のある停止): planned maintenance announced in advance, a stop 甲 asked for.
public struct MaintenanceWindow: Sendable {
    /// The columns of maintenance.csv.
    public enum Field: String, Sendable {
        case id, start, end, reason
    }

    public let id: String
    public let start: Instant
    public let end: Instant
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let start = row.instant(Field.start.rawValue), let end = row.instant(Field.end.rawValue) else { return nil }
        self.id = id
        self.start = start
        self.end = end
        self.row = row
    }

    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var reason: String { row.text(Field.reason.rawValue) ?? "" }
}

/// An inquiry (問合せ) and its first answer (一次回答).
public struct Inquiry: Sendable {
    /// The columns of inquiries.csv.
    public enum Field: String, Sendable {
        case id, askedAt = "asked_at", askedBy = "asked_by", subject, answeredAt = "answered_at", answeredBy = "answered_by", answer
    }

    public let id: String
    public let askedAt: Instant
    public let answeredAt: Instant?
    public let row: LogRow

    public init?(_ row: LogRow) {
        guard let id = row.text(Field.id.rawValue), let asked = row.instant(Field.askedAt.rawValue) else { return nil }
        self.id = id
        self.askedAt = asked
        self.answeredAt = row.instant(Field.answeredAt.rawValue)
        self.row = row
    }

    public func text(_ field: Field) -> String? { row.text(field.rawValue) }
    public func span(_ field: Field) -> SourceSpan { row.span(field.rawValue) }

    public var askedBy: String { text(.askedBy) ?? "" }
    public var subject: String { text(.subject) ?? "" }
    public var answeredBy: String? { text(.answeredBy) }
    public var answer: String? { text(.answer) }
}
