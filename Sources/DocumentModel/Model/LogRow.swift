import JapaneseCalendar

/// The rows of one CSV log, read once, in flat arrays. Per row: the time of each time field,
/// the text of each other field (nil when empty), and where each field's cell starts and how
/// long it is (three numbers per field: its column, its length in characters, and its line after the
/// row's first, for a quoted cell before it may span lines). Large logs have 100,000 rows: one table, not an object
/// per row, and no room for a time in a text field or a text in a time field.
public final class LogTable: Sendable {
    public let schema: ObjectSchema
    let file: String
    let lines: [Int32]
    let texts: [String?]
    let times: [Int64]
    let cells: [Int32]
    let layout: Layout

    /// Which fields are times, and each field's place among the times or the texts of a row.
    public struct Layout: Sendable {
        public let slots: [Int]
        public let isTime: [Bool]
        public let timeCount: Int
        public let textCount: Int

        public init(_ schema: ObjectSchema) {
            var slots: [Int] = [], isTime: [Bool] = [], times = 0, texts = 0
            for field in schema.fields {
                if case .instant = field.type {
                    slots.append(times)
                    isTime.append(true)
                    times += 1
                } else {
                    slots.append(texts)
                    isTime.append(false)
                    texts += 1
                }
            }
            self.slots = slots
            self.isTime = isTime
            timeCount = times
            textCount = texts
        }
    }

    /// `texts` and `times` hold a row's texts and times in the order of `layout` (the schema's);
    /// `cells` three numbers per schema field.
    public init(schema: ObjectSchema, layout: Layout, file: String, lines: [Int32], texts: [String?], times: [Int64], cells: [Int32]) {
        precondition(layout.slots.count == schema.fields.count && texts.count == lines.count * layout.textCount
            && times.count == lines.count * layout.timeCount && cells.count == 3 * lines.count * schema.fields.count)
        self.schema = schema
        self.layout = layout
        self.file = file
        self.lines = lines
        self.texts = texts
        self.times = times
        self.cells = cells
    }

    /// Every row, in file order.
    public var rows: [LogRow] { lines.indices.map { LogRow(table: self, index: $0) } }

    /// The time of a time field (nil when empty), or nil for another field.
    func time(row: Int, field: Int) -> Int64? {
        guard layout.isTime[field] else { return nil }
        let time = times[row * layout.timeCount + layout.slots[field]]
        return time == LogRow.absentTime ? nil : time
    }

    /// Whether a field is filled (a time given, a text not empty).
    func isFilled(row: Int, field: Int) -> Bool {
        if layout.isTime[field] { return times[row * layout.timeCount + layout.slots[field]] != LogRow.absentTime }
        if case .none = texts[row * layout.textCount + layout.slots[field]] { return false }
        return true
    }

    /// The text of a field that is not a time.
    func text(row: Int, field: Int) -> String? {
        layout.isTime[field] ? nil : texts[row * layout.textCount + layout.slots[field]]
    }

    /// A field's text as written: a time in ISO form, any other field as it is (nil when empty).
    func written(row: Int, field: Int) -> String? {
        if let time = time(row: row, field: field) { return Instant(secondsSinceEpoch: time).iso }
        return text(row: row, field: field)
    }

    /// Where a field's cell is (even when empty), else the row.
    func span(row: Int, field: Int) -> SourceSpan {
        let i = 3 * (row * schema.fields.count + field)
        guard cells[i] > 0 else { return SourceSpan(file: file, line: Int(lines[row]), column: 1) }
        return SourceSpan(file: file, line: Int(lines[row] + cells[i + 2]), column: Int(cells[i]), length: Int(cells[i + 1]))
    }
}

/// A field of a log's schema with its position, found once: a CSV row of that schema reads it by
/// position, not by name (100,000 rows are read several times each).
public struct LogColumn: Sendable {
    let schema: ObjectSchema
    let key: String
    let index: Int

    public init(_ key: String, of schema: ObjectSchema) {
        self.schema = schema
        self.key = key
        self.index = schema.place(of: key)
    }
}

/// One record of a log: a row of a CSV log's table, or a mapping written inline in a report.
/// Immutable and small (two words): records are passed around, sorted and filtered often.
public struct LogRow: Sendable {
    private enum Storage: Sendable {
        case csv(LogTable, Int)
        indirect case inline(ObjectValue)
    }

    private let storage: Storage

    /// Which record a row is, for telling a row read once from the same row seen twice (a log
    /// shared by several reports); `nil` for a row written inline, each of which is its own.
    public struct Identity: Hashable, Sendable {
        let table: ObjectIdentifier
        let index: Int
    }

    private static let noTime = Int64.min

    init(table: LogTable, index: Int) {
        storage = .csv(table, index)
    }

    public init(_ value: ObjectValue) {
        storage = .inline(value)
    }

    public var schema: ObjectSchema {
        switch storage {
        case .csv(let table, _): table.schema
        case .inline(let value): value.schema
        }
    }

    public var identity: Identity? {
        if case .csv(let table, let index) = storage { return Identity(table: ObjectIdentifier(table), index: index) }
        return nil
    }

    private var inline: ObjectValue? {
        if case .inline(let value) = storage { return value }
        return nil
    }

    /// Whether the row is written inline in a report (not a CSV row).
    public var isInline: Bool { inline != nil }

    /// A time of a CSV row not given.
    public static var absentTime: Int64 { noTime }

    /// The field's text as written (trimmed; a time in ISO form), `nil` when empty.
    func text(_ column: LogColumn) -> String? {
        if case .csv(let table, let row) = storage, table.schema === column.schema { return table.written(row: row, field: column.index) }
        return text(column.key)
    }

    /// Whether the field is filled: what `text(column) != nil` says, without making the text
    /// (the row rules ask it of every row of a log).
    func has(_ column: LogColumn) -> Bool {
        if case .csv(let table, let row) = storage, table.schema === column.schema { return table.isFilled(row: row, field: column.index) }
        return text(column.key) != nil
    }

    func instant(_ column: LogColumn) -> Instant? {
        if case .csv(let table, let row) = storage, table.schema === column.schema {
            return table.time(row: row, field: column.index).map(Instant.init(secondsSinceEpoch:))
        }
        return instant(column.key)
    }

    func span(_ column: LogColumn) -> SourceSpan {
        if case .csv(let table, let row) = storage, table.schema === column.schema {
            return table.span(row: row, field: column.index)
        }
        return span(column.key)
    }

    /// The field's text as written (trimmed; a time in ISO form), `nil` when empty.
    func text(_ key: String) -> String? {
        if let inline {
            guard let field = inline[key] else { return nil }
            if case .instant(let instant) = field.kind { return instant.iso }
            return field.text
        }
        guard case .csv(let table, let row) = storage, let field = table.schema.index(of: key) else { return nil }
        return table.written(row: row, field: field)
    }

    func instant(_ key: String) -> Instant? {
        switch storage {
        case .inline(let value):
            return value[key]?.instant
        case .csv(let table, let row):
            guard let field = table.schema.index(of: key), let time = table.time(row: row, field: field) else { return nil }
            return Instant(secondsSinceEpoch: time)
        }
    }

    /// The whole row.
    public var span: SourceSpan {
        switch storage {
        case .inline(let value): value.span
        case .csv(let table, let row): SourceSpan(file: table.file, line: Int(table.lines[row]), column: 1)
        }
    }

    /// Where the field is (its cell, even when empty), else the row.
    func span(_ key: String) -> SourceSpan {
        switch storage {
        case .inline(let value):
            return value[key]?.span ?? value.keySpan(key) ?? value.span
        case .csv(let table, let row):
            guard let field = table.schema.index(of: key) else { return span }
            return table.span(row: row, field: field)
        }
    }

    /// The row as a checked value tree (for XML): rebuilt from the texts of a CSV row.
    public var value: ObjectValue {
        switch storage {
        case .inline(let value):
            return value
        case .csv(let table, let row):
            let values = table.schema.fields.indices.map { index -> Value? in
                let span = table.span(row: row, field: index)
                return Self.kind(of: table, row: row, field: index, at: span).map { Value($0, span: span) }
            }
            return ObjectValue(schema: table.schema, values: values, keyPlaces: [], span: self.span, hadErrors: false)
        }
    }

    /// A CSV cell's value: a time as it was read (writing it out and reading it back gives the
    /// same instant), else its text read as the field's type; nil for an empty cell.
    private static func kind(of table: LogTable, row: Int, field index: Int, at span: @autoclosure () -> SourceSpan) -> Value.Kind? {
        if let time = table.time(row: row, field: index) { return .instant(Instant(secondsSinceEpoch: time)) }
        guard let text = table.written(row: row, field: index) else { return nil }
        let field = table.schema.fields[index]
        return ScalarReader.read(text, field.type, path: field.key, format: .csv, at: span()).0
    }
}

extension LogRow: CanonicallyWritten {
    /// ``value``'s canonical text, written from a CSV row's cells without making the value tree.
    public func writeCanonical(into out: inout CanonicalText) {
        guard case .csv(let table, let row) = storage else {
            inline?.writeCanonical(into: &out)
            return
        }
        // A cell's place is only needed by a problem, and the cells were checked when read.
        out.appendObject(table.schema) { index, _ in Self.kind(of: table, row: row, field: index, at: .file(table.file)) }
    }
}
