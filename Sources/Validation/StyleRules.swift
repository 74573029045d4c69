import Foundation
import DocumentModel
import JapaneseCalendar

/// A style check of what the user wrote, as a prefectural reviewer reads it: the class of checks
/// of textlint-rule-preset-ja-technical-writing (a space between a number and its unit,
/// half-width katakana, ASCII punctuation in Japanese, mixed registers, the digit style, doubled
/// particles and marks), located at the YAML or CSV line and column of the characters. Warnings,
/// each switchable in contract.yaml (`document.style_checks`). There is no morphological
/// analysis: a doubled particle is one written twice in a row (をを), not two in one sentence.
public enum StyleRules {
    /// Every free text of the values given (plan, reports, log records).
    /// - Parameter register: the documents' register (contract.yaml): the user's sentences
    ///   are written in it too (log records, which quote what was said, aside).
    public static func check(_ values: [ObjectValue], settings: StyleCheckSettings, digits: DigitStyle, register: Register = .dearu,
                             sources: SourceTexts) -> [Diagnostic] {
        var checker = Checker(settings: settings, digits: digits, register: register, sources: sources)
        for value in values {
            checker.registerChecked = !LogSchema.all.contains { $0 === value.schema }
            checker.walk(value)
        }
        return checker.diagnostics
    }

    /// Fields that hold no prose: identifiers, addresses of mail and telephone, paths.
    static let skippedKeys: [String] = ["id", "email", "phone", "logs", "requirements_catalog", "number", "party", "contact_email", "contact_phone",
                                        "address"]

    /// Where the source shows one character of a quoted value: its line, its column (from 0)
    /// and how many characters of the source it takes (an escape such as `\u3000`, a doubled quote).
    struct QuotedPlace: Equatable {
        let line: Int
        let column: Int
        let width: Int
    }

    /// Where a value begins in its source: the character its span starts at (0-based), past an
    /// anchor or a tag in YAML; whether it is a CSV cell; its first line.
    struct ValueStart {
        let column: Int
        let csv: Bool
        let line: [Unicode.Scalar]

        init(_ span: SourceSpan, sources: SourceTexts) {
            line = sources.line(span.line, of: span.file).map { Array($0.unicodeScalars) } ?? []
            csv = span.file.lowercased().hasSuffix(".csv")
            column = csv ? span.column - 1 : YAMLLine.valueStart(line, from: span.column - 1)
        }

        /// The character there, if the line has it.
        var first: Unicode.Scalar? { column >= 0 && column < line.count ? line[column] : nil }
        /// Whether the value is a YAML block scalar (`|`, `>`), whose lines are the lines after its key's.
        var isBlock: Bool { !csv && (first == "|" || first == ">") }
    }

    /// Where the source shows each character of `text`, a value that starts at a quote: YAML's
    /// double-quoted (escapes, folded lines) and single-quoted (`''`) scalars, and a quoted CSV
    /// cell (`""`, line breaks kept), matched against the text from its start as far as the
    /// source reads the same; nil when the value does not start at a quote.
    static func quotedPlaces(_ text: [Unicode.Scalar], at span: SourceSpan, start: ValueStart, sources: SourceTexts) -> [QuotedPlace]? {
        var line = start.line
        let csv = start.csv
        var column = start.column
        // A CSV cell is quoted with " only.
        guard let quote = start.first, quote == "\"" || (!csv && quote == "'") else { return nil }
        let escapes = quote == "\"" && !csv
        var lineNumber = span.line
        column += 1
        var places: [QuotedPlace] = []
        places.reserveCapacity(text.count)
        /// Where the line's trailing white space begins (YAML drops it where a line is folded).
        func contentEnd(_ line: [Unicode.Scalar]) -> Int {
            var end = line.count
            while end > 0, line[end - 1].isYAMLBlank { end -= 1 }
            return end
        }
        var end = contentEnd(line)
        /// Matches one character of the source against the text; false once they differ or the text is done.
        func take(_ scalar: Unicode.Scalar, _ line: Int, _ column: Int, _ width: Int) -> Bool {
            // The text was trimmed: white space before its first character is not in it.
            if places.isEmpty, scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\u{3000}" || scalar == "\u{FEFF}" { return true }
            guard places.count < text.count, text[places.count] == scalar else { return false }
            places.append(QuotedPlace(line: line, column: column, width: width))
            return true
        }
        var escapedBreak = false
        scan: while places.count < text.count {
            if column >= line.count || (!csv && column >= end && !escapedBreak) {
                // The end of a source line inside the quotes: what it becomes in the text is
                // placed at the line's last character (a caret past the line's end points at nothing).
                let breakLine = lineNumber, breakColumn = max(0, min(column, line.count) - 1)
                if csv {
                    guard take("\n", breakLine, breakColumn, 1), let next = sources.line(lineNumber + 1, of: span.file) else { break }
                    lineNumber += 1
                    line = Array(next.unicodeScalars)
                    column = 0
                    continue
                }
                // YAML folds the break: one space, or a line feed per empty line after it (none
                // after an escaped break), and the next line's leading white space dropped.
                var empty = 0
                while true {
                    guard let next = sources.line(lineNumber + 1, of: span.file) else { break scan }
                    lineNumber += 1
                    line = Array(next.unicodeScalars)
                    end = contentEnd(line)
                    column = 0
                    while column < line.count, line[column].isYAMLBlank { column += 1 }
                    if column < line.count { break }
                    empty += 1
                }
                if empty == 0 {
                    if !escapedBreak, !take(" ", breakLine, breakColumn, 1) { break }
                } else {
                    for _ in 0..<empty {
                        guard take("\n", breakLine, breakColumn, 1) else { break scan }
                    }
                }
                escapedBreak = false
                continue
            }
            let scalar = line[column]
            if scalar == quote {
                // Doubled, the quote itself ('' in YAML's single quotes, "" in CSV); else the end.
                guard quote == "'" || csv, column + 1 < line.count, line[column + 1] == quote, take(quote, lineNumber, column, 2) else { break }
                column += 2
                continue
            }
            if escapes && scalar == "\\" {
                guard column + 1 < line.count else {
                    escapedBreak = true
                    column += 1
                    continue
                }
                let letter = line[column + 1]
                let digits: Int = switch letter { case "x": 2; case "u": 4; case "U": 8; default: 0 }
                let decoded: Unicode.Scalar?
                if digits > 0 {
                    guard column + 2 + digits <= line.count else { break }
                    decoded = UInt32(String(String.UnicodeScalarView(line[(column + 2)..<(column + 2 + digits)])), radix: 16).flatMap(Unicode.Scalar.init)
                } else {
                    decoded = StyleRules.yamlEscapes[letter]
                }
                // A carriage return is read as a line break, and \r\n as one.
                if decoded == "\r" {
                    let pair = column + 3 < line.count && line[column + 2] == "\\" && line[column + 3] == "n"
                    guard take("\n", lineNumber, column, pair ? 4 : 2) else { break }
                    column += pair ? 4 : 2
                    continue
                }
                guard let decoded, take(decoded, lineNumber, column, 2 + digits) else { break }
                column += 2 + digits
                continue
            }
            guard take(scalar, lineNumber, column, 1) else { break }
            column += 1
        }
        return places
    }

    /// The one-letter escapes of YAML's double-quoted scalars, as libyaml reads them.
    static let yamlEscapes: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "\u{0}", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}", "r": "\r", "e": "\u{1B}",
        " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
    ]

    struct Checker {
        let settings: StyleCheckSettings
        let digits: DigitStyle
        let register: Register
        let sources: SourceTexts
        /// Whether the text at hand is held to the documents' register.
        var registerChecked = true
        var diagnostics: [Diagnostic] = []

        mutating func walk(_ object: ObjectValue) {
            for (field, value) in zip(object.schema.fields, object.values) {
                guard let value, !StyleRules.skippedKeys.contains(field.key) else { continue }
                walk(value)
            }
        }

        mutating func walk(_ value: Value) {
            switch value.kind {
            case .text(let text): check(text, at: value.span)
            case .list(let items): for item in items { walk(item) }
            case .object(let object): walk(object)
            case .map(let entries): for entry in entries { walk(entry.value) }
            default: break
            }
        }

        /// What ``add`` works out once per text (so that many problems in one long text cost
        /// no more than a pass each): where its line breaks are, and for each of its lines where
        /// the source shows it as written.
        struct Placement {
            let newlines: [Int]
            /// Per line of the text (0 = the first): the source line and the column its first
            /// character is at (0-based), or nil when the source does not show it as written.
            var lines: [Int: (line: Int, column: Int)?] = [:]
            /// The first line, when the value starts on the key's line: how many of its characters
            /// the source shows as written from the value's column.
            var firstMatched: Int?
            /// Where the value begins in its source.
            let start: StyleRules.ValueStart
            /// A quoted value (`"…"`, `'…'`, a quoted CSV cell): where the source shows each of
            /// the text's characters, as far as they were matched (none when its first cannot
            /// be); nil for a value not quoted.
            let quoted: [StyleRules.QuotedPlace]?
        }
        var placement: Placement?
        /// The item numbers of the text at hand (``itemNumbers(_:)``), when the numbering check
        /// is on: the numbering check says them, and the checks of numbers and punctuation leave
        /// them to it.
        var items: [(start: Int, mark: Int)] = []

        /// One problem, at its characters when the source line shows the value as written.
        mutating func add(_ code: StyleCode, _ message: Message, expected: Message, text: [Unicode.Scalar], offset: Int, length: Int, at span: SourceSpan) {
            var where_ = span
            var place = placement ?? {
                let start = StyleRules.ValueStart(span, sources: sources)
                return Placement(newlines: text.indices.filter { text[$0] == "\n" }, start: start,
                                 quoted: StyleRules.quotedPlaces(text, at: span, start: start, sources: sources))
            }()
            defer { placement = place }
            if let places = place.quoted {
                // Escapes and folded lines make the text differ from the source: each character's own place.
                if offset + length <= places.count, length > 0 {
                    let first = places[offset], last = places[offset + length - 1]
                    let width = last.line == first.line
                        ? last.column + last.width - first.column
                        : max(1, (sources.line(first.line, of: span.file)?.unicodeScalars.count ?? first.column + 1) - first.column)
                    where_ = SourceSpan(file: span.file, line: first.line, column: first.column + 1, length: width)
                }
                diagnostics.append(.warning(.style(code), message, expected: expected, at: where_))
                return
            }
            // The line of the text the problem is on: the number of line breaks before it.
            var low = 0, high = place.newlines.count
            while low < high {
                let middle = (low + high) / 2
                if place.newlines[middle] < offset { low = middle + 1 } else { high = middle }
            }
            let lineIndex = low
            let lineStart = lineIndex == 0 ? 0 : place.newlines[lineIndex - 1] + 1
            let lineEnd = lineIndex < place.newlines.count ? place.newlines[lineIndex] : text.count
            /// Where the source shows `text[lineStart..<lineEnd]` as the end of `sourceLine`.
            func indented(_ sourceLine: Int) -> (line: Int, column: Int)? {
                guard let source = sources.line(sourceLine, of: span.file) else { return nil }
                let sourceScalars = Array(source.unicodeScalars)
                let indent = sourceScalars.count - (lineEnd - lineStart)
                guard indent >= 0, sourceScalars[indent...].elementsEqual(text[lineStart..<lineEnd]) else { return nil }
                return (sourceLine, indent)
            }
            let start = place.start.column
            if lineIndex > 0 {
                // A block scalar (|): the k-th line of the text is the k-th line after the key's.
                if place.start.isBlock, place.lines[lineIndex] == nil { place.lines[lineIndex] = .some(indented(span.line + 1 + lineIndex)) }
                if let found = place.lines[lineIndex] ?? nil {
                    where_ = SourceSpan(file: span.file, line: found.line, column: found.column + (offset - lineStart) + 1, length: length)
                }
            } else if !place.start.line.isEmpty {
                if place.firstMatched == nil {
                    let lineScalars = place.start.line
                    var matched = 0
                    if start >= 0 {
                        while matched < lineEnd, start + matched < lineScalars.count, lineScalars[start + matched] == text[matched] { matched += 1 }
                    }
                    place.firstMatched = matched
                }
                if offset + length <= place.firstMatched ?? 0 {
                    where_ = SourceSpan(file: span.file, line: span.line, column: start + offset + 1, length: length)
                } else if place.start.isBlock, offset + length <= lineEnd {
                    // A block scalar whose first line is after the key: handled like the others.
                    if place.lines[0] == nil { place.lines[0] = .some(indented(span.line + 1)) }
                    if let found = place.lines[0] ?? nil {
                        where_ = SourceSpan(file: span.file, line: found.line, column: found.column + offset + 1, length: length)
                    }
                }
            }
            diagnostics.append(.warning(.style(code), message, expected: expected, at: where_))
        }

        mutating func check(_ string: String, at span: SourceSpan) {
            // Pure ASCII (IDs, numbers, English) holds no Japanese to check.
            guard !string.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            // In one pass (Array(_:) would count the scalars first, then copy them).
            var text: [Unicode.Scalar] = []
            text.reserveCapacity(string.utf8.count)
            for scalar in string.unicodeScalars { text.append(scalar) }
            guard text.contains(where: Self.isJapanese) else { return }
            placement = nil
            var hasDigit = false, hasHalfwidthKana = false, hasASCIIPunctuation = false
            for s in text {
                let v = s.value
                if (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) { hasDigit = true }
                else if (0xFF61...0xFF9F).contains(v) { hasHalfwidthKana = true }
                else if Self.hasFullWidth(v) { hasASCIIPunctuation = true }
            }
            items = settings.numbering && hasDigit ? Self.itemNumbers(text) : []
            if settings.numberUnitSpace && hasDigit { numberUnitSpace(text, span) }
            if settings.halfwidthKatakana && hasHalfwidthKana { halfwidthKatakana(text, span) }
            if settings.asciiPunctuation && hasASCIIPunctuation { asciiPunctuation(text, span) }
            if settings.digitStyle && hasDigit { digitStyle(text, span) }
            if settings.doubled { doubled(text, span) }
            if !items.isEmpty { numbering(text, span) }
            if settings.mixedRegister { mixedRegister(text, span) }
        }

        // MARK: The checks

        static let units = ["件", "回", "分", "時間", "人", "名", "日", "か月", "ヶ月", "年", "月", "社", "台", "個", "円", "万円", "億円", "％", "%",
                            "秒", "時", "週間", "部", "項目", "様式", "版", "号", "点", "割", "か所", "箇所", "行", "文字", "ページ"]

        /// The units as scalars, longest first (万円 before 円).
        static let unitScalars: [(unit: String, scalars: [Unicode.Scalar])] = units.map { ($0, Array($0.unicodeScalars)) }
            .sorted { $0.1.count > $1.1.count }

        static func unit(at index: Int, in text: [Unicode.Scalar]) -> String? {
            guard index < text.count else { return nil }
            let first = text[index]
            for (unit, scalars) in unitScalars where scalars[0] == first {
                if index + scalars.count <= text.count, text[index..<(index + scalars.count)].elementsEqual(scalars) { return unit }
            }
            return nil
        }

        mutating func numberUnitSpace(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            // An item number (1. 件数の確認) is the numbering check's to say, not a count.
            let itemStarts = Set(items.map(\.start))
            var i = 0
            while i < text.count {
                guard Self.isDigit(text[i]) else { i += 1; continue }
                var j = i
                while j < text.count, Self.isDigit(text[j]) || text[j] == "," || text[j] == "." { j += 1 }
                if itemStarts.contains(i) { i = j; continue }
                var k = j
                while k < text.count, text[k] == " " || text[k] == "\u{3000}" { k += 1 }
                if k > j, let unit = Self.unit(at: k, in: text) {
                    let number = String(String.UnicodeScalarView(text[i..<j]))
                    add(.numberUnitSpace,
                        Message(ja: "数字と単位の間に空白があります（「\(number)\(String(repeating: " ", count: k - j))\(unit)」）",
                                en: "a space between a number and its unit (\"\(number) \(unit)\")"),
                        expected: Message(ja: "\(number)\(unit)", en: "\(number)\(unit)"), text: text, offset: j, length: k - j, at: span)
                }
                // A space before a count inside a Japanese sentence (不審な通信 ３件): as before its unit.
                var b = i
                while b > 0, text[b - 1] == " " || text[b - 1] == "\u{3000}" { b -= 1 }
                if b < i, b > 0, Self.isJapanese(text[b - 1]), !Self.isPunctuation(text[b - 1]), Self.unit(at: j, in: text) != nil {
                    let number = String(String.UnicodeScalarView(text[i..<j]))
                    let word = String(text[b - 1])
                    add(.numberUnitSpace,
                        Message(ja: "和文と数字の間に空白があります（「\(word)\(String(repeating: " ", count: i - b))\(number)」）",
                                en: "a space between Japanese text and a number (\"\(word) \(number)\")"),
                        expected: Message(ja: "\(word)\(number)", en: "\(word)\(number)"), text: text, offset: b, length: i - b, at: span)
                }
                i = max(j, i + 1)
            }
        }

        mutating func halfwidthKatakana(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            var i = 0
            while i < text.count {
                guard (0xFF61...0xFF9F).contains(text[i].value) else { i += 1; continue }
                var j = i
                while j < text.count, (0xFF61...0xFF9F).contains(text[j].value) { j += 1 }
                let run = String(String.UnicodeScalarView(text[i..<j]))
                let full = run.applyingTransformFullWidth()
                add(.halfwidthKatakana, Message(ja: "半角カタカナ「\(run)」があります", en: "half-width katakana \"\(run)\""),
                    expected: Message(ja: "全角カタカナ（\(full)）", en: "full-width katakana (\(full))"), text: text, offset: i, length: j - i, at: span)
                i = j
            }
        }

        static let fullWidthOf: [Unicode.Scalar: String] = [",": "、", ".": "。", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？", "%": "％"]

        /// Whether an ASCII scalar is a key of ``fullWidthOf``: asked of every ASCII scalar of
        /// every text, read from a table made once from the dictionary, without hashing.
        @inline(__always)
        static func hasFullWidth(_ value: UInt32) -> Bool { value < 0x80 && hasFullWidthTable[Int(value)] }

        private static let hasFullWidthTable: [Bool] = (0..<0x80).map { fullWidthOf[Unicode.Scalar(UInt8($0))] != nil }

        mutating func asciiPunctuation(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            // Addresses keep their punctuation.
            if text.contains("@") { return }
            // The mark after an item number (1) 検知…) is the numbering check's to say.
            let itemMarks = Set(items.map(\.mark))
            if let colon = text.firstIndex(of: ":"), colon + 2 < text.count, text[colon + 1] == "/", text[colon + 2] == "/" { return }
            for (i, c) in text.enumerated() {
                guard let full = Self.fullWidthOf[c], !itemMarks.contains(i) else { continue }
                let before = i > 0 ? text[i - 1] : nil, after = i + 1 < text.count ? text[i + 1] : nil
                // Inside numbers and times (72.4, 9:00, 1,977) and after a number (% only) they stay.
                if (c == "." || c == ":" || c == ",") && before.map(Self.isASCIIDigit) == true && after.map(Self.isASCIIDigit) == true { continue }
                let japaneseBeside: Bool
                switch c {
                case "%": japaneseBeside = before.map(Self.isDigit) == true
                case "(": japaneseBeside = before.map(Self.isJapanese) == true || after.map(Self.isJapanese) == true
                case ")": japaneseBeside = before.map(Self.isJapanese) == true || after.map(Self.isJapanese) == true
                default: japaneseBeside = before.map(Self.isJapanese) == true
                }
                guard japaneseBeside else { continue }
                add(.asciiPunctuation, Message(ja: "和文の中に半角の「\(Character(c))」があります", en: "ASCII \"\(Character(c))\" in Japanese text"),
                    expected: Message(ja: "全角の「\(full)」", en: "full-width \"\(full)\""), text: text, offset: i, length: 1, at: span)
            }
        }

        mutating func digitStyle(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            var i = 0
            while i < text.count {
                guard Self.isDigit(text[i]) else { i += 1; continue }
                var j = i
                while j < text.count, Self.isDigit(text[j]) { j += 1 }
                // A grouped number or a decimal is one number (1,032 or １，０３２; 99.8 or ９９．８):
                // commas before groups of three digits, a point before its fraction.
                var grouped = false, decimal = false
                while j + 3 < text.count {
                    guard text[j] == "," || text[j] == "，", (1...3).allSatisfy({ Self.isDigit(text[j + $0]) }),
                          j + 4 >= text.count || !Self.isDigit(text[j + 4]) else { break }
                    grouped = true
                    j += 4
                }
                if j + 1 < text.count, text[j] == "." || text[j] == "．", Self.isDigit(text[j + 1]) {
                    decimal = true
                    j += 1
                    while j < text.count, Self.isDigit(text[j]) { j += 1 }
                }
                defer { i = j }
                // A number counted in Japanese: not part of an identifier, a code or a date.
                let before = i > 0 ? text[i - 1] : nil
                if let before, Self.isASCIILetter(before) || before == "-" || before == "." || before == "," || before == "/" || before == ":"
                    || before == "，" || before == "．" || before == "_" { continue }
                if j < text.count, text[j] == "." || text[j] == "," || text[j] == ":" || text[j] == "，" || text[j] == "．" || Self.isASCIILetter(text[j]) { continue }
                // A number counts in Japanese before its unit, after 第 (第１開庁日), or before a
                // Japanese word (５開庁日以内, ビル７階); grouping is asked only before a unit.
                let unit = Self.unit(at: j, in: text)
                let inJapanese = unit != nil || before == "第" || (j < text.count && Self.isJapaneseWord(text[j]))
                guard inJapanese else { continue }
                let run = text[i..<j]
                let count = run.count
                // Four digits or more are grouped by threes (1,977件), years and dates aside.
                if !grouped, !decimal, count >= 4, let unit, run.allSatisfy(Self.isASCIIDigit), !["年", "月", "日", "号", "版"].contains(unit) {
                    let written = String(String.UnicodeScalarView(run))
                    let grouped = Int(written).map { Digits.grouped($0) } ?? written
                    add(.digitStyle, Message(ja: "４桁以上の数字「\(written)」に３桁ごとの区切りがありません", en: "the number \"\(written)\" has no comma every three digits"),
                        expected: Message(ja: grouped, en: grouped), text: text, offset: i, length: count, at: span)
                    continue
                }
                let allHalf = run.allSatisfy { $0.value < 0x80 }, allFull = run.allSatisfy { $0.value >= 0x80 }
                let expectFull: Bool
                switch digits {
                case .half: expectFull = false
                case .full: expectFull = true
                case .mixed: expectFull = count == 1  // a grouped number or a decimal has more than one character
                }
                let ok = expectFull ? allFull : allHalf
                guard !ok else { continue }
                let written = String(String.UnicodeScalarView(run))
                let wanted = expectFull ? Self.toFull(written) : Digits.ascii(written)
                let rule = Message(ja: digits == .mixed ? "１桁は全角、２桁以上は半角" : (digits == .full ? "全角" : "半角"),
                                   en: digits == .mixed ? "one digit full-width, more half-width" : (digits == .full ? "full-width" : "half-width"))
                add(.digitStyle, Message(ja: "数字「\(written)」が契約の書き方（\(rule.japanese)）と違います", en: "the number \"\(written)\" breaks the contract's digit style (\(rule.english))"),
                    expected: Message(ja: wanted, en: wanted), text: text, offset: i, length: count, at: span)
            }
        }

        /// The marks that may follow an item number in other writing (1. 2、 3) ４．), not in
        /// official Japanese, which puts a space after the number or brackets it: (1).
        static let numberingMarks: Set<Unicode.Scalar> = [".", "．", "、", ",", "，", ")", "）"]
        /// Spaces before an item number or after its mark.
        static let lineSpaces: Set<Unicode.Scalar> = [" ", "\u{3000}", "\t", "\u{00A0}"]
        /// What, right after the mark, makes the number a reference or a count rather than an
        /// item's own number: a particle or a conjunction (3）の内容, 1.及び2., 1）～3）, 2）は),
        /// another number (1, 2, 3回目, 2、三回目).
        static let referenceFollowers: Set<Unicode.Scalar> = ["の", "と", "は", "が", "を", "に", "も", "や", "へ", "及", "又", "並", "〜", "～",
                                                               "、", "。", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇"]

        /// Item numbers at the start of a line (spaces before it aside) with a mark after them,
        /// before a Japanese sentence (1. 検知した者は…): where each number starts and where its
        /// mark is. Not an item number: a number that goes on (2.5時間, 1、2回目, 1, 2, 3回目,
        /// 1）（2）に準じる), one referred to (3）の内容, 1.〜3.の各項目), a line that continues a
        /// bracket opened on the line before (…（前年度\n2）は減少), a line with no Japanese
        /// after the mark.
        static func itemNumbers(_ text: [Unicode.Scalar]) -> [(start: Int, mark: Int)] {
            var found: [(start: Int, mark: Int)] = []
            var lineStart = 0, depth = 0
            while lineStart < text.count {
                let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.count
                defer {
                    for scalar in text[lineStart..<lineEnd] {
                        if scalar == "（" || scalar == "(" { depth += 1 } else if (scalar == "）" || scalar == ")") && depth > 0 { depth -= 1 }
                    }
                    lineStart = lineEnd + 1
                }
                guard depth == 0 else { continue }
                var i = lineStart
                while i < lineEnd, lineSpaces.contains(text[i]) { i += 1 }
                var j = i
                while j < lineEnd, isDigit(text[j]) { j += 1 }
                guard j > i, j - i <= 2, j + 1 < lineEnd, numberingMarks.contains(text[j]) else { continue }
                var k = j + 1
                while k < lineEnd, lineSpaces.contains(text[k]) { k += 1 }
                guard k < lineEnd, !isDigit(text[k]) else { continue }
                // A reference follows its mark at once (3）の); an item's text may begin with any word after a space (1. はじめに).
                if k == j + 1, referenceFollowers.contains(text[k]) { continue }
                if (text[k] == "（" || text[k] == "("), k + 1 < lineEnd, isDigit(text[k + 1]) { continue }
                guard text[k..<lineEnd].contains(where: isJapanese) else { continue }
                found.append((i, j))
            }
            return found
        }

        mutating func numbering(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            for (start, j) in items {
                let number = String(String.UnicodeScalarView(text[start..<j]))
                let mark = Character(text[j])
                var k = j + 1
                while k < text.count, Self.lineSpaces.contains(text[k]) { k += 1 }
                // An item that begins with a word a number counts (1. 件数の確認): a space after
                // the number would read as a count (1 件数), so only the bracketed form is asked.
                let bracketOnly = Self.unit(at: k, in: text) != nil
                add(.numbering, Message(ja: "行頭の項目番号「\(number)\(mark)」に「\(mark)」が付いています",
                                        en: "the item number \"\(number)\(mark)\" at the start of a line has a \"\(mark)\" after it"),
                    expected: bracketOnly
                        ? Message(ja: "「（\(number)）」", en: "\"（\(number)）\"")
                        : Message(ja: "「\(number) 」（番号の後に空白）又は「（\(number)）」",
                                  en: "\"\(number) \" (a space after the number) or \"（\(number)）\""),
                    text: text, offset: j, length: 1, at: span)
            }
        }

        static let particles: Set<String> = ["が", "を", "に", "は", "で", "の"]

        mutating func doubled(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            var i = 1
            while i < text.count {
                let a = text[i - 1], b = text[i]
                let mark = a == b && (a == "。" || a == "、")
                // A particle written twice after a word (システムをを): not ののしる or ははは.
                let particle = a == b && Self.particles.contains(String(Character(a))) && i >= 2 && Self.isWordEnd(text[i - 2])
                    && (i + 1 >= text.count || text[i + 1] != a)
                if mark || particle {
                    let pair = String(Character(a)) + String(Character(b))
                    add(.doubled, Message(ja: "「\(pair)」と重なっています", en: "\"\(pair)\" is doubled"),
                        expected: Message(ja: "「\(Character(a))」", en: "\"\(Character(a))\""), text: text, offset: i - 1, length: 2, at: span)
                    i += 2
                    continue
                }
                i += 1
            }
        }

        static let politeEndings = ["です", "ます", "でした", "ました", "ません", "ませんでした", "でしょう", "ください", "ましょう"]
        static let plainEndings = ["である", "であった", "だ", "だった", "ない", "なかった", "する", "した", "いる", "いた", "ある", "あった",
                                   "れる", "れた", "せる", "せた", "できる", "できた", "なる", "なった", "行う", "行った", "とする", "とした"]

        enum Ending { case polite, plain }

        static let politeScalars = politeEndings.map { Array($0.unicodeScalars) }
        static let plainScalars = plainEndings.map { Array($0.unicodeScalars) }
        /// Whether a scalar closes a sentence without ending it (a closing bracket, a space): asked
        /// at the end of every sentence, compared, not hashed.
        @inline(__always)
        static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "）", "」", "』", " ", "\u{3000}": true
            default: false
            }
        }

        static func ending(of sentence: ArraySlice<Unicode.Scalar>) -> Ending? {
            var end = sentence.endIndex
            // Trailing closing brackets and spaces do not count.
            while end > sentence.startIndex, isCloser(sentence[end - 1]) { end -= 1 }
            let body = sentence[sentence.startIndex..<end]
            func endsWith(_ suffix: [Unicode.Scalar]) -> Bool {
                // The last character first: it rules out almost every ending at once.
                guard let last = suffix.last, body.count >= suffix.count, body[end - 1] == last else { return suffix.isEmpty }
                return body[(end - suffix.count)..<end].elementsEqual(suffix)
            }
            if politeScalars.contains(where: endsWith) { return .polite }
            if plainScalars.contains(where: endsWith) { return .plain }
            return nil
        }

        mutating func mixedRegister(_ text: [Unicode.Scalar], _ span: SourceSpan) {
            // Sentences end at 。 or a line break. Only the first sentence with an ending and the
            // first in the other register are needed: found in one pass, no list of sentences made.
            var found: (start: Int, end: Int, ending: Ending)?, differing: (start: Int, end: Int, ending: Ending)?
            var start = 0
            for i in 0...text.count where i == text.count || text[i] == "。" || text[i] == "\n" {
                if i > start, let e = Self.ending(of: text[start..<i]) {
                    if let found {
                        if e != found.ending {
                            differing = (start, i, e)
                            break
                        }
                    } else {
                        found = (start, i, e)
                    }
                }
                start = i + 1
            }
            guard let first = found else { return }
            guard let other = differing else {
                // One register throughout, but not the documents' one.
                let wanted: Ending = register == .dearu ? .plain : .polite
                guard registerChecked, first.ending != wanted else { return }
                let t = String(String.UnicodeScalarView(text[first.start..<first.end]))
                let excerpt = t.count > 20 ? "…" + String(t.suffix(19)) : t
                let (doc, found) = register == .dearu ? ("である調", "です・ます調") : ("です・ます調", "である調")
                add(.mixedRegister,
                    Message(ja: "\(doc)の文書に\(found)の文（「\(excerpt)」）があります", en: "a sentence in \(found) (\"\(excerpt)\") in a document written in \(doc)"),
                    expected: Message(ja: "\(doc)（contract.yaml の document.register）", en: "\(doc) (document.register in contract.yaml)"),
                    text: text, offset: first.start, length: max(1, first.end - first.start), at: span)
                return
            }
            let (polite, plain) = first.ending == .polite ? (first, other) : (other, first)
            let excerpt = { (s: (start: Int, end: Int, ending: Ending)) in
                let t = String(String.UnicodeScalarView(text[s.start..<s.end]))
                return t.count > 20 ? "…" + String(t.suffix(19)) : t
            }
            add(.mixedRegister,
                Message(ja: "です・ます調（「\(excerpt(polite))」）とである調（「\(excerpt(plain))」）が混ざっています",
                        en: "です・ます (\"\(excerpt(polite))\") and である (\"\(excerpt(plain))\") are mixed"),
                expected: Message(ja: "どちらか一方の文体", en: "one register"), text: text, offset: other.start, length: max(1, other.end - other.start), at: span)
        }

        // MARK: Characters

        /// Japanese punctuation and brackets (after which a space may stand).
        static func isPunctuation(_ s: Unicode.Scalar) -> Bool { (0x3000...0x303F).contains(s.value) || s == "・" }

        /// A character of Japanese words (kana, kanji), after which a number counts in Japanese.
        static func isJapaneseWord(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: true
            default: false
            }
        }

        static func isJapanese(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x3000...0x303F: true
            default: false
            }
        }

        static func isWordEnd(_ s: Unicode.Scalar) -> Bool {
            switch s.value {
            case 0x30A0...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF: true
            default: false
            }
        }

        static func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
        static func isDigit(_ s: Unicode.Scalar) -> Bool { isASCIIDigit(s) || (0xFF10...0xFF19).contains(s.value) }
        static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value) }

        static func toFull(_ text: String) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { s in
                switch s {
                case ",": "，"
                case ".": "．"
                default: isASCIIDigit(s) ? Unicode.Scalar(s.value - 0x30 + 0xFF10) ?? s : s
                }
            }))
        }
    }
}

extension String {
    /// Half-width katakana as full-width (NFKC of the run).
    func applyingTransformFullWidth() -> String {
        precomposedStringWithCompatibilityMapping
    }
}
