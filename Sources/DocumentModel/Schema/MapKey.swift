/// The keys of a ``FieldType/map(_:_:)``.
public struct MapKey: Sendable {
    /// A regular expression every key must match (for the JSON Schema and the loader).
    public let pattern: String
    public let japanese: String
    public let english: String
    /// The XML element of one entry and the attribute that holds its key.
    public let item: String
    public let attribute: String
    /// The prefix of a pattern `^PREFIX[A-Z0-9-]+$`, as UTF-8; nil for any other pattern.
    private let prefix: [UInt8]?

    public init(pattern: String, japanese: String, english: String, item: String, attribute: String) {
        self.pattern = pattern
        self.japanese = japanese
        self.english = english
        self.item = item
        self.attribute = attribute
        let tail = "[A-Z0-9-]+$"
        prefix = pattern.hasPrefix("^") && pattern.hasSuffix(tail) ? Array(pattern.utf8.dropFirst().dropLast(tail.utf8.count)) : nil
    }

    /// Whether `key` has the shape the pattern describes. Patterns here are `^PREFIX[A-Z0-9-]+$`
    /// (PREFIX may be empty); checked without a regex engine.
    public func matches(_ key: String) -> Bool {
        guard let prefix else { return !key.isEmpty }
        // On the key's bytes: the pattern's characters are ASCII (asked of every key of a map).
        let bytes = key.utf8
        guard bytes.count > prefix.count, bytes.starts(with: prefix) else { return false }
        return bytes.dropFirst(prefix.count).allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }
}
