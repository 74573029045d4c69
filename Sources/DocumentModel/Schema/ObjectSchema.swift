/// The shape of an input file, declared once.
///
/// One declaration drives everything that must agree about a file: the YAML loader (types,
/// required keys, unknown keys with a "did you mean"), the XML reader of drafts, the XML
/// writer, the shipped XSD and JSON Schema, and the field reference in docs/.
public final class ObjectSchema: Sendable {
    /// A type name for the XSD and JSON Schema definitions (`Company`).
    public let name: String
    /// The Japanese name (会社).
    public let japanese: String
    public let help: String
    public let fields: [Field]

    private let indices: [String: Int]
    private let keyList: [String]

    public init(_ name: String, _ japanese: String, help: String = "", _ fields: [Field]) {
        self.name = name
        self.japanese = japanese
        self.help = help
        self.fields = fields
        self.indices = Dictionary(fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        self.keyList = fields.map(\.key)
    }

    public func field(_ key: String) -> Field? {
        index(of: key).map { fields[$0] }
    }

    /// The position of `key` among the fields.
    public func index(of key: String) -> Int? {
        // Keys are short (stored inline in the string): comparing a few is cheaper than hashing.
        if keyList.count <= 16 { return keyList.firstIndex(of: key) }
        return indices[key]
    }

    public var keys: [String] { keyList }
}
