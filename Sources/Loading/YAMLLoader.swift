import DocumentModel
import Foundation

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
    /// §5.4), and so do NEL, LS and PS (U+0085, U+2028, U+2029) for libyaml (YAML 1.1), so they
    /// are read as a line feed, and every line and column the parser reports is the one quoted
    /// from the text. (CRLF stays as it is.)
    static func lines(_ text: String) -> SourceLines {
        var text = text
        // One pass; the bytes are copied only from the first break to rewrite on.
        let rewritten: [UInt8]? = text.withUTF8 { bytes in
            var out: [UInt8]?
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                let width: Int
                if b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A) {
                    width = 1
                } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0x85 {
                    width = 2
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                    width = 3
                } else {
                    out?.append(b)
                    i += 1
                    continue
                }
                if out == nil {
                    out = Array(bytes[..<i])
                    out?.reserveCapacity(bytes.count)
                }
                out?.append(0x0A)
                i += width
            }
            return out
        }
        return SourceLines(rewritten.map { String(decoding: $0, as: UTF8.self) } ?? text)
    }

    static func parse(_ lines: SourceLines, file: String, schema: ObjectSchema,
                      budget: Int = maximumValues) -> (ObjectValue?, [Diagnostic]) {
        let text = lines.text
        // What a Japanese input method types (a full-width colon after a key, full-width spaces
        // as indentation) confuses the YAML parser a line later; name it where it is instead.
        let habits = JapaneseInputHabits.problems(in: text, file: file, schema: schema)
        if !habits.isEmpty { return (nil, habits) }
        let tree: YAMLTree
        let duplicateKeys: [Diagnostic]
        switch YAMLTree.read(lines, file: file) {
        case .failed(let diagnostics):
            return (nil, diagnostics)
        case .empty:
            return (nil, [.error(.input(.yamlEmptyDocument),
                                 Message(ja: "ファイルが空です", en: "the file is empty"),
                                 expected: Message(ja: schema.japanese, en: schema.english), at: .file(file))])
        case .tree(let read, let duplicates):
            tree = read
            duplicateKeys = duplicates
        }
        // Without an asterisk there is no alias to expand (the usual case: no walk needed).
        if SourceLines.contains(UInt8(ascii: "*"), in: text), let problem = AliasExpansion.check(tree, file: file, limit: budget) {
            return (nil, duplicateKeys + [problem])
        }
        var walker = SchemaWalker<YAMLSourceNode>(budget: budget)
        let value = walker.readRoot(YAMLSourceNode(tree: tree, index: tree.root), schema)
        return (value, duplicateKeys + walker.diagnostics)
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

    /// Collections nested deeper than this are refused as they are parsed: the schema walker and
    /// the alias check recurse per level, and no input file of teishutsu nests past a dozen.
    public static let maximumNesting = 100

    /// A collection nested deeper than ``maximumNesting``, where it begins (YAMLTree counts the
    /// collections open as the parser reports them: flow, block, and `- - -` on one line alike).
    static func nestedTooDeeply(file: String, line: Int, column: Int) -> Diagnostic {
        .error(.input(.yamlSyntax),
               Message(ja: "YAML の入れ子が深すぎます（\(maximumNesting)段まで）", en: "the YAML is nested too deeply (at most \(maximumNesting) levels)"),
               expected: Message(ja: "入れ子の浅い YAML", en: "YAML nested less deeply"), at: SourceSpan(file: file, line: line, column: max(1, column)))
    }

    /// A problem libyaml reports (`context`: what it was reading, and from which line).
    static func syntaxError(_ problem: String, context: (text: String, line: Int)?, at span: SourceSpan) -> Diagnostic {
        let contextText = context.map { " (\($0.text) at line \($0.line))" } ?? ""
        let contextJa = context.map { "（\($0.line)行目の\(translate($0.text))）" } ?? ""
        return .error(
            .input(.yamlSyntax),
            Message(ja: "YAML の構文エラー: \(translate(problem))\(contextJa)", en: "YAML syntax error: \(problem)\(contextText)"),
            expected: Message(ja: "正しい YAML（インデントと「キー: 値」）", en: "well-formed YAML (indentation, 'key: value')"),
            at: span)
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
            // The rest of libyaml's words (scanner.c, parser.c, reader.c), so that a Japanese
            // message is never half English.
            "found a tab character that violates indentation": "インデントにタブ文字があります（インデントは半角スペースで）",
            "found a tab character where an indentation space is expected": "インデントにタブ文字があります（インデントは半角スペースで）",
            "did not find expected ',' or ']'": "「,」か「]」があるべき位置にありません（[ ] の閉じ忘れ）",
            "did not find expected ',' or '}'": "「,」か「}」があるべき位置にありません（{ } の閉じ忘れ）",
            "did not find expected node content": "値があるべき位置にありません",
            "did not find expected <document start>": "文書の始まりがあるべき位置にありません",
            "block sequence entries are not allowed in this context": "この位置ではリストの「-」を書けません（インデントの誤り）",
            "mapping keys are not allowed in this context": "この位置ではキーを書けません（インデントの誤り）",
            "found unknown escape character": "「\\」の後に使えない文字があります（\\ を文字として書くときは引用符を ' にする）",
            "found unexpected document indicator": "引用符の中に文書の区切り（--- か ...）があります",
            "did not find expected comment or line break": "コメントか改行があるべき位置にありません",
            "did not find expected whitespace or line break": "空白か改行があるべき位置にありません",
            "did not find expected alphabetic or numeric character": "英数字があるべき位置にありません（& や * の後）",
            "did not find expected hexdecimal number": "16進数があるべき位置にありません（\\x、\\u のエスケープ）",
            "found invalid Unicode character escape code": "Unicode のエスケープ（\\u…）が文字を表していません",
            "did not find URI escaped octet": "% の後に16進数がありません",
            "found an incorrect leading UTF-8 octet": "UTF-8 として読めないバイトがあります",
            "found an incorrect trailing UTF-8 octet": "UTF-8 として読めないバイトがあります",
            "found unexpected ':'": "予期しない「:」があります（値に「:」を含むときは引用符で囲む）",
            "found undefined tag handle": "定義されていないタグです",
            "found duplicate %YAML directive": "%YAML 指示が二つあります",
            "found duplicate %TAG directive": "%TAG 指示が二つあります",
            "found incompatible YAML document": "対応していない YAML の版です",
            "found extra characters": "余分な文字があります",
            "found an indentation indicator equal to 0": "インデント指示子に 0 は使えません",
            "control characters are not allowed": "制御文字は使えません",
            "invalid leading UTF-8 octet": "UTF-8 として読めないバイトがあります",
            "invalid trailing UTF-8 octet": "UTF-8 として読めないバイトがあります",
            "incomplete UTF-8 octet sequence": "UTF-8 の文字が途中で切れています",
            "invalid length of a UTF-8 sequence": "UTF-8 として読めないバイトがあります",
            "invalid Unicode character": "使えない Unicode 文字があります",
            "while parsing a block node": "値の解析中",
            "while parsing a flow node": "値の解析中",
            "while parsing a node": "値の解析中",
            "while parsing a flow mapping entry": "{ } の解析中",
            "while scanning a plain scalar": "値の解析中",
            "while scanning a block scalar": "複数行の文字列（| や >）の解析中",
            "while scanning an anchor": "アンカー（&）の解析中",
            "while scanning an alias": "エイリアス（*）の解析中",
            "while scanning a tag": "タグ（!）の解析中",
            "while scanning a directive": "指示（%）の解析中",
            "while scanning a %YAML directive": "%YAML 指示の解析中",
            "while scanning a %TAG directive": "%TAG 指示の解析中",
            "while parsing a tag": "タグ（!）の解析中",
            "could not find expected directive name": "指示（%）の名前がありません",
            "did not find expected '!'": "「!」があるべき位置にありません",
            "did not find expected <stream-start>": "文書の始まりがあるべき位置にありません",
            "did not find expected digit or '.' character": "数字か「.」があるべき位置にありません",
            "did not find expected tag URI": "タグの URI があるべき位置にありません",
            "did not find expected version number": "版の番号があるべき位置にありません",
            "did not find expected whitespace": "空白があるべき位置にありません",
            "did not find the expected '>'": "「>」があるべき位置にありません（!<…> の閉じ忘れ）",
            "found extremely long version number": "版の番号が長すぎます",
            "found unexpected non-alphabetical character": "英字でない文字があります",
            "found unknown directive name": "知らない指示（%）です",
            "incomplete UTF-16 character": "UTF-16 の文字が途中で切れています",
            "incomplete UTF-16 surrogate pair": "UTF-16 の文字が途中で切れています",
            "while parsing a %TAG directive": "%TAG 指示の解析中",
            "while parsing a quoted scalar": "引用符付き文字列の解析中",
            "while parsing a tag directive": "%TAG 指示の解析中",
            "while parsing": "解析中",
            "while scanning a tag directive": "%TAG 指示の解析中",
            "while scanning for the next token": "次の要素の読み取り中",
        ]
        return known[problem] ?? problem
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(self.filter { $0 != set })
    }
}
