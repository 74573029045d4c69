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

    public init(_ name: String, _ japanese: String, help: String = "", _ fields: [Field]) {
        self.name = name
        self.japanese = japanese
        self.help = help
        self.fields = fields
        self.indices = Dictionary(fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func field(_ key: String) -> Field? {
        indices[key].map { fields[$0] }
    }

    /// The position of `key` among the fields.
    public func index(of key: String) -> Int? {
        indices[key]
    }

    public var keys: [String] { fields.map(\.key) }
}
