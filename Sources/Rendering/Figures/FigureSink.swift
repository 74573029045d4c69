import DocumentModel
import JapaneseCalendar

/// A name in the description of the figures: its key (JSON and XML), and how a person reads it.
public struct FigureKey: Sendable {
    public let name: String
    public let label: Message

    public init(_ name: String, _ japanese: String, _ english: String) {
        self.name = name
        self.label = Message(ja: japanese, en: english)
    }
}

/// One figure's value.
public enum FigureValue: Sendable {
    case int(Int)
    /// Minutes, an integer that people read with its unit.
    case minutes(Int)
    /// An exact decimal (a target percentage).
    case decimal(ExactDecimal)
    /// A percentage in hundredths, cut; nil when it cannot be computed (nothing was planned).
    case percent(Int?)
    case bool(Bool)
    /// Met or missed.
    case met(Bool)
    case text(String)
    case time(Instant)
    /// A fiscal year by the year it begins in (2023 = 令和5年度).
    case fiscalYear(Int)
    /// A value of a fixed set (`stop`), with how people read it.
    case choice(String, Message)
}

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
