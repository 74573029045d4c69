import CYaml
import DocumentModel
import Foundation

/// A YAML document as libyaml's events give it, without a tree of objects: the nodes in one
/// array, a mapping's keys and values and a list's items in a second, the scalars' text in a
/// third. An alias is the index of the node its anchor names, so it costs nothing to repeat
/// (``AliasExpansion`` bounds what repeating costs the walk).
final class YAMLTree {
    enum Kind: UInt8 { case scalar, mapping, sequence }
    /// libyaml's scalar styles; containers are `.plain`.
    enum Style: UInt8 { case plain, singleQuoted, doubleQuoted, literal, folded }

    struct Node {
        var kind: Kind
        var style: Style
        /// Where the node starts, 1-based, columns in Unicode scalars (as libyaml counts).
        var line: Int32
        var column: Int32
        /// How many scalars of its line a one-line scalar covers, quotes included; 1 otherwise.
        var length: Int32
        /// A scalar's index in `strings`; a container's first index in `children`.
        var first: Int32
        /// A container's items (a mapping: its pairs); 0 for a scalar.
        var count: Int32
    }

    let nodes: [Node]
    /// A mapping's children are key, value, key, value …; a list's are its items.
    let children: [Int32]
    let strings: [String]
    let root: Int32
    let file: String
    let lines: SourceLines
    /// The values read for keys written more than once (see ``SchemaSourceNode/isUnderDuplicateKey``).
    let underDuplicateKeys: Set<Int32>

    init(nodes: [Node], children: [Int32], strings: [String], root: Int32, file: String, lines: SourceLines,
         underDuplicateKeys: Set<Int32> = []) {
        self.nodes = nodes
        self.children = children
        self.strings = strings
        self.underDuplicateKeys = underDuplicateKeys
        self.root = root
        self.file = file
        self.lines = lines
    }

    /// Reads `lines` (the whole text of `file`) with libyaml. Returns `.empty` for a text with no
    /// document, `.failed` with the diagnostics of a text that is not one YAML document, and the
    /// tree with the keys written twice (each mapping keeps the first; the rest of the file is
    /// still checked, so that one run reports every problem).
    static func read(_ lines: SourceLines, file: String) -> Result {
        var text = lines.text
        return text.withUTF8 { bytes in
            var reader = Reader(file: file, lines: lines)
            return reader.read(bytes)
        }
    }

    enum Result {
        case tree(YAMLTree, duplicateKeys: [Diagnostic])
        case empty
        case failed([Diagnostic])
    }

    private struct Reader {
        let file: String
        let lines: SourceLines
        var nodes: [Node] = []
        var children: [Int32] = []
        var strings: [String] = []
        /// The children of the containers still open, each container's from its `starts` entry on.
        var pending: [Int32] = []
        var open: [(node: Int32, start: Int)] = []
        var anchors: [String: Int32] = [:]
        /// The anchors of containers still open.
        var anchorNames: [Int32: String] = [:]
        /// The keys written twice, and tags (a bounded list: past its limit they are counted).
        var duplicateList = ProblemList()
        var duplicates: [Diagnostic] { duplicateList.diagnostics }
        /// Whether a tag or an alias used as a key was refused: the file is then not read further
        /// (a tagged value must not be read as if it had none, nor an alias's value as a key).
        var refused = false
        var underDuplicateKeys: Set<Int32> = []

        init(file: String, lines: SourceLines) {
            self.file = file
            self.lines = lines
        }

        /// Where the last event libyaml gave ends: its scanner may have read far beyond.
        var lastEnd = yaml_mark_t()

        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return .failed([syntax("out of memory", line: 1, column: 1)]) }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            var documents = 0
            var root: Int32?
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return .failed(duplicates + [problem(of: parser, bytes: bytes)]) }
                defer { yaml_event_delete(&event) }
                lastEnd = event.end_mark
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    guard let root else { return .empty }
                    if refused { return .failed(duplicates) }
                    return .tree(YAMLTree(nodes: nodes, children: children, strings: strings, root: root, file: file, lines: lines,
                                          underDuplicateKeys: underDuplicateKeys),
                                 duplicateKeys: duplicates)
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        let at = mark(event.start_mark)
                        return .failed(duplicates + [syntax("but found another document", line: at.line, column: at.column,
                                               context: ("expected a single document in the stream", 1))])
                    }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    // A U+FEFF (a byte-order mark pasted in) starting a value is not part of it.
                    let bom = scalar.length >= 3 && scalar.value[0] == 0xEF && scalar.value[1] == 0xBB && scalar.value[2] == 0xBF ? 3 : 0
                    let value = String(decoding: UnsafeBufferPointer(start: scalar.value + bom, count: scalar.length - bom), as: UTF8.self)
                    let multiline = scalar.length > 0 && memchr(scalar.value, 0x0A, scalar.length) != nil
                    let style = Style(libyaml: scalar.style)
                    let start = mark(event.start_mark)
                    let node = Int32(nodes.count)
                    nodes.append(Node(kind: .scalar, style: style, line: start.line, column: start.column,
                                      length: multiline ? 1 : length(of: value, style: style, start: start, end: mark(event.end_mark)),
                                      first: Int32(strings.count), count: 0))
                    strings.append(value)
                    if let tag = scalar.tag { refuseTag(tag, at: start, written: Self.writtenTag(at: event.start_mark, in: bytes)) }
                    if let anchor = scalar.anchor { anchors[String(cString: anchor)] = node }
                    attach(node, &root)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    let start = mark(event.start_mark)
                    // Refused where the collection one level too deep begins, before anything
                    // recurses over the tree.
                    guard open.count < YAMLLoader.maximumNesting else {
                        return .failed(duplicates + [YAMLLoader.nestedTooDeeply(file: file, line: Int(start.line), column: Int(start.column))])
                    }
                    let node = Int32(nodes.count)
                    nodes.append(Node(kind: event.type == YAML_SEQUENCE_START_EVENT ? .sequence : .mapping, style: .plain,
                                      line: start.line, column: start.column, length: 1, first: 0, count: 0))
                    attach(node, &root)
                    open.append((node, pending.count))
                    let anchor = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    if let anchor { anchorNames[node] = String(cString: anchor) }
                    let tag = event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.tag : event.data.mapping_start.tag
                    if let tag { refuseTag(tag, at: start, written: Self.writtenTag(at: event.start_mark, in: bytes)) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    let (node, start) = open.removeLast()
                    var items = pending[start...]
                    if nodes[Int(node)].kind == .mapping {
                        if checkDuplicateKeys(items) {
                            // The last one stands, as in most YAML readers (a block pasted below the
                            // old one is the one meant); the earlier pairs of the key are left out.
                            var kept: [String: Int32] = [:], pairs: [Int32] = []
                            for at in stride(from: items.endIndex - 2, through: items.startIndex, by: -2) {
                                let key = nodes[Int(items[at])]
                                if key.kind == .scalar {
                                    let text = strings[Int(key.first)]
                                    if let value = kept[text] {
                                        underDuplicateKeys.insert(value)
                                        continue
                                    }
                                    kept[text] = items[at + 1]
                                }
                                pairs += [items[at + 1], items[at]]
                            }
                            items = ArraySlice(pairs.reversed())
                        }
                    }
                    nodes[Int(node)].first = Int32(children.count)
                    nodes[Int(node)].count = Int32(nodes[Int(node)].kind == .mapping ? items.count / 2 : items.count)
                    children.append(contentsOf: items)
                    pending.removeSubrange(start...)
                    // An anchor names its container once it is complete: an alias inside it is undefined.
                    if let name = anchorNames.removeValue(forKey: node) { anchors[name] = node }
                case YAML_ALIAS_EVENT:
                    let name = String(cString: event.data.alias.anchor)
                    guard let node = anchors[name] else {
                        let at = mark(event.start_mark)
                        return .failed(duplicates + [syntax("found undefined alias", line: at.line, column: at.column)])
                    }
                    // Keys are plain names: an alias in a key's place (standing for a value
                    // written elsewhere, perhaps a whole mapping) is refused where it is written.
                    // Only the parser knows a key's place: `*注: 初版` in a block of text is text.
                    if let (container, start) = open.last, nodes[Int(container)].kind == .mapping, (pending.count - start) % 2 == 0 {
                        let at = mark(event.start_mark)
                        refuseAliasKey(name, at: at)
                        // In its place, a key that matches no other (the file is not read
                        // further): the value it names is no key written twice.
                        nodes.append(Node(kind: .sequence, style: .plain, line: at.line, column: at.column, length: 1, first: 0, count: 0))
                        attach(Int32(nodes.count - 1), &root)
                        continue
                    }
                    attach(node, &root)
                default:
                    break
                }
            }
        }

        /// A tag (`!!binary`, `!!str`, `!custom`) would change how a value is read, and teishutsu
        /// reads every value by its field's type: refused where it is written, not dropped (a
        /// base64 text must not reach a document as it stands).
        /// Named as written (`!<tag:yaml.org,2002:int>` is not told to remove `!!int`); as libyaml
        /// resolved it where the writing cannot be found.
        mutating func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>, at start: (line: Int32, column: Int32), written: String?) {
            var name = written ?? String(cString: tag)
            if written == nil, name.hasPrefix("tag:yaml.org,2002:") { name = "!!" + name.dropFirst("tag:yaml.org,2002:".count) }
            if name.unicodeScalars.count > 40 { name = String(name.unicodeScalars.prefix(39)) + "…" }
            refused = true
            duplicateList.record(.error(
                .input(.yamlSyntax),
                Message(ja: "YAML のタグ（\(name)）は使えません。値は項目の型のとおりに読みます", en: "YAML tags (\(name)) are not supported: every value is read as its field's type"),
                expected: Message(ja: "タグのない値（\(name) を消す）", en: "the value without its tag (remove \(name))"),
                at: SourceSpan(file: file, line: Int(start.line), column: Int(start.column))))
        }

        mutating func refuseAliasKey(_ name: String, at start: (line: Int32, column: Int32)) {
            let alias = "*" + MessageWording.excerpt(name, limit: 40)
            refused = true
            duplicateList.record(.error(
                .input(.yamlAliasKey),
                Message(ja: "エイリアス（\(alias)）はキーとして使えません", en: "an alias (\(alias)) cannot be used as a key"),
                expected: Message(ja: "文字列のキー", en: "a plain key"),
                at: SourceSpan(file: file, line: Int(start.line), column: Int(start.column), length: name.unicodeScalars.count + 1)))
        }

        /// The tag as written where a node begins, after its anchor if one comes first
        /// (`&a !!int 5`): `!!int`, `!local`, `!<tag:yaml.org,2002:int>`; nil when no tag is there.
        static func writtenTag(at mark: yaml_mark_t, in bytes: UnsafeBufferPointer<UInt8>) -> String? {
            func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
            guard var index = offset(of: mark, in: bytes) else { return nil }
            if bytes[index] == UInt8(ascii: "&") {
                while index < bytes.count, !isBlank(bytes[index]) { index += 1 }
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "!") else { return nil }
            var end = index + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "<") {
                while end < bytes.count, bytes[end] != UInt8(ascii: ">"), bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
                guard end < bytes.count, bytes[end] == UInt8(ascii: ">") else { return nil }
                end += 1
            } else {
                // A flow collection's marks end a tag too (`[!x, 1]`).
                while end < bytes.count, !isBlank(bytes[end]), !",[]{}".utf8.contains(bytes[end]) { end += 1 }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        }

        /// The byte where a mark of libyaml is, which counts lines and characters, not bytes (a
        /// byte-order mark not counted); nil past the end.
        static func offset(of mark: yaml_mark_t, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0, line = 0
            while line < mark.line, index < bytes.count {
                if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) { line += 1 }
                index += 1
            }
            for _ in 0..<mark.column where index < bytes.count {
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            }
            return index < bytes.count ? index : nil
        }

        /// Where a flow collection begins one level deeper than the limit, read from `mark` at
        /// `depth` levels: libyaml's scanner runs ahead of its events through a long run of `[`,
        /// and its own limit then stops it at a place of its own. Brackets in quotes and comments
        /// are not counted. Nil when no such place is found.
        static func beyondNesting(from mark: yaml_mark_t, depth: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int)? {
            guard var index = offset(of: mark, in: bytes) else { return nil }
            var depth = depth, line = Int(mark.line) + 1, column = Int(mark.column)
            var quote: UInt8?, comment = false, previous: UInt8 = 0x20
            while index < bytes.count {
                let byte = bytes[index]
                defer { index += 1 }
                if byte & 0xC0 != 0x80 { column += 1 }
                if byte == 0x0A {
                    line += 1
                    column = 0
                    comment = false
                    // A line break ends neither quote; it is one in a plain text.
                    previous = byte
                    continue
                }
                if comment { continue }
                if let open = quote {
                    if open == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] != 0x0A {
                        // An escaped character (`\"`) is skipped, an escaped line break counted.
                        index += 1
                        if bytes[index] & 0xC0 != 0x80 { column += 1 }
                    } else if byte == open {
                        quote = nil
                    }
                } else {
                    let afterSpace = previous == 0x20 || previous == 0x09 || previous == 0x0A || previous == 0x0D
                    switch byte {
                    case UInt8(ascii: "#") where afterSpace: comment = true
                    case UInt8(ascii: "\""), UInt8(ascii: "'"):
                        // A quote begins a scalar only where one can begin (`don't` is plain).
                        if afterSpace || "[{,:".utf8.contains(previous) { quote = byte }
                    case UInt8(ascii: "["), UInt8(ascii: "{"):
                        depth += 1
                        if depth > YAMLLoader.maximumNesting { return (line, column) }
                    case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                    default: break
                    }
                }
                previous = byte
            }
            return nil
        }

        mutating func attach(_ node: Int32, _ root: inout Int32?) {
            if open.isEmpty { root = node } else { pending.append(node) }
        }

        /// Every key written twice in one mapping, at its second place, with a note at its first.
        /// Returns whether there was one.
        mutating func checkDuplicateKeys(_ items: ArraySlice<Int32>) -> Bool {
            guard items.count >= 4 else { return false }
            var found = false
            // A few keys are compared with each other; more go through a dictionary.
            var seen: [String: Int32] = [:]
            let few = items.count <= 32
            var index = items.startIndex
            while index < items.endIndex {
                let keyIndex = items[index]
                let key = nodes[Int(keyIndex)]
                index += 2
                guard key.kind == .scalar else { continue }
                let text = strings[Int(key.first)]
                let earlier: Int32?
                if few {
                    earlier = stride(from: items.startIndex, to: index - 2, by: 2).lazy.map { items[$0] }.first { other in
                        let node = self.nodes[Int(other)]
                        return node.kind == .scalar && self.strings[Int(node.first)] == text
                    }
                } else {
                    earlier = seen[text]
                    if earlier == nil { seen[text] = keyIndex }
                }
                guard let first = earlier else { continue }
                found = true
                // Past the list's limit a duplicate is only counted, its message not made.
                if duplicateList.isFull {
                    duplicateList.countSuppressed(error: true)
                    continue
                }
                let firstNode = nodes[Int(first)]
                duplicateList.record(.error(
                    .input(.value(.duplicateKey, .yaml)),
                    Message(ja: "キー「\(text)」が重複しています（最初は\(firstNode.line)行目）", en: "duplicate key '\(text)' (first at line \(firstNode.line))"),
                    expected: Message(ja: "各キーは一度だけ", en: "each key once"),
                    at: SourceSpan(file: file, line: Int(key.line), column: Int(key.column), length: Int(key.length)),
                    notes: [Diagnostic.Note(Message(ja: "最初の「\(text)」はここです", en: "first '\(text)' is here"),
                                            at: SourceSpan(file: file, line: Int(firstNode.line), column: Int(firstNode.column),
                                                           length: Int(firstNode.length)))]))
            }
            return found
        }

        func mark(_ mark: yaml_mark_t) -> (line: Int32, column: Int32) {
            (Int32(clamping: mark.line + 1), Int32(clamping: mark.column + 1))
        }

        /// How many scalars of its line a scalar without a line feed covers, quotes included.
        func length(of value: String, style: Style, start: (line: Int32, column: Int32), end: (line: Int32, column: Int32)) -> Int32 {
            switch style {
            case .literal, .folded:
                return 1
            case .plain:
                return start.line == end.line ? max(1, end.column - start.column) : Int32(clamping: value.unicodeScalars.count)
            case .singleQuoted, .doubleQuoted:
                if start.line == end.line { return max(1, end.column - start.column) }
                // A quoted text folded over lines: the rest of its first line.
                guard let line = lines.line(Int(start.line)) else { return 1 }
                return max(1, Int32(clamping: line.unicodeScalars.count) - start.column + 1)
            }
        }

        /// libyaml's error, in the words ``YAMLLoader/translate(_:)`` knows.
        func problem(of parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
            let problem = parser.problem.map { String(cString: $0) } ?? "unknown error"
            if parser.error == YAML_READER_ERROR {
                // The offset is in bytes: its line, and its column in scalars.
                let (line, column) = SourceLines.place(ofByte: parser.problem_offset, in: bytes)
                return .error(.input(.yamlSyntax),
                              Message(ja: "YAML として読めない文字があります: \(problem)", en: "unreadable character: \(problem)"),
                              at: SourceSpan(file: file, line: line, column: column))
            }
            let at = mark(parser.problem_mark)
            // libyaml's own limit (1,000 levels) is met first when its scanner runs ahead of the
            // events (a long run of `[`): said as teishutsu's, not in libyaml's API words.
            if problem.hasPrefix("Maximum nesting level reached") {
                // Said where the level one too deep begins, as when teishutsu's own limit is met.
                let place = Self.beyondNesting(from: lastEnd, depth: open.count, in: bytes) ?? (Int(at.line), Int(at.column))
                return YAMLLoader.nestedTooDeeply(file: file, line: place.line, column: place.column)
            }
            let context = parser.context.map { (String(cString: $0), Int(parser.context_mark.line) + 1) }
            // Met at the end of the file (a bracket or a quote never closed): said at the last
            // thing written, where what was left open is, not on the empty line after it.
            if let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
                let (line, column) = SourceLines.place(ofByte: last, in: bytes)
                if Int(at.line) > line || (Int(at.line) == line && Int(at.column) > column) {
                    // Its context, begun there too (libyaml marks it past the end as well).
                    let within = context.map { ($0.0, min($0.1, line)) }
                    return syntax(problem, line: Int32(line), column: Int32(column), context: within)
                }
            }
            return syntax(problem, line: at.line, column: at.column, context: context)
        }

        func syntax(_ problem: String, line: Int32, column: Int32, context: (text: String, line: Int)? = nil) -> Diagnostic {
            YAMLLoader.syntaxError(problem, context: context, at: SourceSpan(file: file, line: Int(line), column: Int(column)))
        }
    }
}

extension YAMLTree.Style {
    init(libyaml style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}

/// A node of a ``YAMLTree`` seen by the schema walker.
struct YAMLSourceNode: SchemaSourceNode {
    let tree: YAMLTree
    let index: Int32

    private var node: YAMLTree.Node { tree.nodes[Int(index)] }

    var isUnderDuplicateKey: Bool { !tree.underDuplicateKeys.isEmpty && tree.underDuplicateKeys.contains(index) }

    var span: SourceSpan {
        let node = node
        return SourceSpan(file: tree.file, line: Int(node.line), column: Int(node.column), length: Int(node.length))
    }

    var isNull: Bool {
        let node = node
        guard node.kind == .scalar, node.style == .plain else { return false }
        // By its bytes first: comparing Japanese text with "null" as Strings normalizes it (no
        // character is canonically the same as a letter of these spellings but the letter).
        let text = tree.strings[Int(node.first)]
        guard text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    var scalar: String? {
        let node = node
        return node.kind == .scalar ? tree.strings[Int(node.first)] : nil
    }

    func sequence(item: String) -> [YAMLSourceNode]? {
        let node = node
        guard node.kind == .sequence else { return nil }
        let first = Int(node.first)
        return (first..<first + Int(node.count)).map { YAMLSourceNode(tree: tree, index: tree.children[$0]) }
    }

    func mapping() -> [(key: String, keySpan: SourceSpan, value: YAMLSourceNode)]? {
        let node = node
        guard node.kind == .mapping else { return nil }
        let first = Int(node.first)
        return (0..<Int(node.count)).map { pair in
            let key = YAMLSourceNode(tree: tree, index: tree.children[first + 2 * pair])
            return (key.scalar ?? "?", key.span, YAMLSourceNode(tree: tree, index: tree.children[first + 2 * pair + 1]))
        }
    }

    func keyedEntries(_ key: MapKey) -> [(key: String, keySpan: SourceSpan, value: YAMLSourceNode)]? {
        mapping()
    }

    var kindName: Message {
        switch node.kind {
        case .mapping: return Message(ja: "マッピング（キー: 値）", en: "a mapping")
        case .sequence: return Message(ja: "リスト", en: "a list")
        case .scalar:
            let text = tree.strings[Int(node.first)].prefix(40)
            return Message(ja: "文字列「\(text)」", en: "the text '\(text)'")
        }
    }
}
