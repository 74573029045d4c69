import DocumentModel
import JapaneseCalendar

/// Where the one description of the service-level figures is written: JSON for scripts, the
/// XML of a report, the table for people. Keys come in the order of the XML schema, with the
/// JSON-only keys after them.
public protocol FigureSink: SendableMetatype {
    mutating func beginObject(_ key: FigureKey?)
    mutating func endObject()
    mutating func beginList(_ key: FigureKey)
    mutating func endList()
    mutating func field(_ key: FigureKey, _ value: FigureValue)
    /// A list of texts (the IDs of the major failures).
    mutating func texts(_ key: FigureKey, _ values: [String])
    /// A list of `count` records, `write(i, &sink)` writing the i-th (one object each): a
    /// sink may write them on several cores, in the same order and to the same bytes.
    mutating func records(_ key: FigureKey, count: Int, _ write: @Sendable (Int, inout Self) -> Void)
}

extension FigureSink {
    public mutating func records(_ key: FigureKey, count: Int, _ write: @Sendable (Int, inout Self) -> Void) {
        recordsInOrder(key, count: count, write)
    }

    /// The list's records one after the other, on this thread.
    public mutating func recordsInOrder(_ key: FigureKey, count: Int, _ write: (Int, inout Self) -> Void) {
        beginList(key)
        for index in 0..<count { write(index, &self) }
        endList()
    }
}

/// How a sink cuts a long list to write it on several cores: into batches of `size` records,
/// when there are at least two batches and more than one core.
enum RecordBatches {
    static let size = 8192

    static func worthSplitting(_ count: Int, workers: Int) -> Bool { count >= 2 * size && workers > 1 }
}
