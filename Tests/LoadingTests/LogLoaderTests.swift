import DocumentModel
import Foundation
import JapaneseCalendar
import Testing
import TestSupport
@testable import Loading

/// CSV logs read into one table per file: every row's texts, times and cells where they are
/// written, whichever way a cell was read (plain ASCII, quoted, Japanese, padded).
@Suite struct LogLoaderTests {
    let csv = [
        "id,occurred_at,recovered_at,impact,summary,response,countermeasure",
        #"INC-1,2024-03-05T10:00,2024-03-05T11:35,stop,  Web 停止  ,"再起動 ""A""",restart"#,
        #""INC-2",2024-03-06 09:00,,partial,short,,"#,
        "INC-3 ,2024-03-07T08:00,2024-03-07T08:30,stop,TODO: 書く,x,y",
        "",
    ].joined(separator: "\n")

    @Test func rowsKeepTheirTextsTimesAndCells() throws {
        let (rows, diagnostics) = LogLoader.parse(csv, file: "incidents.csv", schema: LogSchema.incident)
        // The row with a TODO is left out, its cell named; the padded ID of that row is not a problem.
        #expect(diagnostics.map { "\($0.code.id) \($0.span.map { "\($0.line):\($0.column)" } ?? "-")" } == ["placeholder 4:47"])
        let incidents = rows.compactMap(Incident.init)
        #expect(incidents.map(\.id) == ["INC-1", "INC-2"])
        let first = try #require(incidents.first), second = try #require(incidents.dropFirst().first)
        #expect(first.summary == "Web 停止")
        #expect(first.response == "再起動 \"A\"")
        #expect(first.countermeasure == "restart")
        #expect(first.occurredAt.iso == "2024-03-05T10:00:00+09:00")
        #expect(first.recoveredAt?.iso == "2024-03-05T11:35:00+09:00")
        #expect(second.recoveredAt == nil && second.response == nil)
        #expect(second.occurredAt.iso == "2024-03-06T09:00:00+09:00")
        // Where each cell is: line, column, length as written (quotes and padding included).
        func at(_ span: SourceSpan) -> String { "\(span.line):\(span.column)+\(span.length)" }
        #expect(at(first.span(.id)) == "2:1+5")
        #expect(at(first.span(.summary)) == "2:46+10")
        #expect(at(second.span(.id)) == "3:1+7")
        #expect(at(second.span(.impact)) == "3:27+7")
        // Whether a field is filled is what its text says, for a row of the table and inline.
        for incident in incidents + incidents.map({ Incident(LogRow($0.row.value))! }) {
            for field in Incident.Field.allCases { #expect(incident.has(field) == (incident.text(field) != nil), "\(incident.id) \(field)") }
        }
        // An empty cell is still where it is written; the row is where it starts.
        #expect(second.span(.recoveredAt).line == 3)
        #expect(at(first.row.span) == "2:1+1")
    }

    /// Columns counted eight bytes at a time (up to a comma or line feed) and a choice taken as
    /// written land where counting character by character does: after runs of Japanese, of
    /// ASCII, of both, of every length across an eight-byte word.
    @Test func columnsAndChoicesAcrossWordsOfEightBytes() throws {
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
        for length in 0..<20 {
            for unit in ["あ", "a", "aあ", "𠮷b"] {
                let text = String(repeating: unit, count: length)
                let summary = text.isEmpty ? "x" : text
                // A bad time after the long cell, a padded and a quoted choice, a choice that is not one.
                let csv = header
                    + "INC-1,2024-03-05T10:00,2024-03-05T11:35, stop ,\(summary),\(text),r\n"
                    + "INC-2,2024-03-05T10:00,2024-03-05T11:35,\"partial\",\(summary),\(text)x,nope\n"
                    + "INC-3,\(text)2024-13-05T10:00,,minor,\(summary),,\n"
                    + "INC-4,2024-03-05T10:00,,Stop,\(summary),,\n"
                let (rows, diagnostics) = LogLoader.parse(csv, file: "incidents.csv", schema: LogSchema.incident)
                let incidents = rows.compactMap(Incident.init)
                #expect(incidents.map(\.id) == ["INC-1", "INC-2"])
                #expect(incidents.map(\.impact) == [.stop, .partial])
                func at(_ span: SourceSpan) -> String { "\(span.line):\(span.column)+\(span.length)" }
                let characters = text.unicodeScalars.count, summaryCharacters = summary.unicodeScalars.count
                #expect(at(incidents[0].span(.impact)) == "2:41+6")
                #expect(at(incidents[1].span(.impact)) == "3:41+9")
                #expect(at(incidents[0].span(.response)) == "2:\(49 + summaryCharacters)+\(max(1, characters))")
                #expect(at(incidents[1].span(.countermeasure)) == "3:\(54 + summaryCharacters + characters)+4")
                #expect(diagnostics.map { "\($0.code.id) \($0.span.map { "\($0.line):\($0.column)" } ?? "-")" }
                            == ["csv-time 4:7", "csv-bad-choice 5:25"], "\(length) × \(unit)")
            }
        }
    }

    /// A line break inside a quoted cell is kept (as LF), one at its ends trimmed, whether the cell is ASCII or not; a
    /// byte-order mark, even twice over, is not part of the first column's name; a file of empty
    /// lines is read as a header and nothing else.
    @Test func lineBreaksInCellsMarksAndEmptyLines() throws {
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
        let text = header + "INC-1,2024-03-05T10:00,2024-03-05T11:35,stop,s,\"restarted\r\n\",\"a\r\nb\"\n"
        let (rows, diagnostics) = LogLoader.parse(text, file: "incidents.csv", schema: LogSchema.incident)
        #expect(diagnostics.isEmpty)
        let incident = try #require(rows.first.flatMap(Incident.init))
        // A line break at the end of a cell is trimmed like a space, CRLF included (it was kept as LF once).
        #expect(incident.response == "restarted")
        #expect(incident.countermeasure == "a\nb")

        let folder = Fixtures.scratchPath("bom")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        for (name, bytes) in [("one.csv", bom + Array(text.utf8)), ("two.csv", bom + bom + Array(text.utf8)),
                              ("empty-lines.csv", Array(header.utf8) + [UInt8](repeating: 0x0A, count: 1 << 20))] {
            let path = folder.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            var sources = SourceTexts()
            let (read, problems) = LogLoader.load(path: path, displayPath: name, schema: LogSchema.incident, sources: &sources)
            #expect(problems.isEmpty, "\(name): \(problems.map(\.message.english))")
            #expect(read.count == (name == "empty-lines.csv" ? 0 : 1), "\(name)")
        }
    }

    /// Rows of commas alone, as Excel writes them below a range it once formatted, are empty
    /// lines (they gave an error per required column); a row with one value in it is still read.
    /// A row refused for one cell still has its times' order told: one bad cell does not hide
    /// the row's other problem (it came to light only once the cell was put right).
    @Test func aRefusedRowStillHasItsTimesChecked() throws {
        let incidents = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
            + "INC-02,2026-04-20T10:00,2026-04-20T09:00,停止,Webが停止,再起動,監視追加\n"
            + "INC-03,2026-04-21T10:00,2026-04-21T11:00,停止,Webが停止,再起動,監視追加\n"
        let (rows, diagnostics) = LogLoader.parse(incidents, file: "incidents.csv", schema: LogSchema.incident)
        #expect(rows.isEmpty)
        #expect(diagnostics.map(\.code.id).sorted() == ["LOG-end-before-start", "csv-bad-choice", "csv-bad-choice"], "\(diagnostics.map(\.code.id))")
        let order = try #require(diagnostics.first { $0.code.id == "LOG-end-before-start" })
        #expect(order.message.english == "incident INC-02 recovers (2026-04-20 09:00) before it occurs (2026-04-20 10:00)")
        #expect(order.span == SourceSpan(file: "incidents.csv", line: 2, column: 25, length: 16))
        // After a quoted cell over two lines, at the later time's own line and column.
        let spanning = "id,asked_at,asked_by,subject,answered_at,answered_by,answer,party\n"
            + "Q-2,2026-04-20T10:00,,\"操作\n方法\",2026-04-19T10:00,佐藤,回答した,buyer\n"
        let (_, spanned) = LogLoader.parse(spanning, file: "inquiries.csv", schema: LogSchema.inquiry)
        #expect(spanned.filter { $0.code.id == "LOG-answer-before-question" }.map(\.span) == [SourceSpan(file: "inquiries.csv", line: 3, column: 5, length: 16)],
                "\(spanned.map { "\($0.code.id) \($0.span.map(String.init(describing:)) ?? "")" })")
        // A good row keeps each cell's own line: the cells after one over two lines are on its
        // last line (what the rules say about them points there), the cells before on the first.
        let good = "id,asked_at,asked_by,subject,answered_at,answered_by,answer,party\n"
            + "Q-3,2026-04-20T10:00,鈴木,\"操作\n方法\",2026-04-19T10:00,佐藤,\"回答\nした\",buyer\n"
            + "Q-4,2026-04-21T10:00,鈴木,帳票,2026-04-21T11:00,佐藤,回答した,buyer\n"
        let (goodRows, none) = LogLoader.parse(good, file: "inquiries.csv", schema: LogSchema.inquiry)
        #expect(none.isEmpty, "\(none.map(\.code.id))")
        let read = goodRows.compactMap(Inquiry.init)
        try #require(read.count == 2)
        #expect(read[0].span(.askedAt) == SourceSpan(file: "inquiries.csv", line: 2, column: 5, length: 16))
        #expect(read[0].span(.subject) == SourceSpan(file: "inquiries.csv", line: 2, column: 25, length: 7))
        #expect(read[0].span(.answeredAt) == SourceSpan(file: "inquiries.csv", line: 3, column: 5, length: 16))
        #expect(read[0].span(.party) == SourceSpan(file: "inquiries.csv", line: 4, column: 5, length: 5))
        #expect(read[1].span(.answeredAt) == SourceSpan(file: "inquiries.csv", line: 5, column: 28, length: 16))
        let inquiries = "id,asked_at,asked_by,subject,answered_at,answered_by,answer,party\n"
            + "Q-1,2026-04-20T10:00,,操作方法,2026-04-19T10:00,佐藤,回答した,buyer\n"
        let (_, asked) = LogLoader.parse(inquiries, file: "inquiries.csv", schema: LogSchema.inquiry)
        #expect(asked.map(\.code.id).sorted() == ["LOG-answer-before-question", "csv-empty"], "\(asked.map(\.code.id))")
    }

    @Test func rowsOfCommasAloneAreEmptyLines() throws {
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\r\n"
        let row = "INC-1,2024-03-05T10:00,2024-03-05T11:35,stop,s,r,c\r\n"
        let (rows, diagnostics) = LogLoader.parse(header + ",,,,,,\r\n" + row + ",,,,,,\r\n, ,　,,,,\r\n,,,\r\n", file: "incidents.csv",
                                                  schema: LogSchema.incident)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.english))")
        #expect(rows.count == 1)
        let (_, partial) = LogLoader.parse(header + ",,,,x,,\r\n", file: "incidents.csv", schema: LogSchema.incident)
        #expect(!partial.isEmpty && partial.allSatisfy { $0.span?.line == 2 }, "\(partial.map(\.message.english))")
        // Above the header too (the header was taken from the row of commas).
        let (above, aboveProblems) = LogLoader.parse(",,,,,,\r\n" + header + row, file: "incidents.csv", schema: LogSchema.incident)
        #expect(aboveProblems.isEmpty && above.count == 1, "\(aboveProblems.map(\.message.english))")
        // Quoted empty values were written on purpose: read, not skipped.
        let (_, quoted) = LogLoader.parse(header + "\"\",,,,,,\r\n", file: "incidents.csv", schema: LogSchema.incident)
        #expect(!quoted.isEmpty)
    }

    /// An ID quoted with a line break after it is the same ID; a time with a letter in it is not a time.
    @Test func paddedIDsAreOneIDAndLettersAreNotDigits() throws {
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
        let text = header + "\"INC-1\r\n\",2024-03-05T10:00,2024-03-05T12:00,stop,s,r,c\n"
            + "INC-2,302x-03-05T10:00,,stop,s,,\n" + "INC-3,2024-03-05T10:00,2024-03-0xT12:00,stop,s,r,c\n"
            + "INC-4,\"\r\nTODO\",,stop,s,,\n"
        let (rows, diagnostics) = LogLoader.parse(text, file: "incidents.csv", schema: LogSchema.incident)
        #expect(rows.compactMap(Incident.init).map(\.id) == ["INC-1"])
        #expect(diagnostics.map { "\($0.code.id) \($0.span.map { "\($0.line):\($0.column)" } ?? "-")" }
                == ["csv-time 4:7", "csv-time 5:24", "placeholder 6:7"], "\(diagnostics.map { "\($0.code.id) \($0.message.english)" })")
    }

    /// A file that is not this log says so briefly: a long header cell is named by its start, and
    /// past 1,000 problems the rest are counted.
    @Test func aFileThatIsNotTheLogIsToldBriefly() throws {
        let long = String(repeating: "a", count: 5_000)
        let (_, header) = LogLoader.parse(long + "\n", file: "incidents.csv", schema: LogSchema.incident)
        let unknown = try #require(header.first { $0.code.id == "csv-unknown-column" })
        #expect(unknown.message.english == "unknown column '" + String(repeating: "a", count: 59) + "…'")
        let rows = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n" + String(repeating: "x\n", count: 1_500)
        let (_, problems) = LogLoader.parse(rows, file: "incidents.csv", schema: LogSchema.incident)
        #expect(problems.count == 1_000)
        #expect(problems.allSatisfy { $0.code.id == "csv-columns" })
        #expect(problems.last?.notes.last?.message.english == "this file has 500 more problems, not recorded")
    }

    @Test func aRowIsOneRecordHoweverOftenItIsSeen() throws {
        let (rows, _) = LogLoader.parse(csv, file: "incidents.csv", schema: LogSchema.incident)
        let again = try #require(rows.first)
        #expect(rows[0].identity == again.identity)
        #expect(rows[0].identity != rows[1].identity)
        #expect(rows[0].identity != nil)
        // A second reading of the same text is another table: other records.
        let (other, _) = LogLoader.parse(csv, file: "incidents.csv", schema: LogSchema.incident)
        #expect(other[0].identity != rows[0].identity)
        // A row written inline in a report is its own record.
        #expect(LogRow(rows[0].value).identity == nil)
        #expect(LogRow(rows[0].value).value.canonical == rows[0].value.canonical)
    }
}

/// The check a large log gets without being copied into a string says what decoding says.
@Suite struct UTF8CheckTests {
    func valid(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer(InputFile.isValidUTF8) }

    @Test func theEdgesOfUTF8() {
        let cases: [[UInt8]] = [
            [], [0x41], Array("令和７年".utf8), Array("𠮷野家".utf8),
            [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF],  // overlong two-byte forms, the first and last good ones
            [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80],  // overlong three-byte, the first good one
            [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],  // before the surrogates, a surrogate
            [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],  // U+FFFF, overlong four-byte, U+10000
            [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],  // U+10FFFF, past it
            [0x80], [0xBF], [0xFE], [0xFF], [0xE3, 0x81], [0xE3], [0xF0, 0x9F, 0x98], [0x41, 0xE3, 0x81, 0x82, 0x80],
            [0x82, 0xA0], [0x93, 0xFA, 0x96, 0x7B],  // Shift_JIS あ, 日本
        ]
        for bytes in cases {
            #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes.map { String($0, radix: 16) })")
        }
    }

    @Test func randomBytesAgreeWithTheStandardLibrary() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        // Mostly text-like bytes with lead and continuation bytes mixed in, so that both answers occur.
        let alphabet: [UInt8] = [0x41, 0x20, 0x0A, 0x80, 0x81, 0x9F, 0xA0, 0xBF, 0xC2, 0xDF, 0xE0, 0xE3, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xC0, 0xFF]
        var validCount = 0
        for _ in 0..<20_000 {
            let length = Int(next() % 9)
            let bytes = (0..<length).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            if expected { validCount += 1 }
            #expect(valid(bytes) == expected, "\(bytes.map { String($0, radix: 16) })")
        }
        #expect(validCount > 1_000 && validCount < 19_000)
    }
}

extension UTF8CheckTests {
    /// Long runs of ASCII (checked eight bytes at a time) with a bad or good byte at every place.
    @Test func aByteAfterARunOfASCIIIsStillChecked() {
        for length in 0..<40 {
            for place in 0...length {
                for inserted: [UInt8] in [[0x80], [0xFF], [0xE3], [0xE3, 0x81, 0x82], [0xC2, 0x85], [0xED, 0xA0, 0x80]] {
                    var bytes = [UInt8](repeating: 0x41, count: length)
                    bytes.insert(contentsOf: inserted, at: place)
                    #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil), "\(length) \(place) \(inserted)")
                }
            }
        }
    }
}

/// A text cell read on the fast path is refused for what the long way refuses.
@Suite struct LogTextCellTests {
    @Test func forbiddenCharactersInJapaneseTextAreStillFound() {
        let header = "id,asked_at,asked_by,subject,answered_at,answered_by,answer\n"
        // The mark that reverses text (U+202E), a C1 control (U+0085), a noncharacter (U+FFFE), a tab: refused.
        for bad in ["県\u{202E}担当", "県\u{0085}担当", "県\u{FFFE}担当", "県\t担当"] {
            let (rows, diagnostics) = LogLoader.parse(header + "Q-1,2024-03-04T09:00,\(bad),s,,,\n", file: "q.csv", schema: LogSchema.inquiry)
            if bad.contains("\t") {
                // A tab is allowed in text: read the long way, kept.
                #expect(rows.count == 1 && diagnostics.isEmpty)
            } else {
                #expect(rows.isEmpty && diagnostics.map(\.code.id) == ["text-control-character"], "\(bad.unicodeScalars.map { $0.value })")
            }
        }
        // Japanese with nothing forbidden: read, its width in characters (quotes included) for the caret.
        let (rows, diagnostics) = LogLoader.parse(header + "Q-1,2024-03-04T09:00,\"瀬戸内県 西村\",s,,,\n", file: "q.csv", schema: LogSchema.inquiry)
        #expect(diagnostics.isEmpty && rows.count == 1)
        let inquiry = Inquiry(rows[0])
        #expect(inquiry?.askedBy == "瀬戸内県 西村")
        #expect(inquiry?.span(.askedBy) == SourceSpan(file: "q.csv", line: 2, column: 22, length: 9))
    }
}

extension LogTextCellTests {
    /// Read for the figures only (`sla`), a required text is blank as the long way trims it: a
    /// full-width space, a line break.
    @Test func aRequiredTextOfBlanksIsEmptyWhenOnlyItsPresenceIsKept() {
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure\n"
        for blank in ["\u{3000}", "\"\n\"", "\"\r\n\"", " \t "] {
            let (rows, diagnostics) = LogLoader.parse(header + "A,2024-03-05T10:00,2024-03-05T11:00,stop,\(blank),r,c\n", file: "i.csv",
                                                     schema: LogSchema.incident, keepText: false)
            #expect(rows.isEmpty && diagnostics.map(\.code.id) == ["csv-empty"], "\(blank.unicodeScalars.map(\.value))")
        }
    }

    /// A space before a combining mark is one character with it, and stays: the same on the fast
    /// path as on the long one (a tab in the cell sends it the long way).
    @Test func aSpaceBeforeACombiningMarkStaysOnBothPaths() {
        let header = "id,asked_at,asked_by,subject,answered_at,answered_by,answer\n"
        for lead in [" ", "\u{3000}"] {
            let (fast, _) = LogLoader.parse(header + "\(lead)\u{301}Q,2024-03-04T09:00,x,s,,,\n", file: "q.csv", schema: LogSchema.inquiry)
            let (long, _) = LogLoader.parse(header + "\(lead)\u{301}Q\t,2024-03-04T09:00,x,s,,,\n", file: "q.csv", schema: LogSchema.inquiry)
            #expect(fast.count == 1 && long.count == 1)
            #expect(fast.first.flatMap(Inquiry.init)?.id == long.first.flatMap(Inquiry.init)?.id)
            #expect(fast.first.flatMap(Inquiry.init)?.id == "\(lead)\u{301}Q")
        }
    }
}

@Suite struct CSVHeaderHabitTests {
    @Test func aTrailingCommaInTheHeaderIsNamedAsSuch() {
        let csv = "id,occurred_at,recovered_at,impact,summary,response,countermeasure,\nINC-1,2024-03-05T10:00,2024-03-05T11:35,stop,a,b,c,\n"
        let (_, diagnostics) = LogLoader.parse(csv, file: "incidents.csv", schema: LogSchema.incident)
        #expect(diagnostics.map(\.message.english) == ["column 8 of the header has no name (a comma at the end of the line?)"])
        #expect(diagnostics.first?.span?.column == 68)
    }
}
