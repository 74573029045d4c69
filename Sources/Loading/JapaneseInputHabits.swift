import DocumentModel

/// What typing YAML in Japanese input mode leaves behind, found before the YAML parser sees it
/// (which would report something else, a line later): a full-width colon after a key
/// (`title：件名`) and full-width spaces (U+3000) in the indentation.
enum JapaneseInputHabits {
    /// Whether the UTF-8 holds a full-width colon (EF BC 9A) or a full-width space (E3 80 80).
    static func mayHaveHabits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i + 2 < n {
            let b = bytes[i]
            if b == 0xEF, bytes[i + 1] == 0xBC, bytes[i + 2] == 0x9A { return true }
            if b == 0xE3, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return true }
            i += 1
        }
        return false
    }

    static func problems(in text: String, file: String) -> [Diagnostic] {
        // Fast path: neither character appears at all (most files), found on the bytes.
        var copy = text
        guard copy.withUTF8(mayHaveHabits) else { return [] }
        var problems: [Diagnostic] = []
        copy.withUTF8 { bytes in
            var blockIndent: Int?
            // The quote of a quoted scalar still open at the end of the line before: its text goes
            // on, and a full-width space starting a line of it is text, not indentation.
            var quoted: UInt8?
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
                let plainIndent = bytesOfLine.prefix { $0 == 0x20 }.count
                let opens = opensBlock(bytesOfLine)
                // A line with neither character only matters for where block scalars and quoted
                // scalars start and end.
                guard mayHaveHabits(bytesOfLine) else {
                    if let block = blockIndent {
                        if bytesOfLine.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) || plainIndent > block { continue }
                        blockIndent = nil
                    }
                    if opens { blockIndent = plainIndent } else { quoted = opensQuoted(bytesOfLine) }
                    continue
                }
                let scalars = Array(String(decoding: bytesOfLine, as: UTF8.self).unicodeScalars)
                let indent = scalars.prefix { $0 == " " || $0 == "\u{3000}" }.count
                // Inside a block scalar (| or >), text is text.
                if let block = blockIndent {
                    if scalars.allSatisfy({ $0 == " " || $0 == "\r" }) || indent > block { continue }
                    blockIndent = nil
                }
                if let wide = scalars.prefix(indent).firstIndex(of: "\u{3000}") {
                    problems.append(.error(
                        .input(.yamlFullWidthIndent),
                        Message(ja: "\(lineNumber)行目のインデントに全角の空白（U+3000）があります", en: "line \(lineNumber) is indented with a full-width space (U+3000)"),
                        expected: Message(ja: "半角の空白だけのインデント", en: "indentation of ASCII spaces only"),
                        at: SourceSpan(file: file, line: lineNumber, column: wide + 1, length: indent - wide)))
                    continue
                }
                var i = indent
                // A list item's dash.
                while i + 1 < scalars.count, scalars[i] == "-", scalars[i + 1] == " " {
                    i += 2
                    while i < scalars.count && scalars[i] == " " { i += 1 }
                }
                let keyStart = i
                while i < scalars.count, scalars[i].isASCII, scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]) || scalars[i] == "_" || scalars[i] == "-" {
                    i += 1
                }
                if i > keyStart, i < scalars.count, scalars[i] == "：" {
                    let key = String(String.UnicodeScalarView(scalars[keyStart..<i]))
                    problems.append(.error(
                        .input(.yamlFullWidthColon),
                        Message(ja: "キー「\(key)」の後ろが全角のコロン「：」です（日本語入力モードのまま入力されています）", en: "the key '\(key)' is followed by a full-width colon '：' (typed in Japanese input mode)"),
                        expected: Message(ja: "半角のコロンと空白「: 」", en: "an ASCII colon and a space ': '"),
                        at: SourceSpan(file: file, line: lineNumber, column: i + 1)))
                    continue
                }
                // A line that opens a block scalar: the lines indented under it are text.
                if opens { blockIndent = indent } else { quoted = opensQuoted(bytesOfLine) }
            }
        }
        return problems
    }

    /// The quote of a quoted scalar that the line begins as a value (`key: "…`, `- '…`) and does
    /// not close; nil when it closes it or begins none.
    static func opensQuoted(_ line: UnsafeBufferPointer<UInt8>) -> UInt8? {
        var i = 0
        func spaces() { while i < line.count, line[i] == 0x20 || line[i] == 0x09 { i += 1 } }
        func isQuote(_ k: Int) -> Bool { k < line.count && (line[k] == UInt8(ascii: "\"") || line[k] == UInt8(ascii: "'")) }
        spaces()
        // List items' dashes.
        while i + 1 < line.count, line[i] == UInt8(ascii: "-"), line[i + 1] == 0x20 || line[i + 1] == 0x09 {
            i += 2
            spaces()
        }
        guard i < line.count, line[i] != UInt8(ascii: "#") else { return nil }
        if isQuote(i) {
            // A quoted key (or a quoted item): closed on the line, its value may begin one after it.
            guard let close = closing(line, from: i + 1, quote: line[i]) else { return line[i] }
            i = close + 1
            spaces()
            guard i < line.count, line[i] == UInt8(ascii: ":") else { return nil }
            i += 1
        } else {
            // A plain key: to its ": " (a value after it); a comment ends the line.
            while i + 1 < line.count, !(line[i] == UInt8(ascii: ":") && (line[i + 1] == 0x20 || line[i + 1] == 0x09)) {
                if (line[i] == 0x20 || line[i] == 0x09), line[i + 1] == UInt8(ascii: "#") { return nil }
                i += 1
            }
            guard i + 1 < line.count else { return nil }
            i += 1
        }
        spaces()
        guard isQuote(i) else { return nil }
        return closing(line, from: i + 1, quote: line[i]) == nil ? line[i] : nil
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

    /// `key: |`, `key: >-` …: the lines indented under it are a block scalar's text.
    static func opensBlock(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = line.count
        // Trailing spaces and a carriage return.
        while end > 0, line[end - 1] == 0x20 || line[end - 1] == 0x0D { end -= 1 }
        guard end > 0 else { return false }
        var cut = end
        if line[cut - 1] == UInt8(ascii: "-") || line[cut - 1] == UInt8(ascii: "+") { cut -= 1 }
        guard cut > 0, line[cut - 1] == UInt8(ascii: "|") || line[cut - 1] == UInt8(ascii: ">") else { return false }
        let before = cut - 1
        // "key: |" — the indicator after a space, with a colon on the line.
        guard before > 0, line[before - 1] == 0x20 else { return false }
        return line[..<before].contains(UInt8(ascii: ":"))
    }
}
