import DocumentModel
import JapaneseCalendar

/// A name in the description of the figures: its key (JSON and XML), and how a person reads it.
public struct FigureKey: Sendable {
    public let name: String
    public let label: Message
    /// `"name"` as JSON, made once.
    let json: [UInt8]

    public init(_ name: String, _ japanese: String, _ english: String) {
        self.name = name
        self.label = Message(ja: japanese, en: english)
        var json: [UInt8] = []
        JSONFigureSink.string(name, into: &json)
        self.json = json
    }
}
