import DocumentModel
import Foundation
import JapaneseCalendar

/// RFC 4180 CSV over UTF-8 bytes, one record at a time: quoted fields with `""` escapes and
/// line breaks, CRLF or LF. Fields are byte ranges; only the fields kept become strings.
struct CSVRecordReader {
    struct Field {
        let start: Int
        let end: Int
        let quoted: Bool
        let escapedQuotes: Bool
        let line: Int
        let column: Int
    }

    enum Problem {
        case unclosedQuote(line: Int, column: Int)
        case afterQuote(line: Int, column: Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    private(set) var line = 1
    private var column = 1

    /// Reads `bytes`, which must outlive the reader (the text's own storage).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
    }

    private mutating func advance() {
        let b = bytes[i]
        i += 1
        if b == 0x0A {
            line += 1
            column = 1
        } else if b & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// The next record with the line it starts on; `nil` at the end. Blank lines are skipped.
    mutating func next() -> Result<(line: Int, fields: [Field]), ProblemError>? {
        var fields: [Field] = []
        return next(into: &fields).map { $0.map { ($0, fields) } }
    }

    /// The next record's fields into `fields` (its storage reused from record to record), and
    /// the line the record starts on; `nil` at the end. Blank lines are skipped.
    mutating func next(into fields: inout [Field]) -> Result<Int, ProblemError>? {
        while i < bytes.count {
            let recordLine = line
            fields.removeAll(keepingCapacity: true)
            while true {
                let fieldLine = line, fieldColumn = column
                if i < bytes.count && bytes[i] == 0x22 {
                    advance()
                    let start = i
                    var escaped = false
                    var closed = false
                    while i < bytes.count {
                        if bytes[i] == 0x22 {
                            if i + 1 < bytes.count && bytes[i + 1] == 0x22 {
                                escaped = true
                                advance()
                                advance()
                                continue
                            }
                            closed = true
                            break
                        }
                        advance()
                    }
                    guard closed else { return .failure(ProblemError(.unclosedQuote(line: fieldLine, column: fieldColumn))) }
                    let end = i
                    advance()
                    if i < bytes.count && bytes[i] == 0x0D { advance() }
                    if i < bytes.count && bytes[i] != 0x2C && bytes[i] != 0x0A {
                        return .failure(ProblemError(.afterQuote(line: line, column: column)))
                    }
                    fields.append(Field(start: start, end: end, quoted: true, escapedQuotes: escaped, line: fieldLine, column: fieldColumn))
                } else {
                    // An unquoted field holds no line feed: only the column moves.
                    let start = i
                    var k = i, col = column
                    // Eight bytes at a time up to the first comma or line feed: the column moves
                    // by the bytes that begin a character (all but 10xxxxxx).
                    if let base = bytes.baseAddress {
                        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                        while k + 8 <= bytes.count {
                            let word = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
                            let comma = word ^ (0x2C * ones), lineFeed = word ^ (0x0A * ones)
                            // A byte of 0x80 where a byte is zero (exact up to the first one).
                            let stops = (((comma &- ones) & ~comma) | ((lineFeed &- ones) & ~lineFeed)) & highs
                            // A one in each byte that continues a character; their sum in the top byte
                            // (a multiply: no population count on the baseline x86-64).
                            let continuations = (word & ~(word << 1) & highs) >> 7
                            if stops == 0 {
                                col += 8 - Int((continuations &* ones) >> 56)
                                k += 8
                                continue
                            }
                            let before = stops.trailingZeroBitCount / 8
                            let mask: UInt64 = before == 0 ? 0 : ~0 >> (64 - 8 * before)
                            col += before - Int(((continuations & mask) &* ones) >> 56)
                            k += before
                            break
                        }
                    }
                    while k < bytes.count {
                        let b = bytes[k]
                        if b == 0x2C || b == 0x0A { break }
                        if b & 0xC0 != 0x80 { col += 1 }
                        k += 1
                    }
                    i = k
                    column = col
                    var end = i
                    if end > start && bytes[end - 1] == 0x0D { end -= 1 }
                    fields.append(Field(start: start, end: end, quoted: false, escapedQuotes: false, line: fieldLine, column: fieldColumn))
                }
                if i < bytes.count && bytes[i] == 0x2C {
                    advance()
                    continue
                }
                if i < bytes.count { advance() }  // the line feed
                break
            }
            if fields.count == 1 && !fields[0].quoted && fields[0].start == fields[0].end { continue }
            return .success(recordLine)
        }
        return nil
    }

    /// The field's bytes without the spaces, tabs, line breaks and full-width spaces (U+3000)
    /// around them, as `String.trimmingSpaces()` would leave them.
    func trimmed(_ field: Field) -> Range<Int> {
        var start = field.start, end = field.end
        while start < end {
            let b = bytes[start]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { start += 1; continue }
            if b == 0xE3, start + 2 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0x80 { start += 3; continue }
            break
        }
        while end > start {
            let b = bytes[end - 1]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { end -= 1; continue }
            if b == 0x80, end - 3 >= start, bytes[end - 3] == 0xE3, bytes[end - 2] == 0x80 { end -= 3; continue }
            break
        }
        return start..<end
    }

    /// Unicode scalars in the field, as written (quotes included): the caret's width.
    func scalarCount(_ field: Field) -> Int {
        var count = field.quoted ? 2 : 0
        for k in field.start..<field.end where bytes[k] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    func text(_ field: Field) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[field.start..<field.end]), as: UTF8.self)
        return field.escapedQuotes ? text.replacingOccurrences(of: "\"\"", with: "\"") : text
    }

    struct ProblemError: Error {
        let problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }
}
