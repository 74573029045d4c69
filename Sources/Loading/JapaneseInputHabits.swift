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
        var blockIndent: Int?
        var lineNumber = 0
        // Lines found on the bytes; only a line with one of the characters becomes a string.
        struct Line {
            /// The text of a line with one of the characters; nil for the others.
            var suspicious: String?
            /// Leading ASCII spaces, whether the line is blank, whether it opens a block scalar.
            var indent: Int, blank: Bool, opens: Bool
        }
        var lines: [Line] = []
        copy.withUTF8 { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                lines.append(Line(suspicious: mayHaveHabits(line) ? String(decoding: line, as: UTF8.self) : nil,
                                  indent: line.prefix { $0 == 0x20 }.count, blank: line.allSatisfy { $0 == 0x20 || $0 == 0x0D },
                                  opens: opensBlock(line)))
                start = end + 1
            }
        }
        for plain in lines {
            lineNumber += 1
            // A line with neither character only matters for where block scalars start and end.
            guard let line = plain.suspicious else {
                if let block = blockIndent {
                    if plain.blank || plain.indent > block { continue }
                    blockIndent = nil
                }
                if plain.opens { blockIndent = plain.indent }
                continue
            }
            let scalars = Array(line.unicodeScalars)
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
            if plain.opens { blockIndent = indent }
        }
        return problems
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
