import JapaneseCalendar

/// A node of a parsed file (YAML or XML), seen through what the schema expects of it.
public protocol SchemaSourceNode {
    var span: SourceSpan { get }
    /// An empty value (`key:` with nothing, `~`, `null`, an empty element).
    var isNull: Bool { get }
    /// The text of a scalar; `nil` when the node is a mapping or a list.
    var scalar: String? { get }
    /// The items of a list; `nil` when the node is not one. `item` is the XML element name.
    func sequence(item: String) -> [Self]?
    /// The keys and values of a mapping, in order; `nil` when the node is not one.
    func mapping() -> [(key: String, keySpan: SourceSpan, value: Self)]?
    /// The entries of an identifier-keyed mapping.
    func keyedEntries(_ key: MapKey) -> [(key: String, keySpan: SourceSpan, value: Self)]?
    /// What the node is, for "expected …, found …".
    var kindName: Message { get }
    /// An empty container that reads as an empty list where a list is expected (an XML
    /// element with no children); a YAML `key:` is not one.
    var isEmptyContainer: Bool { get }
}

extension SchemaSourceNode {
    public var isEmptyContainer: Bool { false }
}

/// Checks a parsed file against its schema: reports every problem (unknown keys with a "did
/// you mean", missing keys, wrong types, empty values, unfilled placeholders, bad dates) and
/// returns the typed values of what was right.
public struct SchemaWalker<Node: SchemaSourceNode> {
    public private(set) var diagnostics: [Diagnostic] = []
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

    private mutating func visit(_ node: Node) -> Bool {
        visited += 1
        if visited > budget {
            if !exceededBudget {
                exceededBudget = true
                diagnostics.append(.error(
                    .input(.value(.tooManyValues, format)),
                    Message(ja: "値が多すぎます（\(budget) 個を超えました）。エイリアス（*name）の展開による膨張の可能性があります",
                            en: "too many values (more than \(budget)); YAML aliases (*name) may be expanding the document"),
                    expected: Message(ja: "エイリアスの少ない、\(budget) 個以下の値", en: "at most \(budget) values, with few aliases"),
                    at: node.span))
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
        var fields: [String: Value] = [:]
        var keySpans: [String: SourceSpan] = [:]
        var nullKeys: Set<String> = []
        // Keys an unknown key was probably meant to be: their "missing" error would repeat it.
        var suggested: Set<String> = []
        let errorsBefore = diagnostics.errorCount
        for (key, keySpan, value) in pairs {
            guard let field = schema.field(key) else {
                if let suggestion = unknownKey(key, at: keySpan, schema: schema, path: path) { suggested.insert(suggestion) }
                continue
            }
            if keySpans[key] != nil {
                diagnostics.append(.error(
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
                diagnostics.append(.error(
                    .input(.value(.empty, format)),
                    Message(ja: "「\(join(path, field.key))」（\(field.japanese)）が空です",
                            en: "'\(join(path, field.key))' (\(field.japanese)) is empty"),
                    expected: expected, at: keySpan))
            } else {
                diagnostics.append(.error(
                    .input(.value(.missingKey, format)),
                    Message(ja: "\(label)に必須のキー「\(field.key)」（\(field.japanese)）がありません",
                            en: "\(labelEn) lacks the required key '\(field.key)' (\(field.japanese))"),
                    expected: expected, at: node.span))
            }
        }
        return ObjectValue(schema: schema, fields: fields, keySpans: keySpans, nullKeys: nullKeys, span: node.span,
                           hadErrors: diagnostics.errorCount > errorsBefore)
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
                    diagnostics.append(.error(
                        .input(.value(.empty, format)), Message(ja: "「\(path)[\(i + 1)]」が空です", en: "'\(path)[\(i + 1)]' is empty"),
                        expected: element.describe, at: itemNode.span))
                    continue
                }
                if let value = readValue(itemNode, element, path: "\(path)[\(i + 1)]", field: nil) { values.append(value) }
                if exceededBudget { return nil }
            }
            if items.count < minItems {
                diagnostics.append(.error(
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
                    diagnostics.append(.error(
                        .input(.value(.duplicateKey, format)),
                        Message(ja: "「\(entryKey)」が重複しています", en: "duplicate key '\(entryKey)'"),
                        expected: Message(ja: "各キーは一度だけ", en: "each key once"), at: keySpan,
                        notes: [Diagnostic.Note(Message(ja: "最初の「\(entryKey)」はここです", en: "first '\(entryKey)' is here"), at: first)]))
                    continue
                }
                seen[entryKey] = keySpan
                guard key.matches(entryKey) else {
                    diagnostics.append(.error(
                        .input(.value(.badKey, format)),
                        Message(ja: "「\(entryKey)」は\(key.japanese)の形ではありません", en: "'\(entryKey)' is not \(key.english)"),
                        expected: Message(ja: key.japanese + "（" + key.pattern + "）", en: key.english + " (" + key.pattern + ")"),
                        at: keySpan))
                    continue
                }
                if value.isNull {
                    diagnostics.append(.error(
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
        if let diagnostic { diagnostics.append(diagnostic) }
        return kind.map { Value($0, span: node.span) }
    }

    private mutating func typeError(_ node: Node, expected: FieldType, path: String) {
        let place = path.isEmpty ? Message(ja: "文書全体", en: "the document") : Message(ja: "「\(path)」", en: "'\(path)'")
        diagnostics.append(.error(
            .input(.value(.type, format)),
            Message(ja: "\(place.japanese)は\(expected.describe.japanese)であるべきところ、\(node.kindName.japanese)です",
                    en: "\(place.english) should be \(expected.describe.english), but is \(node.kindName.english)"),
            expected: expected.describe, at: node.span))
    }

    @discardableResult
    private mutating func unknownKey(_ key: String, at span: SourceSpan, schema: ObjectSchema, path: String) -> String? {
        let suggestion = Suggest.closest(to: key, among: schema.keys)
        let place = path.isEmpty ? schema.japanese : "\(schema.japanese)（\(path)）"
        let placeEn = path.isEmpty ? schema.name : "\(schema.name) (\(path))"
        diagnostics.append(.error(
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

/// Reading one scalar as a field type: shared by the schema walker and the fast log reader.
public enum ScalarReader {
    /// Converts the text of a scalar to `type`, or says why it cannot be.
    public static func read(_ raw: String, _ type: FieldType, path: String, format: InputFormat,
                            at location: @autoclosure () -> SourceSpan) -> (Value.Kind?, Diagnostic?) {
        let text = raw.trimmingSpaces()
        if text.isEmpty {
            return (nil, .error(
                .input(.value(.empty, format)), Message(ja: "「\(path)」が空です", en: "'\(path)' is empty"),
                expected: type.describe, at: location()))
        }
        if text.hasPrefix("TODO") {
            let hint = text.dropFirst(4).trimmingCharacters(in: ["(", ")", ":", " ", "（", "）", "："])
            return (nil, .error(
                .input(.placeholder),
                Message(ja: "「\(path)」がまだ記入されていません" + (hint.isEmpty ? "" : "（\(hint)）"),
                        en: "'\(path)' is still a placeholder" + (hint.isEmpty ? "" : " (\(hint))")),
                expected: Message(ja: "記入済みの" + type.describe.japanese, en: "a filled-in value: " + type.describe.english),
                at: location()))
        }
        if let bad = text.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r") || $0.value == 0x7F || (0xFFFE...0xFFFF).contains($0.value) }) {
            return (nil, .error(
                .input(.textControlCharacter),
                Message(ja: "「\(path)」に制御文字 U+\(String(bad.value, radix: 16, uppercase: true)) が含まれています",
                        en: "'\(path)' contains the control character U+\(String(bad.value, radix: 16, uppercase: true))"),
                expected: Message(ja: "印字できる文字", en: "printable characters"), at: location()))
        }
        switch type {
        case .text, .textList:
            return (.text(text), nil)
        case .date:
            do {
                return (.date(try EraDate.parse(text)), nil)
            } catch {
                return (nil, .error(
                    .input(.value(.date, format)), Message(ja: "「\(path)」: \(error.japanese)", en: "'\(path)': \(error.english)"),
                    expected: type.describe, at: location()))
            }
        case .instant:
            do {
                let instant = try Instant(iso: text)
                guard NationalHolidays.supportedYears.contains(instant.japanDate.year) else {
                    return (nil, .error(
                        .input(.value(.time, format)),
                        Message(ja: "「\(path)」の \(text) は対応範囲（1955〜2099年）の外です", en: "'\(path)': \(text) is outside the supported years 1955–2099"),
                        expected: type.describe, at: location()))
                }
                return (.instant(instant), nil)
            } catch {
                return (nil, .error(
                    .input(.value(.time, format)), Message(ja: "「\(path)」: \(error.japanese)", en: "'\(path)': \(error.english)"),
                    expected: type.describe, at: location()))
            }
        case .yearMonth:
            if let (y, m) = Self.yearMonth(text) { return (.yearMonth(year: y, month: m), nil) }
            return (nil, mismatch(format, location(), path: path, expected: type, found: text))
        case .integer(let range):
            guard let value = Int(Digits.ascii(text)), range.contains(value) else {
                return (nil, mismatch(format, location(), path: path, expected: type, found: text))
            }
            return (.integer(value), nil)
        case .decimal:
            guard let value = ExactDecimal(Digits.ascii(text)) else {
                return (nil, mismatch(format, location(), path: path, expected: type, found: text))
            }
            return (.decimal(value), nil)
        case .bool:
            switch text.lowercased() {
            case "true": return (.bool(true), nil)
            case "false": return (.bool(false), nil)
            default:
                return (nil, mismatch(format, location(), path: path, expected: type, found: text))
            }
        case .choice(let choices):
            if choices.contains(where: { $0.value == text }) { return (.choice(text), nil) }
            let suggestion = Suggest.closest(to: text, among: choices.map(\.value))
            return (nil, .error(
                .input(.value(.badChoice, format)),
                Message(ja: "「\(path)」の値「\(text)」は使えません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                        en: "'\(path)' cannot be '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                expected: type.describe, at: location()))
        case .monthDay:
            if let (m, d) = Self.monthDay(text) { return (.monthDay(month: m, day: d), nil) }
            return (nil, mismatch(format, location(), path: path, expected: type, found: text))
        case .timeOfDay:
            if let minutes = Self.timeOfDay(text) { return (.timeOfDay(minutes), nil) }
            return (nil, mismatch(format, location(), path: path, expected: type, found: text))
        case .object, .list, .map:
            return (nil, nil)
        }
    }

    static func mismatch(_ format: InputFormat, _ span: SourceSpan, path: String, expected: FieldType, found: String) -> Diagnostic {
        .error(
            .input(.value(.type, format)),
            Message(ja: "「\(path)」の値「\(found)」は\(expected.describe.japanese)ではありません",
                    en: "'\(path)' is '\(found)', not \(expected.describe.english)"),
            expected: expected.describe, at: span)
    }

    static func monthDay(_ text: String) -> (Int, Int)? {
        let t = Digits.ascii(text)
        let parts: [Substring]
        if t.hasSuffix("日"), t.contains("月") {
            parts = t.dropLast().split(separator: "月")
        } else {
            parts = t.split(separator: "-")
        }
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
              d >= 1, d <= CivilDate.daysInMonth(year: 2024, month: m) else { return nil }
        return (m, d)
    }

    /// `2024-03` (and 2024/3, 令和6年3月).
    public static func yearMonth(_ text: String) -> (Int, Int)? {
        let t = Digits.ascii(text)
        if let date = try? EraDate.parse(t + (t.hasSuffix("月") ? "1日" : "-01")), date.day == 1 {
            return (date.year, date.month)
        }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m),
              NationalHolidays.supportedYears.contains(y) else { return nil }
        return (y, m)
    }

    static func timeOfDay(_ text: String) -> Int? {
        let parts = Digits.ascii(text).split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// "Did you mean": the closest candidate within a small edit distance.
public enum Suggest {
    /// `。「X」の誤りではありませんか` / `; did you mean 'X'?`, or nothing without a suggestion.
    public static func didYouMean(_ suggestion: String?) -> Message {
        guard let suggestion else { return Message(ja: "", en: "") }
        return Message(ja: "。「\(suggestion)」の誤りではありませんか", en: "; did you mean '\(suggestion)'?")
    }

    /// The suffix in one language.
    public static func suffix(_ suggestion: String?, _ language: Language) -> String {
        didYouMean(suggestion).text(language)
    }

    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word.lowercased(), candidate.lowercased())
            if d <= limit, d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
