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

    public init(budget: Int = 200_000, format: InputFormat = .yaml) {
        self.budget = budget
        self.format = format
    }

    /// Reads `node` as an object of `schema`.
    public mutating func readRoot(_ node: Node, _ schema: ObjectSchema) -> ObjectValue {
        if let object = readObject(node, schema, path: "") { return object }
        return ObjectValue(schema: schema, fields: [:], keySpans: [:], span: node.span, hadErrors: true)
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

    mutating func readObject(_ node: Node, _ schema: ObjectSchema, path: String) -> ObjectValue? {
        guard visit(node) else { return nil }
        guard let pairs = node.mapping() else {
            typeError(node, expected: .object(schema), path: path)
            return nil
        }
        var fields: [String: Value] = [:], keySpans: [String: SourceSpan] = [:]
        fields.reserveCapacity(pairs.count)
        keySpans.reserveCapacity(pairs.count)
        var nullKeys: Set<String> = []
        // Keys an unknown key was probably meant to be: their "missing" error would repeat it.
        var suggested: Set<String> = []
        let errorsBefore = errorTotal
        for (key, keySpan, value) in pairs {
            guard let field = schema.field(key) else {
                if let suggestion = unknownKey(key, at: keySpan, schema: schema, path: path) { suggested.insert(suggestion) }
                continue
            }
            if keySpans[key] != nil {
                record(.error(
                    .input(.value(.duplicateKey, format)),
                    Message(ja: "キー「\(key)」が重複しています", en: "duplicate key '\(key)'"),
                    expected: Message(ja: "各キーは一度だけ", en: "each key once"),
                    at: keySpan,
                    notes: [Diagnostic.Note(Message(ja: "最初の「\(key)」はここです", en: "first '\(key)' is here"), at: keySpans[key])]))
                continue
            }
            keySpans[key] = keySpan
            if value.isNull && !(value.isEmptyContainer && field.type.isCollection) {
                nullKeys.insert(key)
                continue
            }
            if let read = readValue(value, field.type, path: join(path, key), field: field) {
                fields[key] = read
            }
        }
        for field in schema.fields where field.required && fields[field.key] == nil {
            // A key written with a wrong value already has its error.
            if keySpans[field.key] != nil && !nullKeys.contains(field.key) { continue }
            if suggested.contains(field.key) { continue }
            let label = path.isEmpty ? schema.japanese : "\(schema.japanese)（\(path)）"
            let labelEn = path.isEmpty ? schema.name : "\(schema.name) (\(path))"
            let expected = Message(ja: "\(field.key): \(field.type.describe.japanese)", en: "\(field.key): \(field.type.describe.english)")
            if let keySpan = keySpans[field.key] {
                record(.error(
                    .input(.value(.empty, format)),
                    Message(ja: "「\(join(path, field.key))」（\(field.japanese)）が空です",
                            en: "'\(join(path, field.key))' (\(field.japanese)) is empty"),
                    expected: expected, at: keySpan))
            } else {
                record(.error(
                    .input(.value(.missingKey, format)),
                    Message(ja: "\(label)に必須のキー「\(field.key)」（\(field.japanese)）がありません",
                            en: "\(labelEn) lacks the required key '\(field.key)' (\(field.japanese))"),
                    expected: expected, at: node.span))
            }
        }
        return ObjectValue(schema: schema, fields: fields, keySpans: keySpans, nullKeys: nullKeys, span: node.span,
                           hadErrors: errorTotal > errorsBefore)
    }

    private mutating func readValue(_ node: Node, _ type: FieldType, path: String, field: Field?) -> Value? {
        switch type {
        case .object(let schema):
            return readObject(node, schema, path: path).map { Value(.object($0), span: node.span) }
        case .list(let element, let item, let minItems):
            guard visit(node) else { return nil }
            guard let items = node.sequence(item: item) else {
                typeError(node, expected: type, path: path)
                return nil
            }
            var values: [Value] = []
            for (i, itemNode) in items.enumerated() {
                if itemNode.isNull {
                    record(.error(
                        .input(.value(.empty, format)), Message(ja: "「\(path)[\(i + 1)]」が空です", en: "'\(path)[\(i + 1)]' is empty"),
                        expected: element.describe, at: itemNode.span))
                    continue
                }
                if let value = readValue(itemNode, element, path: "\(path)[\(i + 1)]", field: nil) { values.append(value) }
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
                return readScalar(node, .text, path: path)
            }
            return readValue(node, .list(.text, item: item, minItems: minItems), path: path, field: field)
        case .map(let key, let schema):
            guard visit(node) else { return nil }
            guard let entries = node.keyedEntries(key) else {
                typeError(node, expected: type, path: path)
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
                        .input(.value(.empty, format)), Message(ja: "「\(join(path, entryKey))」が空です", en: "'\(join(path, entryKey))' is empty"),
                        expected: FieldType.object(schema).describe, at: keySpan))
                    continue
                }
                if let object = readObject(value, schema, path: join(path, entryKey)) {
                    values.append(MapEntry(key: entryKey, keySpan: keySpan, value: Value(.object(object), span: value.span)))
                }
            }
            return Value(.map(values), span: node.span)
        default:
            return readScalar(node, type, path: path)
        }
    }

    private mutating func readScalar(_ node: Node, _ type: FieldType, path: String) -> Value? {
        guard visit(node) else { return nil }
        guard let raw = node.scalar else {
            typeError(node, expected: type, path: path)
            return nil
        }
        let (kind, diagnostic) = ScalarReader.read(raw, type, path: path, format: format, at: node.span)
        if let diagnostic { record(diagnostic) }
        return kind.map { Value($0, span: node.span) }
    }

    private mutating func typeError(_ node: Node, expected: FieldType, path: String) {
        let place = path.isEmpty ? Message(ja: "文書全体", en: "the document") : Message(ja: "「\(path)」", en: "'\(path)'")
        record(.error(
            .input(.value(.type, format)),
            Message(ja: "\(place.japanese)は\(expected.describe.japanese)であるべきところ、\(node.kindName.japanese)です",
                    en: "\(place.english) should be \(expected.describe.english), but is \(node.kindName.english)"),
            expected: expected.describe, at: node.span))
    }

    @discardableResult
    private mutating func unknownKey(_ key: String, at span: SourceSpan, schema: ObjectSchema, path: String) -> String? {
        // Past the limit it is only counted: no suggestion is looked for, no message made.
        if problems.isFull {
            errorTotal += 1
            problems.countSuppressed(error: true)
            return nil
        }
        let suggestion = Suggest.closest(to: key, among: schema.keys)
        let place = path.isEmpty ? schema.japanese : "\(schema.japanese)（\(path)）"
        let placeEn = path.isEmpty ? schema.name : "\(schema.name) (\(path))"
        record(.error(
            .input(.value(.unknownKey, format)),
            Message(ja: "\(place)に不明なキー「\(key)」があります" + (suggestion.map { "。「\($0)」の誤りではありませんか" } ?? ""),
                    en: "unknown key '\(key)' in \(placeEn)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
            expected: Message(ja: "次のいずれか: " + schema.keys.joined(separator: ", "),
                              en: "one of: " + schema.keys.joined(separator: ", ")),
            at: span))
        return suggestion
    }

    private func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
