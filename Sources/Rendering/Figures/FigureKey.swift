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
