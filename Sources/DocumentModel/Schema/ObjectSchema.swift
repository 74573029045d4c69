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
    /// The English name in messages, from the type name in words, with the file a whole file's
    /// schema names (`the contract (contract.yaml)`, `plan settings`): no type name on screen.
    public let english: String
    public let help: String
    public let fields: [Field]

    private let indices: [String: Int]
    private let keyList: [String]

    public init(_ name: String, _ japanese: String, help: String = "", _ fields: [Field]) {
        self.name = name
        self.japanese = japanese
        self.english = Self.words(name, file: japanese)
        self.help = help
        self.fields = fields
        self.indices = Dictionary(fields.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { a, _ in a })
        self.keyList = fields.map(\.key)
    }

    /// `PlanSettings` → `plan settings`; with `（plan.yaml）` in the Japanese name, `the plan (plan.yaml)`.
    static func words(_ name: String, file japanese: String) -> String {
        var words = ""
        for character in name {
            if character.isUppercase, !words.isEmpty { words.append(" ") }
            words.append(contentsOf: character.lowercased())
        }
        guard let open = japanese.firstIndex(of: "（"), let close = japanese.lastIndex(of: "）"), open < close else { return words }
        let file = japanese[japanese.index(after: open)..<close]
        guard file.hasSuffix(".yaml") else { return words }
        return "the \(words) (\(file))"
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

    /// The position of `key`, a field the code names: one the schema does not have is a mistake
    /// in the code, which stops the tests rather than read as a blank.
    public func place(of key: String) -> Int {
        guard let index = index(of: key) else { preconditionFailure("\(name) has no field '\(key)'") }
        return index
    }

    public var keys: [String] { keyList }
}
