/// One key of a mapping.
public struct Field: Sendable {
    public let key: String
    /// The Japanese name, as the documents call it (提出期限).
    public let japanese: String
    public let help: String
    public let type: FieldType
    public let required: Bool

    public init(_ key: String, _ japanese: String, _ type: FieldType, required: Bool = false, help: String = "") {
        self.key = key
        self.japanese = japanese
        self.type = type
        self.required = required
        self.help = help
    }

    public static func required(_ key: String, _ japanese: String, _ type: FieldType, help: String = "") -> Field {
        Field(key, japanese, type, required: true, help: help)
    }

    public static func optional(_ key: String, _ japanese: String, _ type: FieldType, help: String = "") -> Field {
        Field(key, japanese, type, required: false, help: help)
    }
}
