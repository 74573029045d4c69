import DocumentModel
import Foundation
import JapaneseCalendar

/// Reads a log (incidents, maintenance or inquiries) from CSV with a header row, against its
/// schema: every bad cell is reported with its file, line and column; rows with a problem are
/// left out (their errors stop any output).
public enum LogLoader {
    /// CSV logs may be large (100,000 rows is about ten megabytes); this bounds them.
    public static let maximumBytes = 32 * 1024 * 1024

    /// - Parameter keepText: `false` keeps only whether each text field is filled (what the
    ///   service-level computation and the row rules need), not its words: `teishutsu sla` on
    ///   100,000 rows then stays small.
    public static func load(path: String, displayPath: String, schema: ObjectSchema, keepText: Bool = true, confinement: Confinement? = nil,
                            reference: SourceSpan? = nil, sources: inout SourceTexts) -> ([LogRow], [Diagnostic]) {
        switch InputFile.readBytes(path: path, displayPath: displayPath, limit: maximumBytes, confinement: confinement, reference: reference) {
        case .failure(let diagnostic):
            return ([], [diagnostic])
        case .success(let bytes):
            // Parsed from the bytes as read: a large log is not copied into a string first.
            if let problem = InputFile.textProblem(bytes, displayPath: displayPath) { return ([], [problem]) }
            // Without the byte-order mark, as the decoded text would be (the reader drops one more, as it did from the text).
            let (rows, diagnostics) = InputFile.withoutByteOrderMark(bytes).withUnsafeBufferPointer {
                parse(bytes: $0, file: displayPath, schema: schema, keepText: keepText)
            }
            // The text is kept for quoting lines in diagnostics, and for rows shown in documents.
            // (Already checked to be UTF-8: decoded without a second check.)
            if !diagnostics.isEmpty || keepText {
                sources.add(displayPath, text: String(decoding: InputFile.withoutByteOrderMark(bytes), as: UTF8.self))
            }
            return (rows, diagnostics)
        }
    }

    public static func parse(_ text: String, file: String, schema: ObjectSchema, keepText: Bool = true) -> ([LogRow], [Diagnostic]) {
        var text = text
        // The text's own UTF-8 storage is read in place: no copy of a large file.
        return text.withUTF8 { parse(bytes: $0, file: file, schema: schema, keepText: keepText) }
    }

    /// A row of commas alone (`,,,,,`, as Excel writes below a range once cleared or formatted):
    /// an empty line, skipped like one. A quoted empty value was written on purpose.
    static func isEmptyRow(_ fields: [CSVRecordReader.Field], _ reader: CSVRecordReader) -> Bool {
        fields.count > 1 && fields.allSatisfy { !$0.quoted && reader.trimmed($0).isEmpty }
    }

    private static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, schema: ObjectSchema, keepText: Bool) -> ([LogRow], [Diagnostic]) {
        var reader = CSVRecordReader(bytes)
        var problems = ProblemList()
        func syntax(_ error: CSVRecordReader.ProblemError) -> Diagnostic {
            switch error.problem {
            case .unclosedQuote(let line, let column):
                return .error(.input(.csvSyntax), Message(ja: "引用符（\"）が閉じていません", en: "a quoted field is not closed"),
                              expected: Message(ja: "閉じる \"", en: "a closing \""), at: SourceSpan(file: file, line: line, column: column))
            case .afterQuote(let line, let column):
                return .error(.input(.csvSyntax), Message(ja: "引用符で囲んだ値の後に文字があります", en: "characters after a quoted field"),
                              expected: Message(ja: "「,」または改行", en: "a comma or the end of the line"),
                              at: SourceSpan(file: file, line: line, column: column))
            }
        }
        // Lines that end with CR alone (the old Mac form) read as one line: say so, once.
        // (memchr: a log with LF endings has no CR, and the whole file is looked through.)
        func find(_ byte: UInt8) -> Int? {
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
        if let cr = find(0x0D), find(0x0A) == nil, cr + 1 < bytes.count {
            return ([], [.error(.input(.csvLineEndings),
                                Message(ja: "\(file) の改行が CR だけです（古い Mac の形式）。行の区切りを読めません",
                                        en: "\(file) ends its lines with CR alone (the old Mac form), so its rows cannot be told apart"),
                                expected: Message(ja: "LF または CRLF の改行", en: "LF or CRLF line endings"), at: .file(file))])
        }
        var next = reader.next()
        // Rows of commas alone above the header are empty lines, as below it.
        while case .success(let record)? = next, Self.isEmptyRow(record.fields, reader) { next = reader.next() }
        guard let first = next else {
            return ([], [.error(.input(.csvNoHeader), Message(ja: "\(file) に見出し行がありません", en: "\(file) has no header row"),
                                expected: Message(ja: schema.keys.joined(separator: ","), en: schema.keys.joined(separator: ",")), at: .file(file))])
        }
        let header: (line: Int, fields: [CSVRecordReader.Field])
        switch first {
        case .failure(let error): return ([], [syntax(error)])
        case .success(let record): header = record
        }

        // The header is checked once, not on every row: column → schema field index.
        var columns: [Int?] = []
        var seen: [String: SourceSpan] = [:]
        for field in header.fields {
            let name = reader.text(field).trimmingSpaces()
            let span = SourceSpan(file: file, line: field.line, column: field.column, length: max(1, name.unicodeScalars.count))
            if let index = schema.fields.firstIndex(where: { $0.key == name }), seen[name] == nil {
                seen[name] = span
                columns.append(index)
            } else if seen[name] != nil {
                problems.record(.error(
                    .input(.csvDuplicateColumn), Message(ja: "列「\(name)」が重複しています", en: "the column '\(name)' appears twice"),
                    expected: Message(ja: "各列は一度だけ", en: "each column once"), at: span))
                columns.append(nil)
            } else if name.isEmpty {
                // Excel writes a comma after the last column when a blank column follows it.
                problems.record(.error(
                    .input(.csvUnknownColumn),
                    Message(ja: "見出し行の\(columns.count + 1)列目に列名がありません（行末の余分な「,」？）",
                            en: "column \(columns.count + 1) of the header has no name (a comma at the end of the line?)"),
                    expected: Message(ja: "次の列: " + schema.keys.joined(separator: ","), en: "the columns " + schema.keys.joined(separator: ",")),
                    at: SourceSpan(file: file, line: field.line, column: field.column)))
                columns.append(nil)
            } else {
                // A long cell (a file that is not this log) is named by its start, and suggests nothing.
                let long = span.length > 60
                let shown = long ? String(name.unicodeScalars.prefix(59)) + "…" : name
                let suggestion = long ? nil : Suggest.closest(to: name, among: schema.keys)
                problems.record(.error(
                    .input(.csvUnknownColumn),
                    Message(ja: "不明な列「\(shown)」があります" + (suggestion.map { "。「\($0)」の誤りではありませんか" } ?? ""),
                            en: "unknown column '\(shown)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                    expected: Message(ja: "次の列: " + schema.keys.joined(separator: ","), en: "the columns " + schema.keys.joined(separator: ",")),
                    at: span))
                columns.append(nil)
            }
        }
        let missing = schema.fields.filter { $0.required && seen[$0.key] == nil }.map(\.key)
        if !missing.isEmpty {
            problems.record(.error(
                .input(.csvMissingColumn),
                Message(ja: "必須の列 \(missing.joined(separator: "、")) がありません",
                        en: "the required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing"),
                expected: Message(ja: "見出し行: " + schema.keys.joined(separator: ","), en: "the header " + schema.keys.joined(separator: ",")),
                at: SourceSpan(file: file, line: header.line, column: 1)))
        }
        guard !problems.hasErrors else { return ([], problems.diagnostics) }

        // What each column becomes, decided once from the header.
        enum Reading { case skip, presence, instant, text, choice, other }
        struct Slot {
            var index = 0
            var reading = Reading.skip
            var required = false
        }
        let slots: [Slot] = columns.map { column in
            guard let index = column else { return Slot() }
            let field = schema.fields[index]
            switch field.type {
            case .text where !keepText && !LogSchema.textsTheFiguresRead.contains(field.key):
                return Slot(index: index, reading: .presence, required: field.required)
            case .instant: return Slot(index: index, reading: .instant, required: field.required)
            case .choice: return Slot(index: index, reading: .choice, required: field.required)
            case .text: return Slot(index: index, reading: .text, required: field.required)
            default: return Slot(index: index, reading: .other, required: field.required)
            }
        }
        // A choice's values as bytes, to take a cell that is one of them as it is (the value's own string).
        let choices: [[(bytes: [UInt8], value: String)]] = schema.fields.map { field in
            guard case .choice(let values) = field.type else { return [] }
            return values.map { (Array($0.value.utf8), $0.value) }
        }
        let fieldCount = schema.fields.count
        let layout = LogTable.Layout(schema)
        // The good rows, flat (see LogTable).
        var lines: [Int32] = [], allTexts: [String?] = [], allTimes: [Int64] = [], allCells: [Int32] = []
        // Room for a row per line, so that the arrays are not copied as they grow; but not for
        // more rows than the bytes can hold at 64 bytes a row (a real row is longer: two times
        // alone are 32), so that a file of empty or short lines reserves nothing unreasonable.
        var lineCount = 1
        if let base = bytes.baseAddress {
            // memchr from line feed to line feed: a row is a hundred bytes.
            var at = UnsafeRawPointer(base), left = bytes.count
            while left > 0, let found = memchr(at, 0x0A, left) {
                lineCount += 1
                let next = UnsafeRawPointer(found) + 1
                left -= next - at
                at = next
            }
        }
        let expectedRows = min(lineCount, bytes.count / 64 + 1)
        LargeBuffers.reserve(&lines, capacity: expectedRows)
        LargeBuffers.reserve(&allTexts, capacity: expectedRows * layout.textCount)
        LargeBuffers.reserve(&allTimes, capacity: expectedRows * layout.timeCount)
        LargeBuffers.reserve(&allCells, capacity: 3 * expectedRows * fieldCount)
        func table() -> [LogRow] {
            LogTable(schema: schema, layout: layout, file: file, lines: lines, texts: allTexts, times: allTimes, cells: allCells).rows
        }
        var fields: [CSVRecordReader.Field] = []
        // A row's values are written here, then moved to the end of the table if the row is good.
        let rowTexts = UnsafeMutableBufferPointer<String?>.allocate(capacity: max(1, layout.textCount))
        rowTexts.initialize(repeating: nil)
        let rowTimes = UnsafeMutableBufferPointer<Int64>.allocate(capacity: max(1, layout.timeCount))
        rowTimes.initialize(repeating: LogRow.absentTime)
        let rowCells = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, 3 * fieldCount))
        rowCells.initialize(repeating: 0)
        defer {
            rowTexts.deinitialize().deallocate()
            rowTimes.deallocate()
            rowCells.deallocate()
        }
        // Where each field goes in a row's texts or times (read for every cell).
        let places = layout.slots
        // A row refused for one cell still has its times' order told (its other problems with it),
        // at the later time's cell (its own line: a quoted cell before it may span lines).
        let order = LogOrder(schema)
        let orderColumn = order.flatMap { order in slots.firstIndex { $0.reading != .skip && $0.index == order.second } }
        while let next = reader.next(into: &fields) {
            let line: Int
            switch next {
            case .failure(let error):
                problems.record(syntax(error))
                return (table(), problems.diagnostics)
            case .success(let l): line = l
            }
            if Self.isEmptyRow(fields, reader) { continue }
            guard fields.count == columns.count else {
                problems.recordError(.error(
                    .input(.csvColumns),
                    Message(ja: "\(line)行目の値の数（\(fields.count)）が見出しの列数（\(columns.count)）と違います",
                            en: "line \(line) has \(fields.count) value\(fields.count == 1 ? "" : "s"); the header has \(columns.count) columns"),
                    expected: Message(ja: "\(columns.count) 個の値（「,」を含む値は \" で囲む）", en: "\(columns.count) values (quote a value that holds a comma)"),
                    at: SourceSpan(file: file, line: line, column: 1)))
                continue
            }
            var rowIsGood = true
            for column in 0..<slots.count {
                let slot = slots[column], cell = fields[column], index = slot.index
                switch slot.reading {
                case .skip:
                    continue
                case .presence:
                    // Only whether it is filled (blank as the long way trims it: spaces, tabs,
                    // line breaks, U+3000): an empty string marks a filled field.
                    let filled = !reader.trimmed(cell).isEmpty
                    if filled { rowTexts[places[index]] = "" } else if slot.required {
                        let field = schema.fields[index]
                        problems.recordError(.error(
                            .input(.value(.empty, .csv)), Message(ja: "「\(field.key)」（\(field.japanese)）が空です", en: "'\(field.key)' (\(field.japanese)) is empty"),
                            expected: field.type.describe, at: SourceSpan(file: file, line: cell.line, column: cell.column)))
                        rowIsGood = false
                    }
                    rowCells[3 * index] = Int32(cell.column)
                    rowCells[3 * index + 2] = Int32(cell.line - line)
                    continue
                case .instant where !cell.escapedQuotes:
                    // The usual time, read from its bytes; anything else goes the long way below.
                    let bytes = reader.trimmed(cell)
                    if let instant = Instant.common(reader.bytes, from: bytes.lowerBound, to: bytes.upperBound) {
                        rowTimes[places[index]] = instant.secondsSinceEpoch
                        rowCells[3 * index] = Int32(cell.column)
                        rowCells[3 * index + 2] = Int32(cell.line - line)
                        // Nothing trimmed: all ASCII, a scalar a byte.
                        let scalars = bytes == cell.start..<cell.end ? cell.end - cell.start + (cell.quoted ? 2 : 0) : reader.scalarCount(cell)
                        rowCells[3 * index + 1] = Int32(max(1, scalars))
                        continue
                    }
                case .choice where !cell.escapedQuotes:
                    // One of the values, exactly (as the long way reads a choice); anything else goes the long way.
                    let bytes = reader.trimmed(cell)
                    let body = UnsafeBufferPointer(rebasing: reader.bytes[bytes])
                    if let choice = choices[index].first(where: { choice in
                        choice.bytes.count == body.count && !body.isEmpty
                            && choice.bytes.withUnsafeBufferPointer { memcmp($0.baseAddress!, body.baseAddress!, body.count) == 0 }
                    }) {
                        rowTexts[places[index]] = choice.value
                        rowCells[3 * index] = Int32(cell.column)
                        rowCells[3 * index + 2] = Int32(cell.line - line)
                        rowCells[3 * index + 1] = Int32(max(1, reader.scalarCount(cell)))
                        continue
                    }
                case .text where !cell.escapedQuotes:
                    // A cell of printable text with no forbidden character (controls, the marks
                    // that reorder text, noncharacters: see ScalarReader.mayHaveForbidden) is
                    // taken as it is, its spaces trimmed: an ID, a name, Japanese. Anything else
                    // (a TODO, a tab, a line break, a character past U+FFFF) goes the long way below.
                    let trimmed = reader.trimmed(cell)
                    let body = UnsafeBufferPointer(rebasing: reader.bytes[trimmed])
                    // Spaces trimmed before a character that is not ASCII go the long way too: a
                    // combining mark there is one character with the space, which stays.
                    var plain = !body.isEmpty && (trimmed.lowerBound == cell.start || body[0] < 0x80), scalars = cell.quoted ? 2 : 0
                    var ascii = true
                    for k in cell.start..<cell.end {
                        let b = reader.bytes[k]
                        if b < 0x20 || b == 0x7F { plain = false; break }
                        if b >= 0x80 { ascii = false }
                        if b & 0xC0 != 0x80 { scalars += 1 }
                    }
                    // Past ASCII, the characters are looked at (an ID or a name in ASCII needs no more).
                    if plain && !ascii { plain = !ScalarReader.mayHaveForbidden(UnsafeBufferPointer(rebasing: reader.bytes[cell.start..<cell.end])) }
                    if plain, !(body.count >= 4 && body[0] == 0x54 && body[1] == 0x4F && body[2] == 0x44 && body[3] == 0x4F) {  // TODO
                        rowTexts[places[index]] = String(decoding: body, as: UTF8.self)
                        rowCells[3 * index] = Int32(cell.column)
                        rowCells[3 * index + 2] = Int32(cell.line - line)
                        rowCells[3 * index + 1] = Int32(max(1, scalars))
                        continue
                    }
                default:
                    break
                }
                let field = schema.fields[index]
                let raw = reader.text(cell)
                let length = reader.scalarCount(cell)
                rowCells[3 * index] = Int32(cell.column)
                rowCells[3 * index + 2] = Int32(cell.line - line)
                rowCells[3 * index + 1] = Int32(max(1, length))
                let span = { SourceSpan(file: file, line: cell.line, column: cell.column, length: length) }
                let trimmed = raw.trimmingSpaces()
                if trimmed.isEmpty {
                    if field.required {
                        problems.recordError(.error(
                            .input(.value(.empty, .csv)), Message(ja: "「\(field.key)」（\(field.japanese)）が空です", en: "'\(field.key)' (\(field.japanese)) is empty"),
                            expected: field.type.describe, at: span()))
                        rowIsGood = false
                    }
                    continue
                }
                // Text needs no conversion; anything typed is read (and checked) as the schema says.
                if case .text = field.type, !ScalarReader.isPlaceholder(trimmed), ScalarReader.firstForbidden(trimmed) == nil {
                    // A CR (a CRLF inside a quoted cell) is a line break, as ScalarReader reads it.
                    rowTexts[places[index]] = ScalarReader.hasCarriageReturn(trimmed) ? ScalarReader.normalizedLineBreaks(trimmed) : trimmed
                    continue
                }
                let (kind, problem) = ScalarReader.read(trimmed, field.type, path: field.key, format: .csv, at: span())
                if let problem {
                    problems.record(problem)
                    rowIsGood = false
                }
                if layout.isTime[index] {
                    if case .instant(let instant)? = kind { rowTimes[places[index]] = instant.secondsSinceEpoch }
                } else if kind != nil {
                    rowTexts[places[index]] = trimmed
                }
            }
            if rowIsGood {
                lines.append(Int32(line))
                for k in 0..<layout.textCount {
                    allTexts.append((rowTexts.baseAddress! + k).move())
                    (rowTexts.baseAddress! + k).initialize(to: nil)
                }
                allTimes.append(contentsOf: UnsafeBufferPointer(rebasing: rowTimes[0..<layout.timeCount]))
                allCells.append(contentsOf: UnsafeBufferPointer(rebasing: rowCells[0..<(3 * fieldCount)]))
            } else {
                if let order, let orderColumn, let id = rowTexts[places[order.id]], !id.isEmpty {
                    let first = rowTimes[places[order.first]], second = rowTimes[places[order.second]]
                    let cell = fields[orderColumn]
                    if first != LogRow.absentTime, second != LogRow.absentTime,
                       let said = order.diagnostic(id: id, first: Instant(secondsSinceEpoch: first), second: Instant(secondsSinceEpoch: second),
                                                   at: SourceSpan(file: file, line: cell.line, column: cell.column,
                                                                  length: Int(rowCells[3 * order.second + 1]))) {
                        problems.recordError(said)
                    }
                }
                for k in 0..<layout.textCount { rowTexts[k] = nil }
            }
            for k in 0..<layout.timeCount { rowTimes[k] = LogRow.absentTime }
            for k in 0..<(3 * fieldCount) { rowCells[k] = 0 }
        }
        return (table(), problems.diagnostics)
    }
}
