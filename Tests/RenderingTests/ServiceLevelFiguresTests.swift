import Foundation
import DocumentModel
import JapaneseCalendar
import ServiceLevels
import Testing
import TestSupport
@testable import Rendering

/// One description of the figures, written as JSON (`teishutsu sla`), XML (reports) and a table.
@Suite struct ServiceLevelFiguresTests {
    @Test func theJSONKeepsItsKeys() throws {
        let result = ServiceLevelEngine.compute(
            month: YearMonth(year: 2024, month: 3), incidents: [LogRows.incident("INC-7", "2024-03-05T10:00", "2024-03-05T11:35")],
            maintenance: [LogRows.window("M", "2024-03-10T02:00", "2024-03-10T04:00")],
            inquiries: [LogRows.inquiry("Q-12", "2024-03-04T09:00", "2024-03-04T19:10")],
            targets: .defaults, calendar: .standard, now: LogRows.time("2024-04-10T00:00"))
        let text = ServiceLevelFigures.jsonText(result)
        #expect(text.hasPrefix("{\n  \"month\": \"2024-03\",\n  \"availability\": {\n    \"planned_minutes\": 44640,\n    \"justified_minutes\": 120,\n    \"down_minutes\": 95,\n    \"actual_minutes\": 44425,\n    \"percent\": \"99.78\",\n    \"target_percent\": \"99.8\",\n    \"met\": false,"))
        // A record of a list is one line.
        #expect(text.contains("\"recovery\": {\n    \"target_minutes\": 360,\n    \"met\": true,\n    \"failures\": [\n      {\"id\": \"INC-7\", \"minutes\": 95, \"recovered\": true, \"met\": true, \"occurred_at\": \"2024-03-05T10:00:00+09:00\", \"counted_until\": \"2024-03-05T11:35:00+09:00\"}\n    ]\n  },"))
        #expect(text.contains("\"response\": {\n    \"target_minutes\": 2880,\n    \"met\": true,\n    \"inquiries\": [\n      {\"id\": \"Q-12\", \"open_minutes\": 610, \"answered\": true, \"met\": true,"))
        #expect(text.contains("\"justified_stops\": [\n      {\"id\": \"M\", \"start\": \"2024-03-10T02:00:00+09:00\", \"end\": \"2024-03-10T04:00:00+09:00\", \"window_minutes\": 120}\n    ]"))
        // Compact, the same JSON without a space or line break.
        let compact = ServiceLevelFigures.jsonText(result, pretty: false)
        #expect(compact.hasPrefix("{\"month\":\"2024-03\",\"availability\":{\"planned_minutes\":44640,"))
        #expect(compact.contains("\"failures\":[{\"id\":\"INC-7\",\"minutes\":95,"))
        #expect(!compact.dropLast().contains("\n") && !compact.contains(", "))
        // Both parse to the same value.
        let a = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(compact.utf8)) as? NSDictionary
        #expect(a != nil && a == b)
        #expect(text.contains("\"major_failures\": {\n    \"fiscal_year\": 2023,\n    \"count\": 1,\n    \"target\": 3,\n    \"met\": true,\n    \"ids\": [\n      \"INC-7\"\n    ]\n  }\n}\n"))
    }
}

extension ServiceLevelFiguresTests {
    /// On two cores (incidents and inquiries at once) the figures are the same as on one.
    @Test func twoCoresComputeTheSameFigures() {
        let incidents = (0..<50).map { LogRows.incident("INC-\($0)", "2024-03-\(String(format: "%02d", 1 + $0 % 28))T10:00", $0 % 7 == 0 ? nil : "2024-03-\(String(format: "%02d", 1 + $0 % 28))T\(11 + $0 % 9):30", $0 % 3 == 0 ? "partial" : "stop") }
        let windows = [LogRows.window("M", "2024-03-10T02:00", "2024-03-10T04:00")]
        let inquiries = (0..<50).map { LogRows.inquiry("Q-\($0)", "2024-03-\(String(format: "%02d", 1 + $0 % 28))T09:00", $0 % 5 == 0 ? nil : "2024-03-\(String(format: "%02d", 2 + $0 % 28))T10:00") }
        func figures(_ workers: Int) -> String {
            ServiceLevelFigures.jsonText(ServiceLevelEngine.compute(
                month: YearMonth(year: 2024, month: 3), incidents: incidents, maintenance: windows, inquiries: inquiries,
                targets: .defaults, calendar: .standard, now: LogRows.time("2024-04-10T00:00"), workers: workers))
        }
        #expect(figures(1) == figures(2))
        #expect(figures(1).contains("\"INC-7\""))
    }
}

extension ServiceLevelFiguresTests {
    /// Long lists (past two batches of 8,192 records) are written on two cores, a batch each:
    /// the same bytes as on one, pretty and compact, and still one JSON value.
    @Test func longListsWrittenOnTwoCoresAreTheSameBytes() throws {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        // 20,000 inquiries, and the outages of two thirds of 20,000 incidents (stops; partial ones do
        // not count): more than two batches each, not a whole number of them.
        let count = 20_000
        let incidents = (0..<count).map { k in
            LogRows.incident("INC-\(k)", "2024-03-\(two(1 + k % 28))T\(two(k % 24)):\(two(k % 60))", k % 5 == 0 ? nil : "2024-03-\(two(1 + k % 28))T23:59",
                             k % 3 == 0 ? "partial" : "stop")
        }
        let inquiries = (0..<count).map { k in
            LogRows.inquiry("Q-\(k)", "2024-03-\(two(1 + k % 28))T\(two(k % 24)):\(two(k % 60))", k % 4 == 0 ? nil : "2024-03-\(two(1 + k % 28))T23:59")
        }
        let result = ServiceLevelEngine.compute(month: YearMonth(year: 2024, month: 3), incidents: incidents, maintenance: [],
                                                inquiries: inquiries, targets: .defaults, calendar: .standard, now: LogRows.time("2024-04-10T00:00"))
        #expect(result.response.inquiries.count == count && result.availability.outages.count > 2 * 8_192)
        // The table for people likewise, in both languages: a line per record.
        for language in [Language.ja, .en] {
            let one = ServiceLevelFigures.table(result, language: language, workers: 1)
            #expect(one == ServiceLevelFigures.table(result, language: language, workers: 2), "\(language)")
            let lines = one.split(separator: "\n")
            #expect(lines.filter { $0.hasPrefix("      Q-") }.count == count)
        }
        for pretty in [true, false] {
            let one = ServiceLevelFigures.jsonText(result, pretty: pretty, workers: 1)
            let twoCores = ServiceLevelFigures.jsonText(result, pretty: pretty, workers: 2)
            #expect(one == twoCores, "pretty: \(pretty)")
            let value = try JSONSerialization.jsonObject(with: Data(twoCores.utf8)) as? NSDictionary
            let response = value?["response"] as? NSDictionary
            #expect((response?["inquiries"] as? NSArray)?.count == count)
        }
    }
}
