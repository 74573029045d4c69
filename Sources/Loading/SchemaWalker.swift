import DocumentModel
import JapaneseCalendar

/// Checks a parsed file against its schema: reports every problem (unknown keys with a "did
/// you mean", missing keys, wrong types, empty values, unfilled placeholders, bad dates) and
/// returns the typed values of what was right.
public struct SchemaWalker<Node: SchemaSourceNode> {
    /// The problems found (a bounded list: past its limit they are counted).
    public var diagnostics: [Diagnostic] { problems.diagnostics }
    private var problems = ProblemList()
    /// Errors found, recorded or not.
    private var errorTotal = 0
    /// How many values may be visited; YAML aliases can make a small file expand without limit.
    public let budget: Int
    private var visited = 0
    public private(set) var exceededBudget = false

    /// The format read: the first word of the diagnostic codes (`yaml-type`, `xml-type`).
    public let format: InputFormat

    /// Where the walk is (`organization.members[2].name`), kept as parts and written out only
    /// for a message: most values have none.
    private enum PathPart {
        case key(String)
        case index(Int)
    }
    private var parts: [PathPart] = []

    /// The path of the value at hand, as messages name it.
    private var path: String { Self.write(parts) }

    /// The path of a value inside the one at hand.
    private func path(to last: PathPart) -> String { Self.write(parts + [last]) }

    private static func write(_ parts: [PathPart]) -> String {
        var text = ""
        for part in parts {
            switch part {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let i): text += "[\(i)]"
            }
        }
        return text
    }

    /// Reads inside the value at hand, under `part`.
    private mutating func inside<T>(_ part: PathPart, _ body: (inout Self) -> T) -> T {
        parts.append(part)
        defer { parts.removeLast() }
        return body(&self)
    }

    public init(budget: Int = 200_000, format: InputFormat = .yaml) {
        self.budget = budget
        self.format = format
    }

    /// Reads `node` as an object of `schema`.
    public mutating func readRoot(_ node: Node, _ schema: ObjectSchema) -> ObjectValue {
        parts = []
        if let object = readObject(node, schema) { return object }
        return ObjectValue(schema: schema, values: Array(repeating: nil, count: schema.fields.count), keyPlaces: [], span: node.span, hadErrors: true)
    }

    private mutating func record(_ diagnostic: Diagnostic, always: Bool = false) {
        if diagnostic.severity == .error { errorTotal += 1 }
        problems.record(diagnostic, always: always)
    }

    private mutating func visit(_ node: Node) -> Bool {
        visited += 1
        if visited > budget {
            if !exceededBudget {
                exceededBudget = true
                record(.error(
                    .input(.value(.tooManyValues, format)),
                    Message(ja: "値が多すぎます（\(Digits.grouped(budget))個を超えました）。これより後は読んでいません",
                            en: "too many values (more than \(Digits.grouped(budget))); the rest is not read"),
                    expected: Message(ja: "\(Digits.grouped(budget))個以下の値（ファイルを分ける）", en: "at most \(Digits.grouped(budget)) values (split the file)"),
                    at: node.span), always: true)
            }
            return false
        }
        return true
    }

    mutating func readObject(_ node: Node, _ schema: ObjectSchema) -> ObjectValue? {
        guard visit(node) else { return nil }
        guard let pairs = node.mapping() else {
            typeError(node, expected: .object(schema))
            return nil
        }
        // In the schema's order, one slot per field: a key is found by its place in the schema.
        var values = [Value?](repeating: nil, count: schema.fields.count)
        var keyPlaces = [SourceSpan?](repeating: nil, count: schema.fields.count)
        var nullKeys: Set<String> = []
        // Keys an unknown key was probably meant to be: their "missing" error would repeat it.
        var suggested: Set<String> = []
        let errorsBefore = errorTotal
        for (key, keySpan, value) in pairs {
            guard let index = schema.index(of: key) else {
                if let suggestion = unknownKey(key, at: keySpan, schema: schema) { suggested.insert(suggestion) }
                continue
            }
            if let first = keyPlaces[index] {
                record(.error(
                    .input(.value(.duplicateKey, format)),
                    Message(ja: "キー「\(key)」が重複しています", en: "duplicate key '\(key)'"),
                    expected: Message(ja: "各キーは一度だけ", en: "each key once"),
                    at: keySpan,
                    notes: [Diagnostic.Note(Message(ja: "最初の「\(key)」はここです", en: "first '\(key)' is here"), at: first)]))
                continue
            }
            keyPlaces[index] = keySpan
            let field = schema.fields[index]
            if value.isNull && !(value.isEmptyContainer && field.type.isCollection) {
                nullKeys.insert(key)
                continue
            }
            if let read = inside(.key(key), { $0.readValue(value, field.type, field: field) }) {
                values[index] = read
            }
        }
        for (index, field) in schema.fields.enumerated() where field.required && values[index] == nil {
            let keySpan = keyPlaces[index]
            // A key written with a wrong value already has its error.
            if keySpan != nil && !nullKeys.contains(field.key) { continue }
            if suggested.contains(field.key) { continue }
            let label = path.isEmpty ? schema.japanese : "\(schema.japanese)（\(path)）"
            let labelEn = path.isEmpty ? schema.english : "\(schema.english) (\(path))"
            let expected = Message(ja: "\(field.key): \(field.type.describe.japanese)", en: "\(field.key): \(field.type.describe.english)")
            if let keySpan {
                record(.error(
                    .input(.value(.empty, format)),
                    Message(ja: "「\(path(to: .key(field.key)))」（\(field.japanese)）が空です",
                            en: "'\(path(to: .key(field.key)))' (\(field.japanese)) is empty"),
                    expected: expected, at: keySpan))
            } else {
                record(.error(
                    .input(.value(.missingKey, format)),
                    Message(ja: "\(label)に必須のキー「\(field.key)」（\(field.japanese)）がありません",
                            en: "\(labelEn) lacks the required key '\(field.key)' (\(field.japanese))"),
                    expected: expected, at: node.span))
            }
        }
        return ObjectValue(schema: schema, values: values, keyPlaces: keyPlaces, nullKeys: nullKeys, span: node.span,
                           hadErrors: errorTotal > errorsBefore || node.isUnderDuplicateKey)
    }

    private mutating func readValue(_ node: Node, _ type: FieldType, field: Field?) -> Value? {
        switch type {
        case .object(let schema):
            return readObject(node, schema).map { Value(.object($0), span: node.span) }
        case .list(let element, let item, let minItems):
            guard visit(node) else { return nil }
            guard let items = node.sequence(item: item) else {
                typeError(node, expected: type)
                return nil
            }
            var values: [Value] = []
            for (i, itemNode) in items.enumerated() {
                if itemNode.isNull {
                    record(.error(
                        .input(.value(.empty, format)), Message(ja: "「\(path(to: .index(i + 1)))」が空です", en: "'\(path(to: .index(i + 1)))' is empty"),
                        expected: element.describe, at: itemNode.span))
                    continue
                }
                if let value = inside(.index(i + 1), { $0.readValue(itemNode, element, field: nil) }) { values.append(value) }
                if exceededBudget { return nil }
            }
            if items.count < minItems {
                record(.error(
                    .input(.value(.tooFewItems, format)),
                    Message(ja: "「\(path)」には少なくとも \(minItems) 件が必要です（\(items.count) 件）",
                            en: "'\(path)' needs at least \(minItems) item\(minItems == 1 ? "" : "s") (has \(items.count))"),
                    expected: type.describe, at: node.span))
            }
            return Value(.list(values), span: node.span)
        case .textList(let item, let minItems):
            if node.scalar != nil && !node.isEmptyContainer {
                return readScalar(node, .text)
            }
            return readValue(node, .list(.text, item: item, minItems: minItems), field: field)
        case .map(let key, let schema):
            guard visit(node) else { return nil }
            guard let entries = node.keyedEntries(key) else {
                typeError(node, expected: type)
                return nil
            }
            var seen: [String: SourceSpan] = [:]
            var values: [MapEntry] = []
            for (entryKey, keySpan, value) in entries {
                if let first = seen[entryKey] {
                    record(.error(
                        .input(.value(.duplicateKey, format)),
                        Message(ja: "「\(entryKey)」が重複しています", en: "duplicate key '\(entryKey)'"),
                        expected: Message(ja: "各キーは一度だけ", en: "each key once"), at: keySpan,
                        notes: [Diagnostic.Note(Message(ja: "最初の「\(entryKey)」はここです", en: "first '\(entryKey)' is here"), at: first)]))
                    continue
                }
                seen[entryKey] = keySpan
                guard key.matches(entryKey) else {
                    record(.error(
                        .input(.value(.badKey, format)),
                        Message(ja: "「\(entryKey)」は\(key.japanese)の形ではありません", en: "'\(entryKey)' is not \(key.english)"),
                        expected: Message(ja: key.japanese + "（" + key.pattern + "）", en: key.english + " (" + key.pattern + ")"),
                        at: keySpan))
                    continue
                }
                if value.isNull {
                    record(.error(
                        .input(.value(.empty, format)), Message(ja: "「\(path(to: .key(entryKey)))」が空です", en: "'\(path(to: .key(entryKey)))' is empty"),
                        expected: FieldType.object(schema).describe, at: keySpan))
                    continue
                }
                if let object = inside(.key(entryKey), { $0.readObject(value, schema) }) {
                    values.append(MapEntry(key: entryKey, keySpan: keySpan, value: Value(.object(object), span: value.span)))
                }
            }
            return Value(.map(values), span: node.span)
        default:
            return readScalar(node, type)
        }
    }

    private mutating func readScalar(_ node: Node, _ type: FieldType) -> Value? {
        guard visit(node) else { return nil }
        guard let raw = node.scalar else {
            typeError(node, expected: type)
            return nil
        }
        let (kind, diagnostic) = ScalarReader.read(raw, type, path: path, format: format, at: node.span)
        if let diagnostic { record(diagnostic) }
        return kind.map { Value($0, span: node.span) }
    }

    private mutating func typeError(_ node: Node, expected: FieldType) {
        let place = path.isEmpty ? Message(ja: "文書全体", en: "the document") : Message(ja: "「\(path)」", en: "'\(path)'")
        record(.error(
            .input(.value(.type, format)),
            Message(ja: "\(place.japanese)は\(expected.describe.japanese)であるべきところ、\(node.kindName.japanese)です",
                    en: "\(place.english) should be \(expected.describe.english), but is \(node.kindName.english)"),
            expected: expected.describe, at: node.span))
    }

    @discardableResult
    private mutating func unknownKey(_ key: String, at span: SourceSpan, schema: ObjectSchema) -> String? {
        // Past the limit it is only counted: no suggestion is looked for, no message made.
        if problems.isFull {
            errorTotal += 1
            problems.countSuppressed(error: true)
            return nil
        }
        let suggestion = Suggest.closest(to: key, among: schema.keys)
        let place = path.isEmpty ? schema.japanese : "\(schema.japanese)（\(path)）"
        let placeEn = path.isEmpty ? schema.english : "\(schema.english) (\(path))"
        record(.error(
            .input(.value(.unknownKey, format)),
            Message(ja: "\(place)に不明なキー「\(key)」があります" + (suggestion.map { "。「\($0)」の誤りではありませんか" } ?? ""),
                    en: "unknown key '\(key)' in \(placeEn)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
            expected: Message(ja: "次のいずれか: " + schema.keys.joined(separator: ", "),
                              en: "one of: " + schema.keys.joined(separator: ", ")),
            at: span))
        return suggestion
    }
}
