import DocumentModel
import JapaneseCalendar

/// Where the one description of the service-level figures is written: JSON for scripts, the
/// XML of a report, the table for people. Keys come in the order of the XML schema, with the
/// JSON-only keys after them.
public protocol FigureSink {
    mutating func beginObject(_ key: FigureKey?)
    mutating func endObject()
    mutating func beginList(_ key: FigureKey)
    mutating func endList()
    mutating func field(_ key: FigureKey, _ value: FigureValue)
    /// A list of texts (the IDs of the major failures).
    mutating func texts(_ key: FigureKey, _ values: [String])
}
