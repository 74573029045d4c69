import DocumentModel
import Foundation

/// What typing YAML in Japanese input mode leaves behind, found before the YAML parser sees it
/// (which would report something else, a line later): a full-width colon after a key
/// (`title：件名`, `title ：件名`), a full-width space after a key's colon (`title:　件名`), and
/// full-width spaces (U+3000) in the indentation or after a list's dash. The lines of block
/// scalars, of quoted values and of plain values over lines are text, and are not judged.
enum JapaneseInputHabits {
    /// Whether the UTF-8 holds a full-width colon (EF BC 9A) or a full-width space (E3 80 80).
    /// Every file is asked: its bytes are tested 8 at a time for a third byte of either (9A,
    /// 80), and only a word that has one is looked at closely.
    static func mayHaveHabits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteWords.contains(bytes, candidates: { ByteWords.equal($0, 0x9A) | ByteWords.equal($0, 0x80) }) { k in
            guard k >= 2 else { return false }
            switch bytes[k] {
            case 0x9A: return bytes[k - 1] == 0xBC && bytes[k - 2] == 0xEF
            case 0x80: return bytes[k - 1] == 0x80 && bytes[k - 2] == 0xE3
            default: return false
            }
        }
    }

    /// - Parameter schema: the file's schema, whose keys tell a key typed in Japanese input mode
    ///   from prose that happens to put a word before a ： (`- web：申請画面を変更`); without
    ///   one, any lower-case word is taken for a key.
    static func problems(in text: String, file: String, schema: ObjectSchema? = nil) -> [Diagnostic] {
        // Fast path: neither character appears at all (most files), found on the bytes.
        var copy = text
        guard copy.withUTF8(mayHaveHabits) else { return [] }
        // Bounded as every file's problems are: a file of a million such lines is one error, counted.
        var problems = ProblemList()
        copy.withUTF8 { bytes in
            // Quoted values are followed only in a file that has a quote.
            let hasQuotes = bytes.baseAddress.map { memchr($0, 0x22, bytes.count) != nil || memchr($0, 0x27, bytes.count) != nil } ?? false
            var blockIndent: Int?
            // The quote of a quoted scalar still open at the end of the line before: its text goes
            // on, and a full-width space starting a line of it is text, not indentation.
            var quoted: UInt8?
            // Whether the line before (blank lines and comments aside) was a key with its value
            // to come on the next line (`key:`): a quote starting this line then begins it.
            var valueToCome = false
            var outline = Outline()
            var known: KnownKeys?
            /// Whether `word` before a ： is a key: one of the schema's (or near one, outside a
            /// list's item: a misspelt key), an identifier where the schema keys a mapping by one;
            /// without a schema, a lower-case word.
            func isKey(_ word: Substring, inItem: Bool) -> Bool {
                guard let schema else { return word.first.map { ("a"..."z").contains($0) } ?? false }
                if known == nil { known = KnownKeys(schema) }
                return known!.isKey(String(word), inItem: inItem, exact: exactKeysOnly)
            }
            /// On the first line of a value under a key: under a key the schema knows only as
            /// text, no word is a key; under one it does not know as a mapping or a list (or a
            /// bare dash), only its own keys are (a misspelling or an identifier there is as
            /// likely the value's first words).
            var exactKeysOnly = false
            func firstLineUnderText(indent: Int) -> Bool {
                exactKeysOnly = false
                guard let schema, outline.toCome, indent > outline.parent else { return false }
                if known == nil { known = KnownKeys(schema) }
                guard let key = outline.key.map(String.init), known!.names.contains(key) else {
                    exactKeysOnly = true
                    return false
                }
                if known!.containers.contains(key) { return false }
                return true
            }
            /// Reads on after a line named as if it had been typed right (`repaired`), so that the
            /// lines after it (a block of text, a quoted value going on) are not judged as well.
            func readOn(_ repaired: [Unicode.Scalar]) {
                var text = ""
                text.unicodeScalars.append(contentsOf: repaired)
                Array(text.utf8).withUnsafeBufferPointer { begin($0, indent: $0.prefix { $0 == 0x20 }.count) }
            }
            /// What a line outside block scalars begins: a block scalar, a quoted scalar it leaves
            /// open, a value to come on the next line. A line of a plain value's text begins
            /// nothing.
            func begin(_ line: UnsafeBufferPointer<UInt8>, indent: Int) {
                let before = outline
                guard !before.continues(indent) else { return }
                outline.read(line, indent: indent)
                if let opener = opensBlock(line) {
                    // A header alone on its line (`key:` above it) opens the key's text.
                    if opener != .alone || (before.toCome && indent > before.parent) {
                        blockIndent = opener == .alone ? before.parent : blockParent(line, indent: indent, opener: opener)
                        outline.endValue()
                        valueToCome = false
                        return
                    }
                }
                guard hasQuotes, let first = line.first(where: { !$0.isYAMLBlank && $0 != 0x0D }), first != UInt8(ascii: "#") else { return }
                quoted = opensQuoted(line, valueToCome: valueToCome)
                valueToCome = quoted == nil && endsWithKey(line)
            }
            var lineNumber = 0
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let bytesOfLine = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                lineNumber += 1
                if let quote = quoted {
                    quoted = closing(bytesOfLine, from: 0, quote: quote) == nil ? quote : nil
                    continue
                }
                // The lines of a flow collection left open (`[本文,` above) are its items: text.
                if outline.flow > 0 {
                    outline.flow = max(0, outline.flow + Outline.balance(bytesOfLine, from: 0, end: contentEnd(bytesOfLine)))
                    continue
                }
                let plainIndent = bytesOfLine.prefix { $0 == 0x20 }.count
                // Inside a block scalar (| or >), text is text: a blank line, or one indented with
                // more ASCII spaces than its header (a full-width space is no YAML indentation: a
                // line that only it indents ends the block, and is said).
                if let block = blockIndent {
                    if bytesOfLine.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) || plainIndent > block { continue }
                    blockIndent = nil
                }
                // A line with neither character only matters for where block scalars, quoted
                // scalars and plain values over lines start and end.
                guard mayHaveHabits(bytesOfLine) else {
                    begin(bytesOfLine, indent: plainIndent)
                    continue
                }
                let scalars = Array(String(decoding: bytesOfLine, as: UTF8.self).unicodeScalars)
                let indent = scalars.prefix { $0 == " " || $0 == "\u{3000}" }.count
                // A line of a plain value's text (deeper than its key, after a line that left the
                // value open): whatever it holds is text.
                let continuation = outline.continues(plainIndent)
                let underText = !continuation && firstLineUnderText(indent: plainIndent)
                if let wide = scalars.prefix(indent).firstIndex(of: "\u{3000}") {
                    // After ASCII spaces that already make it a line of a value's text, or its
                    // first line (`key:` above), a full-width space before words is text (字下げ);
                    // not before nothing or a #: no one means a blank or a comment as text.
                    var rest = scalars[indent...]
                    if rest.last == "\r" { rest = rest.dropLast() }
                    let words = !rest.isEmpty && rest.first != "#"
                    let valueStart = outline.toCome && plainIndent > outline.parent && !startsKeyOrItem(rest, isKey: isKey)
                    if wide > 0, words, continuation || valueStart {
                        if valueStart { begin(bytesOfLine, indent: plainIndent) }
                        continue
                    }
                    problems.recordError(.error(
                        .input(.yamlFullWidthIndent),
                        Message(ja: "\(lineNumber)行目のインデントに全角の空白（U+3000）があります", en: "line \(lineNumber) is indented with a full-width space (U+3000)"),
                        expected: Message(ja: "半角の空白だけのインデント", en: "indentation of ASCII spaces only"),
                        at: SourceSpan(file: file, line: lineNumber, column: wide + 1, length: indent - wide)))
                    // Each full-width space as the two ASCII spaces the help asks for.
                    readOn(scalars[..<indent].flatMap { $0 == "\u{3000}" ? [" ", " "] : [$0] } + scalars[indent...])
                    continue
                }
                if continuation { continue }
                // The first line of a value the schema knows as text: its words, whatever they hold.
                if underText {
                    begin(bytesOfLine, indent: plainIndent)
                    continue
                }
                var i = indent
                // A list item's dash.
                while i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == " " {
                    i += 2
                    while i < scalars.count && scalars[i] == " " { i += 1 }
                }
                // A full-width space after a dash (`-　number: 1`: the YAML parser reads no list
                // item there, but a text starting with a dash), or between the dash's space and a
                // key (`- 　number: 1`: a key with a full-width space in its name).
                var wideStart: Int?
                if i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == "\u{3000}" {
                    wideStart = i + 1
                } else if i > indent, i < scalars.count, scalars[i] == "\u{3000}",
                          startsKeyOrItem(scalars[i...].drop { $0 == "\u{3000}" || $0 == " " }, inItem: true, isKey: isKey) {
                    wideStart = i
                }
                if let wideStart {
                    let wide = scalars[wideStart...].prefix { $0 == "\u{3000}" || $0 == " " }.count
                    problems.recordError(.error(
                        .input(.yamlFullWidthIndent),
                        Message(ja: "\(lineNumber)行目のリストの「-」の後ろに全角の空白（U+3000）があります", en: "line \(lineNumber) has a full-width space (U+3000) after a list's dash"),
                        expected: Message(ja: "「-」の後ろに半角の空白", en: "an ASCII space after the dash"),
                        at: SourceSpan(file: file, line: lineNumber, column: wideStart + 1, length: wide)))
                    readOn(Array(scalars[..<wideStart]) + [" "] + scalars[(wideStart + wide)...])
                    continue
                }
                // A key typed in Japanese input mode: `key：`, `key ：`, or a full-width space after
                // an ASCII colon (`key:　値`). A key is a key of the file's schema (a lower-case word
                // without one), or an identifier where the schema keys a mapping by one (SP-02：);
                // another word before a ： is prose (`- ISMAP：登録の更新`).
                let keyStart = i
                while i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) || "_-.".unicodeScalars.contains(scalars[i]) {
                    i += 1
                }
                var mark = i
                while mark < scalars.count, scalars[mark] == " " || scalars[mark] == "\u{3000}" { mark += 1 }
                let colon = mark < scalars.count && scalars[mark] == "："
                let wideAfterColon = i + 1 < scalars.count && scalars[i] == ":" && scalars[i + 1] == "\u{3000}"
                if i > keyStart, colon || wideAfterColon {
                    let word = String(String.UnicodeScalarView(scalars[keyStart..<i]))
                    if isKey(word[...], inItem: keyStart > indent) {
                        let key = MessageWording.excerpt(word)
                        problems.recordError(colon
                            ? .error(.input(.yamlFullWidthColon),
                                     Message(ja: "キー「\(key)」の後ろが全角のコロン「：」です（日本語入力モードのまま入力されています）", en: "the key '\(key)' is followed by a full-width colon '：' (typed in Japanese input mode)"),
                                     expected: Message(ja: "半角のコロンと空白「: 」", en: "an ASCII colon and a space ': '"),
                                     at: SourceSpan(file: file, line: lineNumber, column: mark + 1))
                            : .error(.input(.yamlFullWidthColon),
                                     Message(ja: "キー「\(key)」の「:」の後ろの空白が全角です（日本語入力モードのまま入力されています）", en: "the key '\(key)' is followed by ':' and a full-width space (typed in Japanese input mode)"),
                                     expected: Message(ja: "半角のコロンと空白「: 」", en: "an ASCII colon and a space ': '"),
                                     at: SourceSpan(file: file, line: lineNumber, column: i + 2)))
                        var after = colon ? mark + 1 : i + 1
                        while after < scalars.count, scalars[after] == " " || scalars[after] == "\u{3000}" { after += 1 }
                        readOn(Array(scalars[..<i]) + [":", " "] + scalars[after...])
                        continue
                    }
                }
                begin(bytesOfLine, indent: plainIndent)
            }
        }
        return problems.diagnostics
    }

    /// The keys a schema knows, at any depth, and whether it keys a mapping by identifiers.
    struct KnownKeys {
        var names: Set<String> = []
        /// The keys that hold a mapping or a list somewhere (a value under them may be keys).
        var containers: Set<String> = []
        var identifierKeyed = false

        init(_ schema: ObjectSchema) {
            var seen: Set<ObjectIdentifier> = []
            func walk(_ schema: ObjectSchema) {
                guard seen.insert(ObjectIdentifier(schema)).inserted else { return }
                for field in schema.fields {
                    names.insert(field.key)
                    if field.type.isCollection { containers.insert(field.key) }
                    if case .object = field.type { containers.insert(field.key) }
                    walk(field.type)
                }
            }
            func walk(_ type: FieldType) {
                switch type {
                case .object(let inner): walk(inner)
                case .list(let item, _, _): walk(item)
                case .map(_, let inner):
                    identifierKeyed = true
                    walk(inner)
                default: break
                }
            }
            walk(schema)
        }

        /// Whether `word` is a key: one of the schema's, or an identifier (`SP-02`, `REQ-LAW`,
        /// `KZ-2025-07-1`: capitals, digits, hyphens) not in a list's item, where a mapping is
        /// keyed by one.
        /// - Parameter exact: only the schema's own keys count (the first line under a key that
        ///   is no known mapping: a value's first words as likely).
        func isKey(_ word: String, inItem: Bool, exact: Bool = false) -> Bool {
            if names.contains(word) { return true }
            // In a list's item, a word before a ： is as likely prose (`- web：申請画面を変更`).
            guard !inItem, !exact, let first = word.unicodeScalars.first else { return false }
            // A misspelt key (`titl：件名`): a word of four letters or more, one edit from a key
            // (a short word before a ：, `web：…`, is as likely the first words of a value).
            if ("a"..."z").contains(first) {
                return word.count >= 4 && names.contains { abs($0.count - word.count) <= 1 && Suggest.distance($0, word) <= 1 }
            }
            guard identifierKeyed, ("A"..."Z").contains(first), word.contains("-") else { return false }
            return word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        }
    }

    /// The lines read so far, as far as a plain value's text over lines needs: the column its
    /// next lines must pass to go on with it (its key's, or its item's dash's), and whether the
    /// last line left such a value open or a key's value to come.
    struct Outline {
        var parent = -1
        /// The last line ended with a plain value (`key: 本文`, `- 本文`): deeper lines are its text.
        var open = false
        /// The last line was a key whose value comes on the next lines (`key:`, `-`).
        var toCome = false
        /// That key (nil for a list's dash).
        var key: Substring?
        /// The brackets of a flow collection (`[`, `{`) a value left open: its next lines are
        /// its items, text to this check.
        var flow = 0

        func continues(_ indent: Int) -> Bool { open && indent > parent }

        mutating func endValue() {
            open = false
            toCome = false
        }

        /// Whether a value starting with `byte` (past an anchor and a tag) is plain text (not
        /// quoted, a block, a collection or an alias).
        static func isPlainStart(_ byte: UInt8) -> Bool {
            !"\"'|>[{*".utf8.contains(byte)
        }

        /// Reads a line outside block scalars and quoted values, indented by `indent` ASCII spaces.
        mutating func read(_ line: UnsafeBufferPointer<UInt8>, indent: Int) {
            var end = contentEnd(line)
            while end > indent, line[end - 1].isYAMLBlank || line[end - 1] == 0x0D { end -= 1 }
            guard indent < end else {
                // A blank line changes nothing; a comment ends a plain value (a value still to
                // come may come after it).
                if indent < line.count, line[indent] == UInt8(ascii: "#") { open = false }
                return
            }
            guard !continues(indent) else { return }
            if toCome, indent > parent, !Self.startsKeyOrItem(line, at: indent, end: end) {
                // The first line of a key's value (an anchor or a tag alone leaves it to come).
                let value = YAMLLine.valueStart(line, from: indent)
                guard value < end else { return }
                toCome = false
                open = Self.isPlainStart(line[value])
                flow = Self.brackets(line, from: value, end: end)
                return
            }
            var i = indent, dash = -1
            while i < end, line[i] == UInt8(ascii: "-"), i + 1 == end || line[i + 1].isYAMLBlank {
                dash = i
                i += 1
                while i < end, line[i].isYAMLBlank { i += 1 }
            }
            if let colon = Self.keyColon(line, from: i, end: end) {
                var value = colon + 1
                while value < end, line[value].isYAMLBlank { value += 1 }
                value = YAMLLine.valueStart(line, from: value)
                parent = i
                toCome = value >= end
                open = !toCome && Self.isPlainStart(line[value])
                key = toCome ? Substring(String(decoding: UnsafeBufferPointer(rebasing: line[i..<colon]), as: UTF8.self)) : nil
                flow = toCome ? 0 : Self.brackets(line, from: value, end: end)
            } else if dash >= 0 {
                parent = dash
                let value = YAMLLine.valueStart(line, from: i)
                toCome = value >= end
                open = !toCome && Self.isPlainStart(line[value])
                key = nil
                flow = toCome ? 0 : Self.brackets(line, from: value, end: end)
            } else {
                endValue()
            }
        }

        /// How many brackets of a flow collection starting at `start` (`[` or `{`; 0 for any
        /// other value) are still open at `end`; quoted text aside.
        static func brackets(_ line: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
            guard start < end, line[start] == UInt8(ascii: "[") || line[start] == UInt8(ascii: "{") else { return 0 }
            return balance(line, from: start, end: end)
        }

        /// Brackets opened less brackets closed in `line[start..<end]`, quoted text aside.
        static func balance(_ line: UnsafeBufferPointer<UInt8>, from start: Int, end: Int) -> Int {
            var depth = 0, k = start
            while k < end {
                switch line[k] {
                case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if let close = closing(line, from: k + 1, quote: line[k]) { k = close } else { return depth }
                default: break
                }
                k += 1
            }
            return depth
        }

        /// The colon of a key that starts at `i` (`key: …`, `key:`, `"key": …`); nil when the
        /// line's content holds none.
        static func keyColon(_ line: UnsafeBufferPointer<UInt8>, from i: Int, end: Int) -> Int? {
            guard i < end else { return nil }
            var k = i
            if line[i] == UInt8(ascii: "\"") || line[i] == UInt8(ascii: "'") {
                guard let close = closing(line, from: i + 1, quote: line[i]), close < end else { return nil }
                k = close + 1
                while k < end, line[k].isYAMLBlank { k += 1 }
                return k < end && line[k] == UInt8(ascii: ":") && (k + 1 == end || line[k + 1].isYAMLBlank) ? k : nil
            }
            guard line[i] != UInt8(ascii: "["), line[i] != UInt8(ascii: "{") else { return nil }
            while k < end {
                if line[k] == UInt8(ascii: ":"), k + 1 == end || line[k + 1].isYAMLBlank { return k }
                k += 1
            }
            return nil
        }

        /// Whether a key or a list's dash starts at `i`.
        static func startsKeyOrItem(_ line: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
            if line[i] == UInt8(ascii: "-"), i + 1 == end || line[i + 1].isYAMLBlank { return true }
            return keyColon(line, from: i, end: end) != nil
        }
    }

    /// Whether the text after a line's indentation begins a key or a list item: what a
    /// full-width space must not indent. A key is any text before a `: ` (YAML reads one there,
    /// full-width space and all), or a word before a ： that `isKey` takes for a key.
    static func startsKeyOrItem(_ text: ArraySlice<Unicode.Scalar>, inItem: Bool = false, isKey: (Substring, Bool) -> Bool) -> Bool {
        guard let first = text.first else { return false }
        if first == "-" {
            let next = text.dropFirst().first
            return next == nil || next == " " || next == "\u{3000}" || next == "\t"
        }
        var k = text.startIndex
        while k < text.endIndex {
            let scalar = text[k]
            // A comment ends the line's content.
            if scalar == "#", k > text.startIndex, text[k - 1] == " " || text[k - 1] == "\t" { return false }
            if scalar == ":" {
                let after = k + 1 < text.endIndex ? text[k + 1] : nil
                if after == nil || after == " " || after == "\t" || after == "\r" || after == "\u{3000}" { return true }
            }
            if scalar == "：" {
                var word = ""
                word.unicodeScalars.append(contentsOf: text[text.startIndex..<k])
                let trimmed = word.trimmingCharacters(in: .whitespaces)
                return trimmed.unicodeScalars.allSatisfy { $0.isASCII && !$0.properties.isWhitespace } && !trimmed.isEmpty && isKey(trimmed[...], inItem)
            }
            k += 1
        }
        return false
    }

    /// The indentation a block scalar's text must exceed: the column of the key whose value it
    /// is (`- key: |` at 0: its key at 2, and a line indented by 2 is the next key, not text), or
    /// of the dash of the item it is (`- |`).
    static func blockParent(_ line: UnsafeBufferPointer<UInt8>, indent: Int, opener: BlockOpener) -> Int {
        var i = indent, dash = indent
        while i + 1 < line.count, line[i] == UInt8(ascii: "-"), line[i + 1].isYAMLBlank {
            dash = i
            i += 2
            while i < line.count, line[i].isYAMLBlank { i += 1 }
        }
        return opener == .key ? i : dash
    }

    /// The quote of a quoted scalar that the line begins as a value and does not close (`key: "…`,
    /// `- '…`, `key: &anchor "…`, a quote starting the line after `key:`); nil when it closes it or
    /// begins none. A line that starts with a quote after another value's line goes on with that
    /// value (a plain scalar over lines): it begins nothing.
    static func opensQuoted(_ line: UnsafeBufferPointer<UInt8>, valueToCome: Bool) -> UInt8? {
        var i = 0
        func spaces() { while i < line.count, line[i].isYAMLBlank { i += 1 } }
        func isQuote(_ k: Int) -> Bool { k < line.count && (line[k] == UInt8(ascii: "\"") || line[k] == UInt8(ascii: "'")) }
        spaces()
        // List items' dashes.
        var item = false
        while i + 1 < line.count, line[i] == UInt8(ascii: "-"), line[i + 1].isYAMLBlank {
            i += 2
            spaces()
            item = true
        }
        guard i < line.count, line[i] != UInt8(ascii: "#") else { return nil }
        i = YAMLLine.valueStart(line, from: i)
        if isQuote(i) {
            // A value (an item's, or one on the line after its key) or a quoted key.
            guard let close = closing(line, from: i + 1, quote: line[i]) else { return item || valueToCome ? line[i] : nil }
            i = close + 1
            spaces()
            guard i < line.count, line[i] == UInt8(ascii: ":") else { return nil }
            i += 1
        } else {
            // A plain key: to its ": " (a value after it); a comment ends the line.
            while i + 1 < line.count, !(line[i] == UInt8(ascii: ":") && line[i + 1].isYAMLBlank) {
                if line[i].isYAMLBlank, line[i + 1] == UInt8(ascii: "#") { return nil }
                i += 1
            }
            guard i + 1 < line.count else { return nil }
            i += 1
        }
        spaces()
        i = YAMLLine.valueStart(line, from: i)
        guard isQuote(i) else { return nil }
        return closing(line, from: i + 1, quote: line[i]) == nil ? line[i] : nil
    }

    /// Whether the line is a key whose value comes on the lines after it (`key:`, `- key: &a`).
    static func endsWithKey(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        // A comment after the colon (`key:   # 注記`) leaves the value to come.
        var end = contentEnd(line)
        while end > 0, line[end - 1].isYAMLBlank || line[end - 1] == 0x0D { end -= 1 }
        // An anchor or a tag after the colon (`key: &a`): the value is still to come.
        end = before(anchorOrTagEndingAt: end, in: line)
        return end > 0 && line[end - 1] == UInt8(ascii: ":")
    }

    /// Where the line's content ends before a comment (` #…`; looked for only on a line with a #,
    /// found with memchr); the line's end when it has none.
    static func contentEnd(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = line.baseAddress, memchr(base, Int32(UInt8(ascii: "#")), line.count) != nil,
              let hash = line.indices.first(where: { line[$0] == UInt8(ascii: "#") && ($0 == 0 || line[$0 - 1].isYAMLBlank) }) else { return line.count }
        return hash
    }

    /// Where the line's content ends once an anchor or a tag ending at `end` (`&a`, `!tag`) and
    /// the blanks before it are set aside; `end` when the word there is neither.
    static func before(anchorOrTagEndingAt end: Int, in line: UnsafeBufferPointer<UInt8>) -> Int {
        var end = end
        // An anchor and a tag, in either order (`&a !!str`).
        for _ in 0..<2 {
            var k = end
            while k > 0, !line[k - 1].isYAMLBlank { k -= 1 }
            guard k < end, line[k].isAnchorOrTagMark else { return end }
            while k > 0, line[k - 1].isYAMLBlank { k -= 1 }
            end = k
        }
        return end
    }

    /// Where the quoted scalar's closing quote is on the line, from `start`; nil when it goes on.
    static func closing(_ line: UnsafeBufferPointer<UInt8>, from start: Int, quote: UInt8) -> Int? {
        var i = start
        while i < line.count {
            if quote == UInt8(ascii: "\""), line[i] == UInt8(ascii: "\\") { i += 2; continue }
            if line[i] == quote {
                if quote == UInt8(ascii: "'"), i + 1 < line.count, line[i + 1] == quote { i += 2; continue }
                return i
            }
            i += 1
        }
        return nil
    }

    /// What a block scalar's header follows: a key's colon (`key: |`), an item's dash (`- |`), or
    /// nothing (a header alone on its line, under `key:`).
    enum BlockOpener { case key, dash, alone }

    /// `key: |`, `key: >-`, `- |`, `key: |2 # 注記`, `key: &a >` …: the lines indented under it
    /// are a block scalar's text; nil when the line opens none.
    static func opensBlock(_ line: UnsafeBufferPointer<UInt8>) -> BlockOpener? {
        // A comment after the indicator.
        var end = contentEnd(line)
        // Trailing blanks and a carriage return.
        while end > 0, line[end - 1].isYAMLBlank || line[end - 1] == 0x0D { end -= 1 }
        // The chomping (- or +) and indentation (1–9) indicators, in either order.
        var cut = end, indicators = 0
        while cut > 0, indicators < 2, line[cut - 1] == UInt8(ascii: "-") || line[cut - 1] == UInt8(ascii: "+") || (0x31...0x39).contains(line[cut - 1]) {
            cut -= 1
            indicators += 1
        }
        guard cut > 0, line[cut - 1] == UInt8(ascii: "|") || line[cut - 1] == UInt8(ascii: ">") else { return nil }
        // Nothing before it: a header on a line of its own, under its key.
        var before = cut - 1
        if line[..<before].allSatisfy(\.isYAMLBlank) { return .alone }
        // Before it, after a blank: a key's colon or an item's dash (an anchor or a tag between).
        guard before > 0, line[before - 1].isYAMLBlank else { return nil }
        while before > 0, line[before - 1].isYAMLBlank { before -= 1 }
        before = Self.before(anchorOrTagEndingAt: before, in: line)
        guard before > 0 else { return nil }
        let last = line[before - 1]
        if last == UInt8(ascii: ":") { return .key }
        return last == UInt8(ascii: "-") && (before == 1 || line[before - 2].isYAMLBlank) ? .dash : nil
    }
}
