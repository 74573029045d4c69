/// The keys of a ``FieldType/map(_:_:)``.
public struct MapKey: Sendable {
    /// A regular expression every key must match (for the JSON Schema and the loader).
    public let pattern: String
    public let japanese: String
    public let english: String
    /// The XML element of one entry and the attribute that holds its key.
    public let item: String
    public let attribute: String

    public init(pattern: String, japanese: String, english: String, item: String, attribute: String) {
        self.pattern = pattern
        self.japanese = japanese
        self.english = english
        self.item = item
        self.attribute = attribute
    }

    /// Whether `key` has the shape the pattern describes. Patterns here are `^PREFIX[A-Z0-9-]+$`
    /// (PREFIX may be empty); checked without a regex engine.
    public func matches(_ key: String) -> Bool {
        guard pattern.hasPrefix("^"), pattern.hasSuffix("[A-Z0-9-]+$") else { return !key.isEmpty }
        let prefix = String(pattern.dropFirst().dropLast("[A-Z0-9-]+$".count))
        guard key.hasPrefix(prefix), key.count > prefix.count else { return false }
        return key.dropFirst(prefix.count).allSatisfy { ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "-" }
    }
}
