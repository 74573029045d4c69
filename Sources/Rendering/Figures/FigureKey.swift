import DocumentModel
import JapaneseCalendar

/// A name in the description of the figures: its key (JSON and XML), and how a person reads it.
public struct FigureKey: Sendable {
    public let name: String
    public let label: Message
    /// The key's bytes, from the program's constant text: written into JSON with no reference
    /// counted (two cores write the records of a list at once, with the same keys).
    let staticName: StaticString

    /// `name` is a JSON key as it is: letters, digits and underscores.
    public init(_ name: StaticString, _ japanese: String, _ english: String) {
        self.staticName = name
        self.name = name.description
        self.label = Message(ja: japanese, en: english)
        precondition(self.name.utf8.allSatisfy { $0 == 0x5F || (0x30...0x39).contains($0) || (0x61...0x7A).contains($0) })
    }
}
