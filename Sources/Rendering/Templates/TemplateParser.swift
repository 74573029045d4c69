import DocumentModel

/// A Mustache template as parsed, before its names are bound to a view.
indirect enum TemplateNode: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}`, `{{& name}}`.
    case variable(name: String, escaped: Bool, at: TagPlace)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(name: String, inverted: Bool, children: [TemplateNode], at: TagPlace)
    /// `{{> name}}`; a standalone partial indents every line it renders.
    case partial(name: String, indentation: String?, at: TagPlace)
}

/// Where a tag is: its line, its column (Unicode scalars, from 1) and its length.
struct TagPlace: Sendable {
    let line: Int
    let column: Int
    let length: Int
}

/// A syntax error with its place.
struct TemplateSyntaxError: Error, Sendable {
    let message: Message
    let place: TagPlace
}

/// Parses Mustache text in one pass over its bytes (linear in the template's size).
///
/// Whitespace follows the Mustache specification as swift-mustache implements it, which the
/// shipped templates were written against: a section, comment, partial or set-delimiter tag
/// alone on its line takes the line with it; the whitespace before a standalone partial
/// indents the partial's lines.
struct TemplateParser {
    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// Tags seen, to bound pathological templates.
    private(set) var tagCount = 0
    static let maximumTags = 100_000
    /// Sections within sections, at most (parsing, binding and rendering recurse per level).
    static let maximumNesting = 64
    private var nesting = 0

    /// Where each line starts, for placing tags without rescanning the text.
    private let lineStarts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The nodes of the whole template.
    static func parse(_ text: String) -> Result<[TemplateNode], TemplateSyntaxError> {
        var parser = TemplateParser(text)
        do {
            return .success(try parser.parse(section: nil, newLine: true))
        } catch let error as TemplateSyntaxError {
            return .failure(error)
        } catch {
            return .failure(TemplateSyntaxError(message: Message(ja: "\(error)", en: "\(error)"), place: TagPlace(line: 1, column: 1, length: 1)))
        }
    }

    // MARK: - Reading

    private var atEnd: Bool { position >= bytes.count }

    private func isNewline(at index: Int) -> Bool {
        index < bytes.count && (bytes[index] == 0x0A || bytes[index] == 0x0D)
    }

    /// The length of the line break at `index` (CRLF is one).
    private func newlineLength(at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { return 2 }
        return isNewline(at: index) ? 1 : 0
    }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[index + k] != pattern[k] { return false }
        return true
    }

    private mutating func readBlanks() -> String {
        let start = position
        while position < bytes.count && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
        return string(start, position)
    }

    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: bytes[from..<to], as: UTF8.self)
    }

    /// Text up to a line break (not consumed) or up to and past the next opening delimiter.
    private mutating func readUntilTagOrNewline() -> (text: String, foundTag: Bool) {
        let start = position
        while position < bytes.count {
            if isNewline(at: position) { return (string(start, position), false) }
            if matches(open, at: position) {
                let text = string(start, position)
                position += open.count
                return (text, true)
            }
            position += 1
        }
        return (string(start, position), false)
    }

    /// Whether only blanks and a line break (consumed) follow; the end of the text counts too.
    private mutating func lineFinished() -> Bool {
        if atEnd { return true }
        var probe = position
        while probe < bytes.count && (bytes[probe] == 0x20 || bytes[probe] == 0x09) { probe += 1 }
        let length = newlineLength(at: probe)
        guard length > 0 else { return false }
        position = probe + length
        return true
    }

    // MARK: - Places and errors

    /// The last place found: tags come in order, so the next one's column is counted on from
    /// it (a template written on one long line would otherwise cost its length per tag).
    private var lastPlace = (line: 0, offset: 0, column: 1)

    private mutating func place(at offset: Int, length: Int) -> TagPlace {
        let offset = min(offset, bytes.count)
        // The last line start at or before the offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var from = lineStarts[low], column = 1
        if lastPlace.line == low, lastPlace.offset <= offset { (from, column) = (lastPlace.offset, lastPlace.column) }
        for i in from..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        lastPlace = (low, offset, column)
        return TagPlace(line: low + 1, column: column, length: max(1, length))
    }

    private mutating func error(_ ja: String, _ en: String, at offset: Int, length: Int = 2) -> TemplateSyntaxError {
        TemplateSyntaxError(message: Message(ja: ja, en: en), place: place(at: offset, length: length))
    }

    // MARK: - Tags

    private static let nameBytes: Set<UInt8> = Set(Array("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?".utf8))

    /// `name` up to the closing delimiter, blanks around it allowed.
    private mutating func readName(tagStart: Int, partial: Bool = false) throws -> String {
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        let start = position
        while position < bytes.count && (Self.nameBytes.contains(bytes[position]) || (partial && bytes[position] == 0x2F)) { position += 1 }
        let name = string(start, position)
        while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
        if position < bytes.count && (bytes[position] == 0x28 || bytes[position] == 0x2A) {
            throw error("テンプレートの関数（name(…)）や動的な部分テンプレート（*name）は使えません",
                        "functions (name(…)) and dynamic partials (*name) are not supported in templates", at: tagStart, length: position - tagStart + 1)
        }
        guard !name.isEmpty, matches(close, at: position) else {
            throw error("タグの名前が閉じていません（英数字・「.」「-」「_」の名前と }} が必要です）",
                        "an unfinished tag name (a name of letters, digits, '.', '-' or '_', then }})", at: tagStart, length: max(2, position - tagStart))
        }
        position += close.count
        return name
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// Parses until the end of the text, or until `{{/section}}`.
    private mutating func parse(section: (name: String, start: Int)?, newLine initialNewLine: Bool) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        var newLine = initialNewLine
        var blanksBefore = ""
        // One text node per line, as the whitespace rules of partials need (an indented partial
        // indents each node that starts a line).
        func append(_ text: String) { nodes.append(.text(text)) }
        while !atEnd {
            if newLine { blanksBefore = readBlanks() }
            let (text, foundTag) = readUntilTagOrNewline()
            if !foundTag && isNewline(at: position) {
                let length = newlineLength(at: position)
                append(blanksBefore + text + string(position, position + length))
                position += length
                newLine = true
                continue
            }
            if !text.isEmpty {
                append(blanksBefore + text)
                blanksBefore = ""
                newLine = false
            }
            guard foundTag else { break }
            let tagStart = position - open.count
            tagCount += 1
            if tagCount > Self.maximumTags {
                throw error("テンプレートのタグが多すぎます（上限 \(Self.maximumTags) 個）", "the template has too many tags (the limit is \(Self.maximumTags))", at: tagStart)
            }
            var standalone = false
            let sigil = atEnd ? 0 : bytes[position]
            func tagPlace() -> TagPlace { place(at: tagStart, length: position - tagStart) }
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let name = try readName(tagStart: tagStart)
                let at = tagPlace()
                if newLine && lineFinished() {
                    standalone = true
                } else if !blanksBefore.isEmpty {
                    append(blanksBefore)
                    blanksBefore = ""
                }
                guard nesting < Self.maximumNesting else {
                    throw error("セクションの入れ子が深すぎます（\(Self.maximumNesting)段まで）", "sections are nested too deeply (at most \(Self.maximumNesting) levels)",
                                at: tagStart, length: position - tagStart)
                }
                nesting += 1
                let children = try parse(section: (name, tagStart), newLine: standalone)
                nesting -= 1
                nodes.append(.section(name: name, inverted: sigil == UInt8(ascii: "^"), children: children, at: at))
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName(tagStart: tagStart)
                guard let section, section.name == name else {
                    throw error(section.map { "閉じタグ {{/\(name)}} が {{#\($0.name)}} と対応していません" } ?? "対応する {{#\(name)}} のない閉じタグです",
                                section.map { "the closing tag {{/\(name)}} does not match {{#\($0.name)}}" } ?? "a closing tag {{/\(name)}} without its section",
                                at: tagStart, length: position - tagStart)
                }
                if !(newLine && lineFinished()) && !blanksBefore.isEmpty { append(blanksBefore) }
                return nodes
            case UInt8(ascii: "!"):
                position += 1
                while position < bytes.count && !matches(close, at: position) { position += 1 }
                guard !atEnd else { throw error("コメント {{! … }} が閉じていません", "a comment {{! … }} is not closed", at: tagStart) }
                position += close.count
                standalone = newLine && lineFinished()
            case UInt8(ascii: "{"), UInt8(ascii: "&"):
                if !blanksBefore.isEmpty { append(blanksBefore); blanksBefore = "" }
                position += 1
                let name = try readName(tagStart: tagStart)
                if sigil == UInt8(ascii: "{") {
                    guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                        throw error("{{{ の後に }}} が必要です", "{{{ needs }}}", at: tagStart, length: position - tagStart)
                    }
                    position += 1
                }
                nodes.append(.variable(name: name, escaped: false, at: tagPlace()))
            case UInt8(ascii: ">"):
                position += 1
                let name = try readName(tagStart: tagStart, partial: true)
                let at = tagPlace()
                if !blanksBefore.isEmpty { append(blanksBefore) }
                standalone = newLine && lineFinished()
                nodes.append(.partial(name: name, indentation: standalone ? blanksBefore : nil, at: at))
                blanksBefore = ""
            case UInt8(ascii: "="):
                position += 1
                try setDelimiters(tagStart: tagStart)
                standalone = newLine && lineFinished()
            case UInt8(ascii: "$"), UInt8(ascii: "<"), UInt8(ascii: "%"):
                throw error("テンプレートの継承（{{$…}}、{{<…}}）とプラグマ（{{%…}}）は使えません",
                            "template inheritance ({{$…}}, {{<…}}) and pragmas ({{%…}}) are not supported", at: tagStart, length: 3)
            default:
                if !blanksBefore.isEmpty { append(blanksBefore); blanksBefore = "" }
                let name = try readName(tagStart: tagStart)
                nodes.append(.variable(name: name, escaped: true, at: tagPlace()))
            }
            newLine = standalone
        }
        if let section {
            throw error("セクション {{#\(section.name)}} が閉じていません（{{/\(section.name)}} がありません）",
                        "the section {{#\(section.name)}} is not closed ({{/\(section.name)}} is missing)", at: section.start, length: section.name.utf8.count + 5)
        }
        return nodes
    }

    /// `{{=<% %>=}}`: two delimiters separated by blanks, then `=` and the old closing one.
    private mutating func setDelimiters(tagStart: Int) throws {
        func fail() -> TemplateSyntaxError {
            error("区切りの変更（{{=<% %>=}}）の書き方が違います", "a malformed set-delimiter tag ({{=<% %>=}})", at: tagStart, length: 3)
        }
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        let openStart = position
        while position < bytes.count && !Self.isSpace(bytes[position]) { position += 1 }
        let newOpen = Array(bytes[openStart..<position])
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        let closeStart = position
        while position < bytes.count && !Self.isSpace(bytes[position]) && bytes[position] != UInt8(ascii: "=") { position += 1 }
        let newClose = Array(bytes[closeStart..<position])
        while position < bytes.count && bytes[position] == 0x20 { position += 1 }
        guard !newOpen.isEmpty, !newClose.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "="),
              matches(close, at: position + 1), !newOpen.contains(UInt8(ascii: "=")) else { throw fail() }
        position += 1 + close.count
        open = newOpen
        close = newClose
    }
}
