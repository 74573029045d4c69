import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Testing
import TestSupport
import TeishutsuKit

/// Due dates and `status`, around month ends, holidays and 年末年始.
@Suite struct DeadlineTests {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    @Test func reportDueDatesMovePastClosedDays() {
        let calendar = ClosedDayCalendar(contractDays: [ContractClosedDay(.annual(month: 5, day: 15), name: "県民の日")])
        let tenth = ReportDueRule.dayOfNextMonth(10)
        // May 2025 → 6/10 (Tue), an open day.
        #expect(tenth.dueDate(year: 2025, month: 5, calendar: calendar) == d("2025-06-10"))
        // April 2025 → 5/10 is a Saturday: Monday 5/12.
        #expect(tenth.dueDate(year: 2025, month: 4, calendar: calendar) == d("2025-05-12"))
        // December 2025 → 1/10 Sat, 1/11 Sun, 1/12 成人の日: Tuesday 1/13.
        #expect(tenth.dueDate(year: 2025, month: 12, calendar: calendar) == d("2026-01-13"))
        // The contract's own closed day: the 15th of May 2025 is 県民の日, so 5/16.
        #expect(ReportDueRule.dayOfNextMonth(15).dueDate(year: 2025, month: 4, calendar: calendar) == d("2025-05-16"))
        // The 5th open day of January 2026: 1/1–1/3 年末年始, 1/4 Sunday; 1/5, 6, 7, 8, 9 → 1/9.
        #expect(ReportDueRule.openDayOfNextMonth(5).dueDate(year: 2025, month: 12, calendar: calendar) == d("2026-01-09"))
        #expect(ReportDueRule.openDayOfNextMonth(1).dueDate(year: 2025, month: 12, calendar: calendar) == d("2026-01-05"))
        // The 3rd open day of May 2025: 5/1 (Thu), 5/2 (Fri), then 5/3–5/6 closed → 5/7.
        #expect(ReportDueRule.openDayOfNextMonth(3).dueDate(year: 2025, month: 4, calendar: calendar) == d("2025-05-07"))
    }

    /// A copy of the demo whose December report is not written yet.
    func demoWithoutDecember(_ edit: (URL) throws -> Void = { _ in }) throws -> ContractFolder {
        let folder = Fixtures.scratchPath("deadline")
        try FileManager.default.copyItem(at: SchemaTests.root.appendingPathComponent("samples/demo"), to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("reports/2025-12.yaml"))
        try Fixtures.withdrawReportRecords(folder, months: ["2025-12"])
        try edit(folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        return ContractFolder.load(folder.path)
    }

    func states(_ items: [DeadlineItem], _ kind: DeadlineItem.Kind) -> [String] {
        items.filter { $0.kind == kind && $0.state != .done }.map { "\($0.date.iso) \($0.state.rawValue)" }
    }

    @Test func aMissingReportIsDueThenOverdueAcrossTheYearEnd() throws {
        let folder = try demoWithoutDecember()
        // 12/31: the December report is upcoming (due 1/13, after 年末年始 and 成人の日).
        #expect(states(Deadlines.items(folder, today: d("2025-12-31")), .report) == ["2026-01-13 due_soon"])
        // 1/13 is its day; 1/14 it is overdue, and validate says so.
        // (January's report, written for 2/9, is upcoming by then.)
        #expect(states(Deadlines.items(folder, today: d("2026-01-13")), .report) == ["2026-01-13 due_soon", "2026-02-10 upcoming"])
        let late = Deadlines.items(folder, today: d("2026-01-14"))
        #expect(states(late, .report) == ["2026-01-13 overdue", "2026-02-10 upcoming"])
        // The December report also recorded TR-03 of 12/11: without it, that training has no result.
        let warnings = Deadlines.warnings(late, today: d("2026-01-14"), wording: MessageWording(folder.contract))
        // KZ-RQ-2025-02-1 was due 12/26 and done 1/16 (the January report says so): on 1/14 it is overdue.
        #expect(warnings.map(\.code.id) == ["DEADLINE-training-overdue", "DEADLINE-measure-overdue", "DEADLINE-report-overdue"])
        #expect(warnings.last?.message.english == "overdue: submit the performance report for 2025-12 (due 2026-01-13, as of 2026-01-14) — not written (\(folder.path)/reports/2025-12.yaml does not exist)")
        // Overdue items come first.
        #expect(late.first?.state == .overdue)
    }

    @Test func aMonthIsTrackedOnceItHasBegun() throws {
        let folder = try demoWithoutDecember()
        // On 11/30 December has not begun: nothing is due for it yet.
        #expect(Deadlines.items(folder, today: d("2025-11-30")).filter { $0.title.english.contains("2025-12") }.isEmpty)
        #expect(Deadlines.items(folder, today: d("2025-12-01")).contains { $0.title.english.contains("2025-12") })
    }

    @Test func aWrittenReportIsDoneOnceItsSubmissionDayHasCome() throws {
        let folder = ContractFolder.load(SchemaTests.root.appendingPathComponent("samples/demo").path)
        // The August report is dated 2025-09-09, due 09-10.
        #expect(states(Deadlines.items(folder, today: d("2025-09-08")), .report).contains("2025-09-10 due_soon"))
        #expect(!states(Deadlines.items(folder, today: d("2025-09-09")), .report).contains("2025-09-10 due_soon"))
        // The whole demo, judged after its contract: nothing outstanding.
        #expect(Deadlines.items(folder, today: d("2026-11-27")).allSatisfy { $0.state == .done })
    }

    /// A report written for a month still under way is being written, not "written, not submitted".
    @Test func aReportOfAMonthUnderWayIsBeingWritten() throws {
        let folder = Fixtures.scratchPath("under-way")
        try FileManager.default.copyItem(at: SchemaTests.root.appendingPathComponent("samples/demo"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let items = Deadlines.items(ContractFolder.load(folder.path), today: d("2025-04-10"))
        let april = try #require(items.first { $0.title.english == "submit the performance report for 2025-04" })
        #expect(april.progress == .draft)
        #expect(april.detail.english.hasPrefix("being written (the month is under way"))
        let may = Deadlines.items(ContractFolder.load(folder.path), today: d("2025-05-01")).first { $0.title.english == "submit the performance report for 2025-04" }
        #expect(may?.progress == .written)
    }

    /// A plan changed since its last submitted revision owes a new revision now.
    @Test func aPlanChangedSinceItsSubmissionOwesARevision() throws {
        let folder = Fixtures.scratchPath("plan-changed")
        try FileManager.default.copyItem(at: SchemaTests.root.appendingPathComponent("samples/demo"), to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "name: 前田 晴美", with: "name: 前田 春美")
        let (items, _, _) = Deadlines.status(folder: folder.path, today: d("2026-04-30"))
        let owed = try #require(items?.first { $0.kind == .plan && $0.state != .done })
        #expect(owed.title.japanese == "サービス実施計画書の改訂（第４版）の提出")
        #expect(owed.detail.english.contains("add revision 4 to the history, dated when the plan changed, submit it and record it"))
        // Due from the date the new revision will give: no date yet, not "today" on every day.
        #expect(owed.state == .unknown)
    }

    /// A later revision is due ten days after its date, moved past closed days as a report's
    /// due date is: dated Wednesday 2025-06-11, it is due Monday 06-23, not Saturday 06-21.
    @Test func aRevisionDueOnAClosedDayIsDueTheNextOpenDay() throws {
        let folder = try Fixtures.demoCopy("revision-due")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["plan-r3.record.yaml", "plan-r3.xml", "plan-r3.yaml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/\(name)"))
        }
        try Fixtures.edit(folder, "plan.yaml", replacing: "date: 令和７年６月10日", with: "date: 令和７年６月11日")
        let loaded = ContractFolder.load(folder.path)
        #expect(states(Deadlines.items(loaded, today: d("2025-06-22")), .plan) == ["2025-06-23 due_soon"])
        #expect(states(Deadlines.items(loaded, today: d("2025-06-24")), .plan) == ["2025-06-23 overdue"])
    }

    @Test func scheduledTrainingWithoutAResultIsOverdue() throws {
        let folder = try demoWithoutDecember { url in
            let path = url.appendingPathComponent("reports/2025-06.yaml")
            let text = try String(contentsOf: path, encoding: .utf8)
            try text.replacingOccurrences(of: "  - id: TR-03\n", with: "  - id: TR-01\n").write(to: path, atomically: false, encoding: .utf8)
        }
        // TR-03 was planned for 2025-06-12; the June report now records TR-01 instead.
        let items = Deadlines.items(folder, today: d("2025-07-01"))
        #expect(states(items, .training) == ["2025-06-12 overdue"])
        #expect(items.first { $0.kind == .training }?.span?.line != nil)
    }

    @Test func certificatesAreListedBeforeTheyExpire() throws {
        // ISO/IEC 27017 and 27001 run to 2028-05-31, after the demo's contract ends (2026-03-31):
        // nothing to revise, before the end or after it.
        let demo = ContractFolder.load(SchemaTests.root.appendingPathComponent("samples/demo").path)
        for day in ["2026-03-01", "2028-03-02", "2028-06-01"] {
            #expect(states(Deadlines.items(demo, today: d(day)), .certificate) == [], "\(day)")
        }
        // A contract running to 2029: 90 days before they lapse, they appear; once lapsed, overdue
        // (the plan is revised with the renewed certificates); once the contract is over, no more.
        let copy = try Fixtures.demoCopy("certificates")
        defer { try? FileManager.default.removeItem(at: copy) }
        try Fixtures.edit(copy, "contract.yaml", replacing: "  end: 令和８年３月31日", with: "  end: 令和11年３月31日")
        let folder = ContractFolder.load(copy.path)
        #expect(states(Deadlines.items(folder, today: d("2028-03-01")), .certificate) == [])
        #expect(states(Deadlines.items(folder, today: d("2028-03-02")), .certificate) == ["2028-05-31 upcoming", "2028-05-31 upcoming"])
        #expect(states(Deadlines.items(folder, today: d("2028-06-01")), .certificate).prefix(2) == ["2028-05-31 overdue", "2028-05-31 overdue"])
        #expect(states(Deadlines.items(folder, today: d("2029-04-01")), .certificate) == [])
    }
}

/// `status` for the duties: incident reports owed, measures, 甲's requests, the closing record,
/// around their boundaries.
@Suite struct DutyDeadlineTests {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    func demo(_ edit: (URL) throws -> Void) throws -> ContractFolder {
        let folder = try Fixtures.demoCopy("duty-deadlines")
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit(folder)
        return ContractFolder.load(folder.path)
    }

    func state(_ items: [DeadlineItem], _ kind: DeadlineItem.Kind, containing text: String) -> String? {
        items.first { $0.kind == kind && $0.title.english.contains(text) }.map { "\($0.date.iso) \($0.state.rawValue)" }
    }

    /// INC-2025-006's incident report without its final report (`kind: final` under reports).
    func withoutFinalReport(_ url: URL) throws {
        let path = url.appendingPathComponent("incidents/INC-2025-006.yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let start = text.range(of: "  - kind: final")!.lowerBound
        let end = text.range(of: "\ncause:")!.lowerBound
        try (String(text[..<start]) + String(text[end...].dropFirst())).write(to: path, atomically: false, encoding: .utf8)
    }

    @Test func anIncidentReportIsOwedUntilItsReportsAreMade() throws {
        // INC-2025-006 (detected 2025-10-31 23:12) without its final report; the plan promises 60 minutes and five open days.
        let folder = try demo { url in
            try withoutFinalReport(url)
            // Nor was the incident report recorded as submitted.
            try Fixtures.withdrawReportRecords(url)
        }
        // Five open days after 10/31 (Fri): 11/3 is 文化の日 → 11/4, 5, 6, 7, 10.
        #expect(state(Deadlines.items(folder, today: d("2025-11-10")), .incidentReport, containing: "final report of the incident INC-2025-006") == "2025-11-10 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2025-11-11")), .incidentReport, containing: "final report of the incident INC-2025-006") == "2025-11-10 overdue")
        // Its first report was made in time: done.
        #expect(state(Deadlines.items(folder, today: d("2025-11-11")), .incidentReport, containing: "first report of the incident INC-2025-006") == "2025-11-01 done")
        // Before the incident, nothing is owed.
        #expect(state(Deadlines.items(folder, today: d("2025-10-30")), .incidentReport, containing: "INC-2025-006") == nil)
        let warnings = Deadlines.warnings(Deadlines.items(folder, today: d("2025-11-11")), today: d("2025-11-11"), wording: MessageWording(folder.contract))
        #expect(warnings.contains { $0.code.id == "DEADLINE-incident-report-overdue" })
    }

    /// Without a time promised in the plan, the final report is owed at once, but not before the
    /// failure is over: INC-2025-006, detected 2025-10-31 23:12 and recovered 2025-11-01 00:55,
    /// owes it on 11-01 (it was owed on the day of detection, before the recovery).
    @Test func withoutAPromiseTheFinalReportIsOwedOnceRecovered() throws {
        let folder = try demo { url in
            // Nor in revision 3 as sent, the revision in force for the incident.
            for plan in ["plan.yaml", "submitted/plan-r3.yaml"] { try Fixtures.edit(url, plan, replacing: "  final_report_within_open_days: 5", with: "") }
            try withoutFinalReport(url)
            try Fixtures.withdrawReportRecords(url)
        }
        #expect(state(Deadlines.items(folder, today: d("2025-11-01")), .incidentReport, containing: "final report of the incident INC-2025-006") == "2025-11-01 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2025-11-02")), .incidentReport, containing: "final report of the incident INC-2025-006") == "2025-11-01 overdue")
        // A failure still going on owes it from no day yet (it was overdue from the day it was detected).
        let ongoing = try demo { url in
            // Nor in revision 3 as sent, the revision in force for the incident.
            for plan in ["plan.yaml", "submitted/plan-r3.yaml"] { try Fixtures.edit(url, plan, replacing: "  final_report_within_open_days: 5", with: "") }
            try Fixtures.withdrawReportRecords(url)
            let log = url.appendingPathComponent("logs/incidents.csv")
            try (String(contentsOf: log, encoding: .utf8) + "INC-2025-099,2025-12-01T10:00,,stop,全停止,調査中,未定\n").write(to: log, atomically: false, encoding: .utf8)
        }
        #expect(state(Deadlines.items(ongoing, today: d("2025-12-03")), .incidentReport, containing: "final report of the incident INC-2025-099") == nil)
        #expect(state(Deadlines.items(ongoing, today: d("2025-12-03")), .incidentReport, containing: "first report of the incident INC-2025-099") != nil)
    }

    @Test func aMeasureNotDoneIsOverdueAfterItsDueDate() throws {
        // KZ-2025-08-2 (due 2025-10-31) left in progress in October.
        let folder = try demo { url in
            try Fixtures.edit(url, "reports/2025-10.yaml", replacing: """
                  KZ-2025-08-2:
                    status: done
                    done_on: 令和７年10月21日
                    evidence: 拠点切替え手順書 第３版、10月21日の切替え訓練記録
                """, with: """
                  KZ-2025-08-2:
                    status: in_progress
                """)
        }
        #expect(state(Deadlines.items(folder, today: d("2025-10-31")), .measure, containing: "KZ-2025-08-2") == "2025-10-31 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2025-11-01")), .measure, containing: "KZ-2025-08-2") == "2025-10-31 overdue")
        // KZ-2025-08-1 was done in September.
        #expect(state(Deadlines.items(folder, today: d("2025-11-01")), .measure, containing: "KZ-2025-08-1") == "2025-09-30 done")
    }

    @Test func aMeasureDoneOnADayStillToComeIsNotDoneYet() throws {
        // The October report (written ahead) says KZ-2025-08-2 was done on 10/21; due 10/31.
        let folder = try demo { _ in }
        #expect(state(Deadlines.items(folder, today: d("2025-10-15")), .measure, containing: "KZ-2025-08-2") == "2025-10-31 upcoming")
        #expect(state(Deadlines.items(folder, today: d("2025-10-21")), .measure, containing: "KZ-2025-08-2") == "2025-10-31 done")
        let item = Deadlines.items(folder, today: d("2025-10-15")).first { $0.title.english.contains("KZ-2025-08-2") }
        #expect(item?.detail.english.hasPrefix("to be done on 2025-10-21: ") == true)
        // A long measure is cut with an ellipsis, not mid-word without a mark.
        #expect(item?.detail.english.hasSuffix("…") == true)
    }

    @Test func anUnansweredRequestIsOverdueAfterItsDueDate() throws {
        let folder = try demo { url in
            let path = url.appendingPathComponent("requests/RQ-2025-02.yaml")
            let text = try String(contentsOf: path, encoding: .utf8)
            let start = text.range(of: "answer:\n")!.lowerBound
            let end = text.range(of: "measures:\n")!.lowerBound
            try (String(text[..<start]) + String(text[end...])).replacingOccurrences(of: "closed_on: 令和８年１月20日\n", with: "")
                .write(to: path, atomically: false, encoding: .utf8)
        }
        // Due 2025-11-28; received 11/10.
        #expect(state(Deadlines.items(folder, today: d("2025-11-09")), .request, containing: "RQ-2025-02") == nil)
        #expect(state(Deadlines.items(folder, today: d("2025-11-28")), .request, containing: "RQ-2025-02") == "2025-11-28 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2025-11-29")), .request, containing: "RQ-2025-02") == "2025-11-28 overdue")
        // RQ-2025-01 was answered and closed.
        #expect(state(Deadlines.items(folder, today: d("2025-11-29")), .request, containing: "RQ-2025-01") == "2025-09-19 done")
    }

    @Test func theClosingRecordIsDueAsTheContractEnds() throws {
        let folder = try demo { url in
            try Fixtures.withdrawReportRecords(url)
        }
        // The contract ends 2026-03-31 (listed from 60 days before); its information is returned
        // or erased by the disposal deadline the contract sets, 2026-04-15.
        #expect(state(Deadlines.items(folder, today: d("2026-01-29")), .closing, containing: "return and erasure") == nil)
        #expect(state(Deadlines.items(folder, today: d("2026-01-30")), .closing, containing: "return and erasure") == "2026-04-15 upcoming")
        #expect(state(Deadlines.items(folder, today: d("2026-04-01")), .closing, containing: "return and erasure") == "2026-04-15 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2026-04-15")), .closing, containing: "return and erasure") == "2026-04-15 due_soon")
        #expect(state(Deadlines.items(folder, today: d("2026-04-16")), .closing, containing: "return and erasure") == "2026-04-15 overdue")
        // Recorded (on 2026-04-10), it is done from that day.
        let demo = ContractFolder.load(Fixtures.demo.path)
        #expect(state(Deadlines.items(demo, today: d("2026-04-09")), .closing, containing: "return and erasure") == "2026-04-15 due_soon")
        #expect(state(Deadlines.items(demo, today: d("2026-04-10")), .closing, containing: "return and erasure") == "2026-04-15 done")
    }
}
