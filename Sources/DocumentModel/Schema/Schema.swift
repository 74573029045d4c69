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

/// The value a key holds.
public indirect enum FieldType: Sendable {
    /// A non-empty string.
    case text
    /// A date: ISO (2023-01-16) or 和暦 (令和5年1月16日, 令和５年１月16日（月）, R5.1.16).
    case date
    case integer(ClosedRange<Int>)
    /// An exact decimal (99.8): never a binary floating-point number.
    case decimal
    case bool
    case choice([Choice])
    /// A day of every year: `06-23` or `6月23日`.
    case monthDay
    /// A time of day, `08:30`; `24:00` means the end of the day.
    case timeOfDay
    /// An ISO 8601 time, `2024-03-01T10:15` (seconds and offset optional; Japan time without one).
    case instant
    /// A month, `2024-03`.
    case yearMonth
    /// A list; `item` names one element in XML.
    case list(FieldType, item: String, minItems: Int = 0)
    /// One string or a list of strings.
    case textList(item: String, minItems: Int = 1)
    case object(ObjectSchema)
    /// A mapping whose keys are identifiers (REQ-TECH-1: …), each holding an object.
    case map(MapKey, ObjectSchema)

    /// Lists and identifier-keyed mappings.
    public var isCollection: Bool {
        switch self {
        case .list, .textList, .map: true
        default: false
        }
    }

    /// `a list of …` / `…のリスト`: how the type is named in messages.
    public var describe: Message {
        switch self {
        case .text: Message(ja: "文字列", en: "text")
        case .date: Message(ja: "日付（2023-01-16 または 令和5年1月16日）", en: "a date (2023-01-16 or 令和5年1月16日)")
        case .integer(let range): Message(ja: "\(range.lowerBound)〜\(range.upperBound)の整数", en: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        case .decimal: Message(ja: "数値（例: 99.8）", en: "a number such as 99.8")
        case .bool: Message(ja: "true または false", en: "true or false")
        case .choice(let choices):
            Message(ja: choices.map(\.value).joined(separator: "、") + " のいずれか",
                    en: "one of " + choices.map(\.value).joined(separator: ", "))
        case .monthDay: Message(ja: "月日（例: 06-23 または 6月23日）", en: "a month and day such as 06-23 or 6月23日")
        case .timeOfDay: Message(ja: "時刻（例: 08:30）", en: "a time of day such as 08:30")
        case .instant: Message(ja: "日時（例: 2024-03-01T10:15）", en: "a time such as 2024-03-01T10:15")
        case .yearMonth: Message(ja: "年月（例: 2024-03）", en: "a month such as 2024-03")
        case .list(.object(let schema), _, _): Message(ja: schema.japanese + "（キーと値の組）のリスト", en: "a list of mappings (\(schema.name))")
        case .list(let element, _, _): Message(ja: element.describe.japanese + "のリスト", en: "a list of " + element.describe.english)
        case .textList: Message(ja: "文字列または文字列のリスト", en: "text or a list of texts")
        case .object(let schema): Message(ja: schema.japanese + "（キーと値の組）", en: "a mapping (\(schema.name))")
        case .map(let key, _): Message(ja: key.japanese + "をキーとするマッピング", en: "a mapping keyed by \(key.english)")
        }
    }
}

public struct Choice: Sendable {
    public let value: String
    public let japanese: String

    public init(_ value: String, _ japanese: String) {
        self.value = value
        self.japanese = japanese
    }
}

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
