/// A text in the two languages of the tool's users.
public struct Message: Hashable, Sendable {
    public let japanese: String
    public let english: String

    public init(ja japanese: String, en english: String) {
        self.japanese = japanese
        self.english = english
    }

    public func text(_ language: Language) -> String {
        language == .ja ? japanese : english
    }

    /// The two texts joined, language by language.
    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(ja: lhs.japanese + rhs.japanese, en: lhs.english + rhs.english)
    }
}
