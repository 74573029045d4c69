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
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            // A line with neither character only matters for where block scalars start and end.
            var bytes = line
            let suspicious = bytes.withUTF8(mayHaveHabits)
            if !suspicious {
                let indent = line.utf8.prefix { $0 == 0x20 }.count
                if let block = blockIndent {
                    if line.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) || indent > block { continue }
                    blockIndent = nil
                }
                if opensBlock(line) { blockIndent = indent }
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
            if opensBlock(line) { blockIndent = indent }
        }
        return problems
    }

    /// `key: |`, `key: >-` …: the lines indented under it are a block scalar's text.
    static func opensBlock(_ line: Substring) -> Bool {
        var end = line.utf8.endIndex
        // Trailing spaces and a carriage return.
        while end > line.utf8.startIndex, let last = line.utf8[line.utf8.index(before: end)...].first, last == 0x20 || last == 0x0D {
            end = line.utf8.index(before: end)
        }
        let body = line.utf8[..<end]
        guard let marker = body.last else { return false }
        var cut = body.endIndex
        if marker == UInt8(ascii: "-") || marker == UInt8(ascii: "+") { cut = body.index(before: cut) }
        guard cut > body.startIndex, body[body.index(before: cut)] == UInt8(ascii: "|") || body[body.index(before: cut)] == UInt8(ascii: ">") else { return false }
        let before = body[..<body.index(before: cut)]
        // "key: |" — the indicator after a space, with a colon on the line.
        guard let space = before.last, space == 0x20 else { return false }
        return before.contains(UInt8(ascii: ":"))
    }
}
