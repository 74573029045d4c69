import DocumentModel

/// What typing YAML in Japanese input mode leaves behind, found before the YAML parser sees it
/// (which would report something else, a line later): a full-width colon after a key
/// (`title：件名`) and full-width spaces (U+3000) in the indentation.
enum JapaneseInputHabits {
    static func problems(in text: String, file: String) -> [Diagnostic] {
        // Fast path: neither character appears at all.
        guard text.utf8.contains(0xEF) || text.utf8.contains(0xE3) else { return [] }
        var problems: [Diagnostic] = []
        var blockIndent: Int?
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
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
                    Message(ja: "キー「\(key)」の後ろが全角のコロン「：」です（日本語入力のままの入力）", en: "the key '\(key)' is followed by a full-width colon '：' (typed in Japanese input mode)"),
                    expected: Message(ja: "半角のコロンと空白「: 」", en: "an ASCII colon and a space ': '"),
                    at: SourceSpan(file: file, line: lineNumber, column: i + 1)))
                continue
            }
            // A line that opens a block scalar: the lines indented under it are text.
            let trimmed = String(line).trimmingSpaces()
            if let last = trimmed.split(separator: " ").last, ["|", "|-", "|+", ">", ">-", ">+"].contains(String(last)), trimmed.contains(":") {
                blockIndent = indent
            }
        }
        return problems
    }
}
