import DocumentModel
import Foundation
import Yams

/// Reads a YAML file against its schema, with a source span for every value.
public enum YAMLLoader {
    /// Input files larger than this are refused before parsing.
    public static let maximumBytes = 4 * 1024 * 1024
    /// A document may expand to at most this many values once aliases are resolved.
    public static let maximumValues = 250_000

    /// Parses `text` (the content of `file`) against `schema`.
    ///
    /// Returns `nil` when the text is not YAML at all (the diagnostics say why); otherwise the
    /// checked values, with every problem found.
    public static func parse(_ text: String, file: String, schema: ObjectSchema,
                             budget: Int = maximumValues) -> (ObjectValue?, [Diagnostic]) {
        parse(lines(text), file: file, schema: schema, budget: budget)
    }

    /// The text's lines as YAML reads them: a carriage return alone ends a line too (YAML 1.2
    /// §5.4), so it is read as a line feed, and every line and column the parser reports is the
    /// one quoted from the text. (CRLF stays as it is.)
    static func lines(_ text: String) -> SourceLines {
        guard text.utf8.contains(0x0D) else { return SourceLines(text) }
        var bytes = Array(text.utf8)
        var changed = false
        for i in bytes.indices where bytes[i] == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
            bytes[i] = 0x0A
            changed = true
        }
        return SourceLines(changed ? String(decoding: bytes, as: UTF8.self) : text)
    }

    static func parse(_ lines: SourceLines, file: String, schema: ObjectSchema,
                      budget: Int = maximumValues) -> (ObjectValue?, [Diagnostic]) {
        let text = lines.text
        if let problem = aliasKeyProblem(text, file: file) { return (nil, [problem]) }
        // What a Japanese input method types (a full-width colon after a key, full-width spaces
        // as indentation) confuses the YAML parser a line later; name it where it is instead.
        let habits = JapaneseInputHabits.problems(in: text, file: file)
        if !habits.isEmpty { return (nil, habits) }
        if let problem = nestingProblem(text, file: file) { return (nil, [problem]) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return (nil, [diagnostic(for: error, file: file, text: text)])
        } catch {
            return (nil, [.error(.input(.yamlSyntax), Message(ja: "YAML として読めません: \(error)", en: "not YAML: \(error)"), at: .file(file))])
        }
        // Without an asterisk there is no alias to expand (the usual case: no walk needed).
        if let root, text.utf8.contains(UInt8(ascii: "*")), let problem = AliasExpansion.check(root, file: file, limit: budget) {
            return (nil, [problem])
        }
        guard let root else {
            return (nil, [.error(.input(.yamlEmptyDocument),
                                 Message(ja: "ファイルが空です", en: "the file is empty"),
                                 expected: Message(ja: schema.japanese, en: schema.name), at: .file(file))])
        }
        var walker = SchemaWalker<YAMLSourceNode>(budget: budget)
        let value = walker.readRoot(YAMLSourceNode(node: root, file: file, lines: lines), schema)
        return (value, walker.diagnostics)
    }

    /// The schema whose top-level keys a YAML text uses most (a file outside a contract folder
    /// tells its kind only by its content): the keys at the start of a line, before any parse.
    public static func likelySchema(of text: String, among schemas: [ObjectSchema]) -> ObjectSchema {
        var keys: Set<String> = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            guard let first = line.first, first != " ", first != "\t", first != "#", first != "-" else { continue }
            let key = line.prefix { $0 != ":" && $0 != " " }
            if key.count < line.count { keys.insert(String(key)) }
        }
        return schemas.max { a, b in a.keys.filter(keys.contains).count < b.keys.filter(keys.contains).count } ?? schemas[0]
    }

    /// Reads a file and parses it, recording its text for diagnostics.
    public static func load(path: String, displayPath: String, schema: ObjectSchema, confinement: Confinement? = nil,
                            reference: SourceSpan? = nil, sources: inout SourceTexts) -> (ObjectValue?, [Diagnostic]) {
        switch InputFile.read(path: path, displayPath: displayPath, limit: maximumBytes, confinement: confinement, reference: reference) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let text):
            let sourceLines = lines(text)
            sources.add(displayPath, lines: sourceLines)
            return parse(sourceLines, file: displayPath, schema: schema)
        }
    }

    /// Collections nested deeper than this are refused before parsing: the parser and the
    /// schema walker recurse per level, and no input file of teishutsu nests past a dozen.
    public static let maximumNesting = 100

    /// The first place where flow collections (`[`, `{`) or indentation nest deeper than
    /// ``maximumNesting``. A bracket opens a collection only where a value may start (after
    /// `: `, `- `, `[`, `{`, `,` or at the start of a line), as YAML reads it; brackets inside
    /// text and quotes do not count.
    static func nestingProblem(_ text: String, file: String) -> Diagnostic? {
        var depth = 0, line = 1, column = 0
        var quote: UInt8?
        var comment = false
        var indentLevels: [Int] = []
        var atLineStart = true, indent = 0
        // The last significant byte: whether a value may start here.
        var previous: UInt8 = 0x0A
        func tooDeep() -> Diagnostic {
            .error(.input(.yamlSyntax),
                   Message(ja: "YAML の入れ子が深すぎます（\(maximumNesting)段まで）", en: "the YAML is nested too deeply (at most \(maximumNesting) levels)"),
                   expected: Message(ja: "入れ子の浅い YAML", en: "YAML nested less deeply"), at: SourceSpan(file: file, line: line, column: max(1, column)))
        }
        for byte in text.utf8 {
            if byte & 0xC0 != 0x80 { column += 1 }
            if byte == 0x0A {
                line += 1
                column = 0
                comment = false
                atLineStart = true
                indent = 0
                if quote == nil { previous = 0x0A }
                continue
            }
            if atLineStart && quote == nil && depth == 0 {
                if byte == 0x20 || byte == 0x2D { indent += 1; continue }
                atLineStart = false
                if byte != 0x23 {
                    // Block nesting: one level per deeper indentation in use.
                    while let last = indentLevels.last, last >= indent { indentLevels.removeLast() }
                    indentLevels.append(indent)
                    if indentLevels.count > maximumNesting { return tooDeep() }
                }
            }
            atLineStart = false
            if comment { continue }
            if let open = quote {
                if byte == open { quote = nil; previous = byte }
                continue
            }
            let valueMayStart = previous == 0x0A || previous == UInt8(ascii: ":") || previous == UInt8(ascii: "-")
                || previous == UInt8(ascii: "[") || previous == UInt8(ascii: "{") || previous == UInt8(ascii: ",")
            switch byte {
            case 0x20, 0x09:
                continue
            case UInt8(ascii: "#") where previous == 0x0A || previous == 0x20:
                comment = true
            case UInt8(ascii: "'") where valueMayStart, UInt8(ascii: "\"") where valueMayStart:
                quote = byte
            case UInt8(ascii: "[") where valueMayStart, UInt8(ascii: "{") where valueMayStart:
                depth += 1
                if depth > maximumNesting { return tooDeep() }
            case UInt8(ascii: "]") where depth > 0, UInt8(ascii: "}") where depth > 0:
                depth -= 1
            default:
                break
            }
            previous = byte
        }
        return nil
    }

    /// Yams composes aliases by sharing nodes, but compares mapping keys by value: an alias
    /// used as a key could make that comparison explode. Keys are plain names here, so an
    /// alias in key position is refused up front.
    static func aliasKeyProblem(_ text: String, file: String) -> Diagnostic? {
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "-" }
            let isComplexKey = trimmed.hasPrefix("?")
            let afterQuestion = isComplexKey ? trimmed.dropFirst().drop { $0 == " " } : trimmed
            guard afterQuestion.hasPrefix("*") || afterQuestion.hasPrefix("[*") || afterQuestion.hasPrefix("{*") else { continue }
            let token = afterQuestion.prefix { $0 != " " && $0 != "\t" }
            let isKey = isComplexKey || token.hasSuffix(":") || afterQuestion.dropFirst(token.count).drop { $0 == " " }.hasPrefix(":")
            guard isKey else { continue }
            let column = line.distance(from: line.startIndex, to: afterQuestion.startIndex) + 1
            return .error(
                .input(.yamlAliasKey),
                Message(ja: "エイリアス（\(token.trimmingCharacters(in: ":"))）はキーとして使えません",
                        en: "an alias (\(token.trimmingCharacters(in: ":"))) cannot be used as a key"),
                expected: Message(ja: "文字列のキー", en: "a plain key"),
                at: SourceSpan(file: file, line: index + 1, column: column, length: token.count))
        }
        return nil
    }

    static func diagnostic(for error: YamlError, file: String, text: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let contextText = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            let contextJa = context.map { "（\($0.mark.line)行目の\(translate($0.text))）" } ?? ""
            return .error(
                .input(.yamlSyntax),
                Message(ja: "YAML の構文エラー: \(translate(problem))\(contextJa)", en: "YAML syntax error: \(problem)\(contextText)"),
                expected: Message(ja: "正しい YAML（インデントと「キー: 値」）", en: "well-formed YAML (indentation, 'key: value')"),
                at: SourceSpan(file: file, line: mark.line, column: mark.column))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let second = secondOccurrence(of: key, after: first, in: text) ?? (first.line, first.column)
            return .error(
                .input(.value(.duplicateKey, .yaml)),
                Message(ja: "キー「\(key)」が重複しています（最初は\(first.line)行目）", en: "duplicate key '\(key)' (first at line \(first.line))"),
                expected: Message(ja: "各キーは一度だけ", en: "each key once"),
                at: SourceSpan(file: file, line: second.line, column: second.column, length: key.unicodeScalars.count),
                notes: [Diagnostic.Note(Message(ja: "最初の「\(key)」はここです", en: "first '\(key)' is here"),
                                        at: SourceSpan(file: file, line: first.line, column: first.column, length: key.unicodeScalars.count))])
        case .reader(let problem, let offset, _, _):
            var line = 1, column = 1
            if let offset {
                for c in text.prefix(offset) {
                    if c == "\n" { line += 1; column = 1 } else { column += 1 }
                }
            }
            return .error(.input(.yamlSyntax),
                          Message(ja: "YAML として読めない文字があります: \(problem)", en: "unreadable character: \(problem)"),
                          at: SourceSpan(file: file, line: line, column: column))
        default:
            return .error(.input(.yamlSyntax), Message(ja: "YAML として読めません: \(error)", en: "not YAML: \(error)"), at: .file(file))
        }
    }

    /// The second place `key:` is written at the same indentation as the first, after it.
    static func secondOccurrence(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in first.line..<lines.count {
            let line = lines[index]
            let scalars = Array(line.unicodeScalars)
            let start = first.column - 1
            guard start < scalars.count else { continue }
            let rest = String(String.UnicodeScalarView(scalars[start...]))
            let indentOK = scalars[..<start].allSatisfy { $0 == " " || $0 == "-" }
            if indentOK, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return (index + 1, first.column)
            }
        }
        return nil
    }

    /// libyaml's most common problems, in Japanese.
    static func translate(_ problem: String) -> String {
        let known: [String: String] = [
            "mapping values are not allowed in this context": "この位置では「キー: 値」を書けません（インデントか「:」の誤り）",
            "did not find expected key": "キーがあるべき位置にありません（インデントの誤り）",
            "did not find expected '-' indicator": "リストの「-」があるべき位置にありません（インデントの誤り）",
            "found character that cannot start any token": "ここから始められない文字があります（タブ文字など）",
            "found unexpected end of stream": "ファイルが途中で終わっています（引用符や括弧の閉じ忘れ）",
            "could not find expected ':'": "「:」が見つかりません",
            "found undefined alias": "定義されていないエイリアスです",
            "while parsing a block mapping": "マッピングの解析中",
            "while parsing a block collection": "リストの解析中",
            "while scanning a simple key": "キーの解析中",
            "while scanning a quoted scalar": "引用符付き文字列の解析中",
            "while parsing a flow mapping": "{ } の解析中",
            "while parsing a flow sequence": "[ ] の解析中",
        ]
        return known[problem] ?? problem
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(self.filter { $0 != set })
    }
}

/// A Yams node seen by the schema walker.
struct YAMLSourceNode: SchemaSourceNode {
    let node: Node
    let file: String
    let lines: SourceLines

    var span: SourceSpan {
        guard let mark = node.mark else { return .file(file) }
        return SourceSpan(file: file, line: mark.line, column: mark.column, length: tokenLength)
    }

    /// How many scalars of its line a one-line scalar covers, quotes included.
    private var tokenLength: Int {
        guard case .scalar(let scalar) = node, let mark = node.mark else { return 1 }
        let text = scalar.string
        // A byte scan: String.contains(String) would go through Foundation's search.
        guard !text.utf8.contains(0x0A) else { return 1 }
        switch scalar.style {
        case .plain: return text.unicodeScalars.count
        case .singleQuoted, .doubleQuoted:
            guard let sourceLine = lines.line(mark.line) else { return 1 }
            let line = Array(sourceLine.unicodeScalars)
            let start = mark.column - 1
            guard start < line.count else { return 1 }
            let quote = line[start]
            var i = start + 1
            while i < line.count {
                if line[i] == quote {
                    if scalar.style == .singleQuoted, i + 1 < line.count, line[i + 1] == "'" { i += 2; continue }
                    return i - start + 1
                }
                if line[i] == "\\" && scalar.style == .doubleQuoted { i += 1 }
                i += 1
            }
            return line.count - start
        default: return 1
        }
    }

    var isNull: Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    var scalar: String? {
        guard case .scalar(let scalar) = node else { return nil }
        return scalar.string
    }

    func sequence(item: String) -> [YAMLSourceNode]? {
        guard case .sequence(let sequence) = node else { return nil }
        return sequence.map { YAMLSourceNode(node: $0, file: file, lines: lines) }
    }

    func mapping() -> [(key: String, keySpan: SourceSpan, value: YAMLSourceNode)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { pair in
            let key = YAMLSourceNode(node: pair.key, file: file, lines: lines)
            return (key.scalar ?? "?", key.span, YAMLSourceNode(node: pair.value, file: file, lines: lines))
        }
    }

    func keyedEntries(_ key: MapKey) -> [(key: String, keySpan: SourceSpan, value: YAMLSourceNode)]? {
        mapping()
    }

    var kindName: Message {
        switch node {
        case .mapping: Message(ja: "マッピング（キー: 値）", en: "a mapping")
        case .sequence: Message(ja: "リスト", en: "a list")
        case .scalar(let s): Message(ja: "文字列「\(s.string.prefix(40))」", en: "the text '\(s.string.prefix(40))'")
        case .alias: Message(ja: "エイリアス", en: "an alias")
        }
    }
}
