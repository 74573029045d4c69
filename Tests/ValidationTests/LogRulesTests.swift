import DocumentModel
import Testing
import TestSupport
@testable import Validation

/// The row rules checked on two cores say what one pass says, in the same order, with the same
/// limit on how many problems are kept.
@Suite struct LogRulesTests {
    /// Incidents, windows and inquiries with duplicate IDs, times out of order and missing
    /// answers, `count` of each kind of problem.
    func logs(_ count: Int) -> ([Incident], [MaintenanceWindow], [Inquiry]) {
        var incidents: [Incident] = [], windows: [MaintenanceWindow] = [], inquiries: [Inquiry] = []
        for k in 0..<count {
            incidents.append(LogRows.incident("INC-\(k % (count / 2 + 1))", "2024-03-05T10:00", k % 3 == 0 ? "2024-03-05T09:00" : "2024-03-05T11:00"))
            windows.append(LogRows.window("M-\(k % 5)", "2024-03-10T04:00", k % 2 == 0 ? "2024-03-10T02:00" : "2024-03-10T05:00"))
            inquiries.append(LogRows.inquiry("Q-\(k % (count / 3 + 1))", "2024-03-04T09:00", k % 4 == 0 ? "2024-03-04T08:00" : "2024-03-04T10:00"))
        }
        return (incidents, windows, inquiries)
    }

    func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.code.id) \($0.message.english) \($0.notes.map(\.message.english))" }
    }

    @Test(arguments: [10, 400, 1_500])
    func twoCoresSayWhatOnePassSays(count: Int) {
        let (incidents, windows, inquiries) = logs(count)
        let one = LogRules.check(incidents: incidents, maintenance: windows, inquiries: inquiries, workers: 1)
        let two = LogRules.check(incidents: incidents, maintenance: windows, inquiries: inquiries, workers: 2)
        #expect(summary(one) == summary(two))
        if count == 10 {
            // Few problems: all of them; every duplicate ID first (incidents, maintenance, inquiries), then the rows.
            let duplicates = one.prefix { $0.code == .log(.duplicateID) }
            #expect(!duplicates.isEmpty && duplicates.count < one.count)
            #expect(!one.dropFirst(duplicates.count).contains { $0.code == .log(.duplicateID) })
            let kinds = duplicates.map { d in ["incident", "maintenance", "inquiry"].firstIndex { d.message.english.hasPrefix("the \($0) ID") } ?? -1 }
            #expect(kinds == kinds.sorted() && !kinds.contains(-1) && Set(kinds).count == 3, "\(kinds)")
            #expect(one.last?.notes.isEmpty == true)
        } else {
            // Past the limit: a thousand kept, the last one saying how many more there are.
            #expect(one.count == 1_000)
            #expect(one.last?.notes.last?.message.english.contains("more problem") == true)
        }
    }

    @Test func appendingListsIsRecordingInTurn() {
        func problem(_ k: Int) -> Diagnostic {
            .error(.log(.duplicateID), Message(ja: "\(k)", en: "\(k)"), at: .file("f"))
        }
        for (a, b, limit) in [(0, 0, 3), (2, 0, 3), (2, 2, 3), (5, 1, 3), (0, 7, 3), (3, 3, 3), (10, 10, 4)] {
            var direct = ProblemList(limit: limit), first = ProblemList(limit: limit), second = ProblemList(limit: limit)
            for k in 0..<(a + b) { direct.record(problem(k)) }
            for k in 0..<a { first.record(problem(k)) }
            for k in a..<(a + b) { second.record(problem(k)) }
            first.append(second)
            #expect(summary(first.diagnostics) == summary(direct.diagnostics), "\(a) + \(b), limit \(limit)")
            #expect(first.hasErrors == direct.hasErrors)
        }
        // A problem a list had to keep past its limit stays kept.
        var kept = ProblemList(limit: 1), other = ProblemList(limit: 1)
        kept.record(problem(0))
        other.record(problem(1))
        other.record(problem(2), always: true)
        kept.append(other)
        #expect(summary(kept.diagnostics).count == 2)
        #expect(kept.diagnostics.map(\.message.english).first == "0")
        #expect(kept.diagnostics.last?.message.english == "2")
    }
}

extension LogRulesTests {
    /// The table of first uses says what a dictionary says, also when long probes turn it into
    /// one part of the way (a probe limit of 0 or 1 makes that happen on the first collisions).
    @Test(arguments: [0, 1, 64])
    func firstUsesAreWhatADictionarySays(probeLimit: Int) {
        let ids = (0..<5_000).map { "ID-\($0 % 3_001)" }
        var table = LogRules.FirstUse(capacity: ids.count, probeLimit: probeLimit)
        var reference: [String: Int] = [:]
        for (k, key) in ids.enumerated() {
            let expected = reference[key]
            if expected == nil { reference[key] = k }
            #expect(table.insert(k, key: key, id: { ids[$0] }) == expected, "\(k) \(key)")
        }
    }
}

extension LogRulesTests {
    /// IDs that are the same string (one written composed, one decomposed; the Kelvin sign and K)
    /// are one ID, wherever the table puts them: the hash is of the composed form.
    @Test(arguments: [0, 64])
    func equalStringsAreOneIDHoweverWritten(probeLimit: Int) {
        for (first, second) in [("A\u{E9}", "Ae\u{301}"), ("INC-\u{E9}", "INC-e\u{301}"), ("\u{212A}-1", "K-1"), ("\u{30AC}", "\u{30AB}\u{3099}")] {
            #expect(first == second && LogRules.FirstUse.hash(first) == LogRules.FirstUse.hash(second))
            let ids = (0..<200).map { "Q-\($0)" } + [first] + (200..<400).map { "Q-\($0)" } + [second]
            var table = LogRules.FirstUse(capacity: ids.count, probeLimit: probeLimit)
            let found = ids.indices.compactMap { k in table.insert(k, key: ids[k], id: { ids[$0] }).map { (k, $0) } }
            #expect(found.count == 1 && found.first?.0 == 401 && found.first?.1 == 200, "\(first)")
        }
        let incidents = [LogRows.incident("A\u{E9}", "2024-03-05T10:00", "2024-03-05T11:00"), LogRows.incident("Ae\u{301}", "2024-03-06T10:00", "2024-03-06T11:00")]
        #expect(LogRules.check(incidents: incidents, maintenance: [], inquiries: []).contains { $0.code == .log(.duplicateID) })
    }
}
