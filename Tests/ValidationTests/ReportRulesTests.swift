import DocumentModel
import Foundation
import Testing
import TestSupport
import TeishutsuKit
@testable import Validation

/// A copy of the whole demo (plan, reports, logs) with one report or log changed.
@Suite struct ReportRulesTests {
    struct Demo {
        let folder: URL

        init() throws {
            folder = Fixtures.scratchPath("report")
            try FileManager.default.copyItem(at: PlanRulesTests.demo, to: folder)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
            // The reports as drafts: the rules of a report, not of its submission, are tested here.
            try Fixtures.withdrawReportRecords(folder)
        }

        func edit(_ file: String, _ old: String, _ new: String) throws {
            let url = folder.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            if !text.contains(old) { Issue.record("\(file) no longer contains \(old)") }
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }

        func line(_ file: String, containing marker: String) throws -> Int {
            let lines = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n")
            return lines.firstIndex { $0.contains(marker) }! + 1
        }

        func validate() -> [Diagnostic] {
            defer { try? FileManager.default.removeItem(at: folder) }
            return Pipeline.validate(folder: folder.path).1.diagnostics.sortedForOutput()
        }

        func located(_ diagnostics: [Diagnostic]) -> [String] {
            diagnostics.map { d in
                let file = d.span.map { URL(fileURLWithPath: $0.file).lastPathComponent } ?? "-"
                return "\(d.code.id)@\(file):\(d.span?.line ?? 0)"
            }
        }
    }

    @Test func aMissedLevelWithoutImprovementsIsAnError() throws {
        let demo = try Demo()
        let report = "reports/2025-08.yaml"
        let text = try String(contentsOf: demo.folder.appendingPathComponent(report), encoding: .utf8)
        let start = text.range(of: "improvements:\n")!.lowerBound
        let end = text.range(of: "# 7. その他必要な事項")!.lowerBound
        try (String(text[..<start]) + String(text[end...])).write(to: demo.folder.appendingPathComponent(report), atomically: false, encoding: .utf8)
        let diagnostics = demo.validate()
        // The later reports then follow measures that were never presented.
        #expect(demo.located(diagnostics) == ["REP-SLA-no-improvement@2025-08.yaml:3", "MEASURE-unknown@2025-09.yaml:77",
                                              "MEASURE-unknown@2025-09.yaml:81", "MEASURE-unknown@2025-10.yaml:80"])
        #expect(diagnostics.first?.message.english == "SLA-AVAIL (availability) is missed (99.13% against a target of at least 99.8%); the report needs improvement measures (improvements.availability)")
    }

    /// A measure's ID is named by later reports' measure_status and carried as an XML attribute:
    /// one that cannot be (改善策１) is said where it is written, not at build time.
    @Test func aMeasureIDOfOtherCharactersIsRefusedWhereWritten() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-08.yaml", "- id: KZ-2025-08-1", "- id: 改善策１")
        let line = try demo.line("reports/2025-08.yaml", containing: "- id: 改善策１")
        let diagnostics = demo.validate()
        let found = diagnostics.filter { $0.code.id == "MEASURE-id-form" }
        #expect(demo.located(found) == ["MEASURE-id-form@2025-08.yaml:\(line)"])
        #expect(found.first?.message.japanese.contains("改善策の番号「改善策１」に使えない文字があります") == true)
        #expect(DutyRules.isMeasureID("KZ-2025-08-1") && DutyRules.isMeasureID("kz_1.2") && DutyRules.isMeasureID("7"))
        #expect(!DutyRules.isMeasureID("-KZ") && !DutyRules.isMeasureID("KZ 1") && !DutyRules.isMeasureID("ＫＺ-1") && !DutyRules.isMeasureID(""))
    }

    /// An ID typed in full-width (ＫＺ-2025-08-1) where later reports name it as meant: one
    /// error, not one for every month that names it or lacks its status.
    @Test func aFullWidthMeasureIDIsOneError() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-08.yaml", "- id: KZ-2025-08-1", "- id: ＫＺ-2025-08-1")
        let line = try demo.line("reports/2025-08.yaml", containing: "- id: ＫＺ-2025-08-1")
        let errors = demo.validate().filter { $0.severity == .error && $0.code.id.hasPrefix("MEASURE-") }
        #expect(demo.located(errors) == ["MEASURE-id-form@2025-08.yaml:\(line)"])
    }

    /// A measure reported done and then not done is said, unless the month says why; it then
    /// needs its status every month again until it is done.
    @Test func aMeasureTakenUpAgainSaysWhy() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-10.yaml", "measure_status:\n", "measure_status:\n  KZ-2025-08-1:\n    status: in_progress\n")
        let line = try demo.line("reports/2025-10.yaml", containing: "  KZ-2025-08-1:") + 1
        let diagnostics = demo.validate()
        #expect(demo.located(diagnostics.filter { $0.code.id == "MEASURE-reopened" }) == ["MEASURE-reopened@2025-10.yaml:\(line)"])
        #expect(diagnostics.contains { $0.code.id == "MEASURE-missing-status" && $0.message.english.contains("KZ-2025-08-1") && $0.message.english.contains("2025-11") })

        let explained = try Demo()
        try explained.edit("reports/2025-10.yaml", "measure_status:\n", "measure_status:\n  KZ-2025-08-1:\n    status: in_progress\n    note: 同型機器で再発したため、予防交換の範囲を広げた\n")
        #expect(!explained.validate().contains { $0.code.id == "MEASURE-reopened" })
    }

    /// One ID recorded twice in one log file is its duplicate (said once); in two log files
    /// with different times, a conflict between them.
    @Test func aLogIDRecordedTwiceIsSaidOnce() throws {
        let demo = try Demo()
        try demo.edit("logs/incidents.csv", "INC-2025-001,2025-04-22T09:40,", "INC-2025-001,2025-04-22T09:40,2025-04-22T10:05,minor,重複,対応,対策\nINC-2025-001,2025-04-22T09:45,")
        let codes = demo.validate().map(\.code.id).filter { $0.hasPrefix("LOG-") }
        #expect(codes == ["LOG-duplicate-id"], "\(codes)")

        let other = try Demo()
        let csv = try String(contentsOf: other.folder.appendingPathComponent("logs/incidents.csv"), encoding: .utf8)
        try csv.replacingOccurrences(of: "INC-2025-001,2025-04-22T09:40,", with: "INC-2025-001,2025-04-22T09:50,")
            .write(to: other.folder.appendingPathComponent("logs/incidents-april.csv"), atomically: false, encoding: .utf8)
        try other.edit("reports/2025-04.yaml", "incidents: ../logs/incidents.csv", "incidents: ../logs/incidents-april.csv")
        let conflicts = other.validate().filter { $0.code.id == "LOG-conflict" }
        #expect(conflicts.count == 1)
        #expect(conflicts.first?.message.english == "the incident INC-2025-001 is recorded twice with different times")
    }

    @Test func everyMeasureOfThePlanNeedsAStatus() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-06.yaml", "  SP-07:\n", "  SP-7:\n")
        let line = try demo.line("reports/2025-06.yaml", containing: "  SP-7:")
        let statusLine = try demo.line("reports/2025-06.yaml", containing: "security_status:")
        let diagnostics = demo.validate()
        #expect(demo.located(diagnostics) == ["REP-SECSTATUS-missing-measure@2025-06.yaml:\(statusLine)", "REP-SECSTATUS-unknown@2025-06.yaml:\(line)"])
        #expect(diagnostics.last?.message.english == "'SP-7' is not a measure of the plan's PLAN-SECPLAN; did you mean 'SP-07'?")
    }

    @Test func aRecoveredIncidentNeedsItsResponseAndCountermeasure() throws {
        let demo = try Demo()
        try demo.edit("logs/incidents.csv", ",帳票テンプレートを修正した。,帳票の回帰テストに年度跨ぎの日付を追加した。", ",,")
        let line = try demo.line("logs/incidents.csv", containing: "INC-2025-007")
        let diagnostics = demo.validate()
        #expect(demo.located(diagnostics) == ["REP-INCIDENT-no-response@incidents.csv:\(line)", "REP-INCIDENT-no-countermeasure@incidents.csv:\(line)"])
        // Each points at its own (empty) cell: the sixth and seventh columns.
        #expect(diagnostics.map { $0.span!.column } == [73, 74])
    }

    @Test func timesOutOfOrderAndUnreadableAreLocated() throws {
        let demo = try Demo()
        try demo.edit("logs/inquiries.csv", "Q-202507-01,2025-07-", "Q-202507-01,2025-07-")
        try demo.edit("logs/incidents.csv", "INC-2025-003,2025-07-03T11:05,2025-07-03T11:40", "INC-2025-003,2025-07-03T11:05,2025-07-03T10:40")
        try demo.edit("logs/maintenance.csv", "MNT-202506,2025-06-08T02:00,2025-06-08T04:00", "MNT-202506,2025-06-08T02:00,2025-06-08T01:00")
        try demo.edit("logs/inquiries.csv", "2026-01-05T11:00", "2025-12-25T11:00")
        try demo.edit("logs/incidents.csv", "2026-03-09T16:00", "2026-03-09 4pm")
        let expected = [
            "csv-time@incidents.csv:\(try demo.line("logs/incidents.csv", containing: "4pm"))",
            "LOG-end-before-start@incidents.csv:\(try demo.line("logs/incidents.csv", containing: "INC-2025-003"))",
            "LOG-answer-before-question@inquiries.csv:\(try demo.line("logs/inquiries.csv", containing: "2025-12-25T11:00"))",
            "LOG-end-before-start@maintenance.csv:\(try demo.line("logs/maintenance.csv", containing: "MNT-202506"))",
            // No figure is computed from a log with a bad row: said where the log's first error is.
            "REP-SLA-unavailable@incidents.csv:\(try demo.line("logs/incidents.csv", containing: "4pm"))",
        ]
        let diagnostics = demo.validate()
        #expect(demo.located(diagnostics).sorted() == expected.sorted())
        #expect(diagnostics.first { $0.code.id == "csv-time" }?.message.english == "'occurred_at': \"2026-03-09 4pm\" is not a time; expected ISO 8601 such as 2024-03-01T10:15, 2024-03-01 10:15:30 or 2024-03-01T10:15+09:00, or 2024/03/01 10:15, or 令和6年3月1日 10:15")
    }

    @Test func everyBadRowIsReportedNotOnlyTheFirst() throws {
        let demo = try Demo()
        try demo.edit("logs/incidents.csv", ",minor,", ",minr,")
        let diagnostics = demo.validate()
        #expect(diagnostics.filter { $0.code.id == "csv-bad-choice" }.count == 5)
        #expect(Set(diagnostics.map(\.code.id)) == ["csv-bad-choice", "REP-SLA-unavailable"])
        #expect(diagnostics.first { $0.code.id == "csv-bad-choice" }?.message.english == "'impact' cannot be 'minr'; did you mean 'minor'?")
    }

    @Test func aBadHeaderIsReportedOnce() throws {
        let demo = try Demo()
        try demo.edit("logs/inquiries.csv", "id,asked_at,asked_by,subject,answered_at,answered_by,answer", "id,asked_at,asked_by,subjct,answered_at,answered_by,answer")
        let diagnostics = demo.validate()
        #expect(demo.located(diagnostics) == ["csv-missing-column@inquiries.csv:1", "REP-SLA-unavailable@inquiries.csv:1", "csv-unknown-column@inquiries.csv:1"])
        #expect(diagnostics.first { $0.code.id == "csv-unknown-column" }?.message.english == "unknown column 'subjct'; did you mean 'subject'?")
    }

    @Test func theMonthMatchesTheFileNameAndSectionsArePresent() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-09.yaml", "month: 2025-09", "month: 2025-10")
        try demo.edit("reports/2025-07.yaml", "logs:\n  incidents: ../logs/incidents.csv\n", "logs:\n")
        try demo.edit("reports/2025-05.yaml", "# 2. サービス利用状況（稼働状況） — REP-USAGE\nusage:", "# 2. サービス利用状況（稼働状況） — REP-USAGE\nusage_:")
        let monthLine = try demo.line("reports/2025-09.yaml", containing: "month: 2025-10")
        let usageLine = try demo.line("reports/2025-05.yaml", containing: "usage_:")
        let codes = demo.located(demo.validate())
        #expect(codes.contains("REP-month-mismatch@2025-09.yaml:\(monthLine)"))
        #expect(codes.contains("REP-INCIDENT-missing@2025-07.yaml:3"))  // at the report's month
        #expect(codes.contains("REP-USAGE-missing@2025-05.yaml:3"))
        #expect(codes.contains("yaml-unknown-key@2025-05.yaml:\(usageLine)"))
    }

    @Test func aLogFileThatIsNotThereIsNamedWhereItIsReferenced() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-04.yaml", "  inquiries: ../logs/inquiries.csv", "  inquiries: ../logs/inquiry.csv")
        let line = try demo.line("reports/2025-04.yaml", containing: "inquiry.csv")
        // The warning that no figure is computed is the folder's: the missing file has no place of its own.
        #expect(demo.located(demo.validate()) == ["REP-SLA-unavailable@-:0", "REP-log-missing@2025-04.yaml:\(line)"])
    }

    @Test func activitiesReferToThePlan() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-04.yaml", "  - id: TR-01", "  - id: TR-10")
        let line = try demo.line("reports/2025-04.yaml", containing: "TR-10")
        let activities = try demo.line("reports/2025-04.yaml", containing: "activities:")
        // TR-01, which the plan dates 令和７年４月17日, has no record of its own now.
        #expect(demo.located(demo.validate()) == ["REP-ACTIVITY-not-recorded@2025-04.yaml:\(activities)", "REP-ACTIVITY-unknown@2025-04.yaml:\(line)"])
    }

    /// What the plan dates in a month is recorded in that month's report; a course or audit with
    /// no date (着任時, or a schedule in words) is not looked for.
    @Test func whatThePlanDatesInAMonthIsRecordedThen() throws {
        let demo = try Demo()
        try demo.edit("reports/2025-06.yaml", "activities:\n  - id: TR-03\n", "activities:\n  - id: TR-04\n")
        let activities = try demo.line("reports/2025-06.yaml", containing: "activities:")
        let found = demo.validate()
        #expect(demo.located(found) == ["REP-ACTIVITY-not-recorded@2025-06.yaml:\(activities)"])
        #expect(found.first?.message.english == "the plan dates TR-03 (インシデント対応訓練（机上訓練）) 2025-06-12, but the month's report has no record of it under activities")
        #expect(found.first?.message.japanese == "計画書は TR-03（インシデント対応訓練（机上訓練））を令和７年６月12日に予定していますが、当月の報告書に実施の記録（activities）がありません")
    }
}
