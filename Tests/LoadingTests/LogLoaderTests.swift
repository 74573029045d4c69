import DocumentModel
import JapaneseCalendar
import Testing
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
        // An empty cell is still where it is written; the row is where it starts.
        #expect(second.span(.recoveredAt).line == 3)
        #expect(at(first.row.span) == "2:1+1")
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
