import Foundation
import Testing
import TestSupport

/// Submission as a recorded act: `status` says "submitted" only for what `submit` recorded, a
/// record keeps the files as sent, and a later change to them or to their inputs is seen.
@Suite struct SubmissionTests {
    /// The demo without any submission record: everything written, nothing sent.
    func unsent(_ name: String) throws -> URL {
        let folder = try Fixtures.demoCopy(name)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        return folder
    }

    /// The items of `status --format json`.
    func json(_ text: String) throws -> [[String: Any]] {
        let object = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["items"] as? [[String: Any]])
    }

    @Test func statusSaysSubmittedOnlyForWhatWasRecorded() throws {
        let folder = try unsent("unsent")
        defer { try? FileManager.default.removeItem(at: folder) }
        let status = try CLI.run(["status", folder.path, "--today", "2025-05-20", "--all", "--format", "json", "--lang", "en"])
        #expect(status.status == 0)
        let items = try json(status.stdout)
        let plan = try #require(items.first { ($0["title"] as? String)?.contains("revision 1") == true })
        #expect(plan["submitted"] as? Bool == false)
        #expect(plan["written"] as? Bool == true)
        #expect(plan["state"] as? String == "overdue")
        let april = try #require(items.first { ($0["title"] as? String)?.contains("2025-04") == true })
        #expect(april["submitted"] as? Bool == false)
        #expect(april["state"] as? String == "overdue")

        // Recorded: now it is submitted, and done.
        let recorded = try CLI.run(["submit", folder.path, "--report", "2025-04", "--date", "2025-05-09", "--by", "佐藤 直樹", "--lang", "en"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.hasPrefix("recorded the performance report for 2025-04 as submitted:\n"))
        let after = try json(CLI.run(["status", folder.path, "--today", "2025-05-20", "--all", "--format", "json", "--lang", "en"]).stdout)
        let sent = try #require(after.first { ($0["title"] as? String)?.contains("2025-04") == true })
        #expect(sent["submitted"] as? Bool == true)
        #expect(sent["state"] as? String == "done")
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/report-2025-04.record.yaml"), encoding: .utf8)
        #expect(record.contains("document: report\nsubject: \"2025-04\"\nsubmitted_on: 2025-05-09\nsubmitted_by: \"佐藤 直樹\"\n"))
        #expect(record.contains("  - name: \"report-2025-04.xml\"\n    sha256: "))
        // The XML kept is the one recorded, byte for byte.
        let xml = try Data(contentsOf: folder.appendingPathComponent("submitted/report-2025-04.xml"))
        #expect(record.contains("bytes: \(xml.count)\n"))
        // Judged on a day before the record, it had not been sent yet.
        let before = try json(CLI.run(["status", folder.path, "--today", "2025-05-08", "--all", "--format", "json", "--lang", "en"]).stdout)
        #expect(before.first { ($0["title"] as? String)?.contains("2025-04") == true }?["submitted"] as? Bool == false)
    }

    @Test func theNearDeadlineWarningClearsOnceTheRevisionIsRecorded() throws {
        let folder = try unsent("near")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Revision 3 is dated 2025-06-10, and due ten days later.
        let strict = ["validate", folder.path, "--strict", "--today", "2025-06-12", "--lang", "en"]
        let warned = try CLI.run(strict)
        #expect(warned.stdout.contains("PLAN-REV-near-deadline") || warned.stdout.contains("DEADLINE-"), "\(warned.stdout)")
        #expect(warned.status == 1)
        // Revisions 1 and 2 went before this folder was kept (on paper); 3 is recorded now.
        #expect(try CLI.run(["submit", folder.path, "--revision", "1", "--date", "2023-01-10", "--note", "紙で提出"]).status == 0)
        #expect(try CLI.run(["submit", folder.path, "--revision", "2", "--date", "2023-07-05", "--note", "紙で提出"]).status == 0)
        #expect(try CLI.run(["submit", folder.path, "--date", "2025-06-12"]).status == 0)
        let clean = try CLI.run(strict)
        #expect(!clean.stdout.contains("PLAN-REV-near-deadline"), "\(clean.stdout)")
        #expect(!clean.stdout.contains("plan"), "\(clean.stdout)")
    }

    @Test func anEarlierRevisionNeedsANoteAndIsRecordedWithoutFiles() throws {
        let folder = try unsent("early")
        defer { try? FileManager.default.removeItem(at: folder) }
        let refused = try CLI.run(["submit", folder.path, "--revision", "1", "--date", "2023-01-10", "--lang", "en"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--note"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted").path))
        // A note with a line break and quotes stays one value.
        let note = "sent on paper\n\"by hand\" to 情報政策課"
        let noted = try CLI.run(["submit", folder.path, "--revision", "1", "--date", "2023-01-10", "--note", note, "--by", "a \\ b"])
        #expect(noted.status == 0, "\(noted.stderr)")
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/plan-r1.record.yaml"), encoding: .utf8)
        #expect(record.contains("files: []\nnote: \"sent on paper\\n\\\"by hand\\\" to 情報政策課\"\n"))
        #expect(record.contains("submitted_by: \"a \\\\ b\"\n"))
        // The record reads back: status shows it as submitted.
        let items = try json(CLI.run(["status", folder.path, "--today", "2023-02-01", "--all", "--format", "json", "--lang", "en"]).stdout)
        #expect(items.first { ($0["title"] as? String)?.contains("revision 1") == true }?["submitted"] as? Bool == true)
        // Revision 2, dated 2023-07-03, is not in view yet on 2023-02-01.
        #expect(items.count == 1, "\(items)")
        // A date before the revision's is refused.
        let early = try CLI.run(["submit", folder.path, "--revision", "2", "--date", "2023-07-01", "--note", "x", "--lang", "en"])
        #expect(early.status == 2)
        #expect(early.stderr.contains("after the submission date"))
    }

    /// A report shows the incident reports and requests as they stood when it was written: a
    /// notice or a closing written in after it was sent does not change it (it made every build
    /// stop with SUBMIT-inputs-changed), while one dated before it was sent does.
    @Test func whatHappensAfterAReportIsSentDoesNotChangeIt() throws {
        let folder = try Fixtures.demoCopy("after-sent")
        defer { try? FileManager.default.removeItem(at: folder) }
        // INC-2025-004's own report taken back (a notice changes it), then a notice after the
        // August report was sent (2025-09-09).
        for name in ["incident-INC-2025-004.record.yaml", "incident-INC-2025-004.xml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/\(name)"))
        }
        try Fixtures.edit(folder, "incidents/INC-2025-004.yaml", replacing: "    content: 本書により、原因、影響範囲、対応及び恒久対策を報告した。\n",
                          with: "    content: 本書により、原因、影響範囲、対応及び恒久対策を報告した。\n  - kind: update\n    at: 2025-09-20T10:00\n"
                              + "    to: 瀬戸内県 デジタル行政推進課 西村\n    by: 佐藤 直樹\n    content: 予防交換の完了を報告した。\n")
        // RQ-2025-02 closed on another day of January: after the November and December reports'
        // months (their pages show it open), within the January report's, which alone changes,
        // whether the day is after the December report was sent (01-09) or before.
        for day in ["22", "５"] {
            try Fixtures.edit(folder, "requests/RQ-2025-02.yaml", replacing: "closed_on: 令和８年１月20日", with: "closed_on: 令和８年１月\(day)日")
            let result = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
            let changed = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("error[SUBMIT-inputs-changed]") }
            #expect(changed == ["error[SUBMIT-inputs-changed]: the performance report for 2026-01 was submitted on 2026-02-09, but the measures, requests and incident reports it shows changed since"],
                    "\(day): \(result.stdout)")
            try Fixtures.edit(folder, "requests/RQ-2025-02.yaml", replacing: "closed_on: 令和８年１月\(day)日", with: "closed_on: 令和８年１月20日")
        }
        // Another update the same day as the final report, before the August report was sent: the
        // page still says 最終報告 of 8月25日, and nothing it shows changed.
        try Fixtures.edit(folder, "incidents/INC-2025-004.yaml", replacing: "    at: 2025-09-20T10:00\n", with: "    at: 2025-08-25T15:00\n")
        let sameDay = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(sameDay.status == 0, "\(sameDay.stdout)")
        try Fixtures.edit(folder, "incidents/INC-2025-004.yaml", replacing: "    at: 2025-08-25T15:00\n", with: "    at: 2025-09-20T10:00\n")
        // The August report still shows the incident report as it stood on 2025-09-09.
        let output = try CLI.temporaryFolder("after-sent-out")
        defer { try? FileManager.default.removeItem(at: output) }
        let built = try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", output.path, "--lang", "en"])
        #expect(built.status == 0, "\(built.stdout)")
        let august = try String(contentsOf: output.appendingPathComponent("report-2025-08.html"), encoding: .utf8)
        #expect(august.contains("障害報告書（最終報告 <span class=\"nowrap\">令和７年８月25日）</span>"), "\(august)")
        #expect(!august.contains("続報"))
    }

    /// A measure given in the answer to a request is presented in the answer's month: an answer
    /// written after the month's report was sent neither changes that report nor appears in it.
    @Test func aMeasureAnsweredLaterIsNotInTheReportSentBefore() throws {
        let folder = try Fixtures.demoCopy("answer-later")
        defer { try? FileManager.default.removeItem(at: folder) }
        let submitted = folder.appendingPathComponent("submitted")
        for name in try FileManager.default.contentsOfDirectory(atPath: submitted.path)
        where ["report-2025-11.", "report-2025-12.", "report-2026-0", "closing."].contains(where: name.hasPrefix) {
            try FileManager.default.removeItem(at: submitted.appendingPathComponent(name))
        }
        let request = folder.appendingPathComponent("requests/RQ-2025-03.yaml")
        let received = "id: RQ-2025-03\nkind: improvement\nreceived_on: 令和７年11月25日\nfrom: 瀬戸内県 デジタル行政推進課 西村\n"
            + "about: 問合せの回答\nrequest: 一次回答の時間を短縮すること。\ndue: 令和７年12月25日\n"
        try received.write(to: request, atomically: false, encoding: .utf8)
        let sent = try CLI.run(["submit", folder.path, "--report", "2025-11", "--date", "2025-12-09", "--by", "佐藤 直樹", "--lang", "en"])
        #expect(sent.status == 0, "\(sent.stdout)\(sent.stderr)")
        try (received + "answer:\n  on: 令和７年12月20日\n  by: 佐藤 直樹\n  content: 改善策を示した。\n"
             + "measures:\n  - id: KZ-RQ-2025-03-1\n    measure: 一次回答の手順を見直す。\n    owner: 吉田 拓也\n    due: 令和８年１月30日\n    status: planned\n")
            .write(to: request, atomically: false, encoding: .utf8)
        let checked = try CLI.run(["validate", folder.path, "--today", "2025-12-25", "--lang", "en"])
        #expect(!checked.stdout.contains("SUBMIT-inputs-changed"), "\(checked.stdout)")
        let output = try CLI.temporaryFolder("answer-later-out")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try CLI.run(["build", folder.path, "--today", "2025-12-25", "--output", output.path]).status == 0)
        let november = try String(contentsOf: output.appendingPathComponent("report-2025-11.html"), encoding: .utf8)
        #expect(november.contains("RQ-2025-03") && !november.contains("KZ-RQ-2025-03-1"))
    }

    /// A record written before the fingerprint took only what the page shows (each request
    /// whole, each incident report's times) still matches: an upgrade does not make reports
    /// "changed". A change is still seen.
    @Test func recordsOfTheEarlierFingerprintStillMatch() throws {
        let folder = try Fixtures.demoCopy("earlier-records")
        defer { try? FileManager.default.removeItem(at: folder) }
        let earlier = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/earlier-records")
        for name in ["report-2025-08.record.yaml", "report-2025-11.record.yaml"] {
            let target = folder.appendingPathComponent("submitted/\(name)")
            #expect(try String(contentsOf: target, encoding: .utf8) != String(contentsOf: earlier.appendingPathComponent(name), encoding: .utf8))
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: earlier.appendingPathComponent(name), to: target)
        }
        let clean = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(clean.status == 0, "\(clean.stdout)")
        try Fixtures.edit(folder, "requests/RQ-2025-02.yaml", replacing: "  on: 令和７年11月20日", with: "  on: 令和７年11月21日")
        let changed = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(changed.stdout.contains("error[SUBMIT-inputs-changed]: the performance report for 2025-11 was submitted on 2025-12-09"), "\(changed.stdout)")
    }

    /// An incident report counts as stopped the minutes no maintenance window covers: a window
    /// over its time added after it was sent changes the page, and is said. A record made before
    /// records kept the windows is compared without them.
    @Test func aMaintenanceWindowOverAnIncidentSentIsAChange() throws {
        let folder = try Fixtures.demoCopy("incident-maintenance")
        defer { try? FileManager.default.removeItem(at: folder) }
        let window = "MNT-202508X,2025-08-19T06:00,2025-08-19T07:00,緊急メンテナンス（甲の承認済み）\n"
        func addWindow() throws {
            let log = folder.appendingPathComponent("logs/maintenance.csv")
            try (try String(contentsOf: log, encoding: .utf8) + window).write(to: log, atomically: true, encoding: .utf8)
        }
        // The demo's record, made before: the window is not looked for in it.
        try addWindow()
        let earlier = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(!earlier.stdout.contains("the incident report INC-2025-004 was submitted"), "\(earlier.stdout)")
        // Recorded again without the window, then the window added: the incident report changed.
        let log = folder.appendingPathComponent("logs/maintenance.csv")
        try (try String(contentsOf: log, encoding: .utf8).replacingOccurrences(of: window, with: "")).write(to: log, atomically: true, encoding: .utf8)
        for name in ["incident-INC-2025-004.record.yaml", "incident-INC-2025-004.xml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/\(name)"))
        }
        let recorded = try CLI.run(["submit", folder.path, "--incident", "INC-2025-004", "--date", "2025-08-26", "--by", "テスト", "--lang", "en"])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/incident-INC-2025-004.record.yaml"), encoding: .utf8)
        #expect(record.contains("  - name: maintenance\n"))
        #expect(try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"]).stdout == "no problems found.\n")
        // A window elsewhere in the log is not the incident's.
        try (try String(contentsOf: log, encoding: .utf8) + "MNT-202508Y,2025-08-24T02:00,2025-08-24T03:00,臨時メンテナンス\n").write(to: log, atomically: true, encoding: .utf8)
        let elsewhere = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(!elsewhere.stdout.contains("the incident report INC-2025-004 was submitted"), "\(elsewhere.stdout)")
        try addWindow()
        let changed = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(changed.stdout.contains("error[SUBMIT-inputs-changed]: the incident report INC-2025-004 was submitted on 2025-08-26, but the maintenance windows over the incident's time (logs/maintenance.csv) changed since"), "\(changed.stdout)")
    }

    /// A change to an input many documents share is named where it is: the contract's file, as
    /// a note of every document it changed (an editor or a CI annotation finds it there).
    @Test func aChangedContractIsNamedAtItsFile() throws {
        let folder = try Fixtures.demoCopy("contract-changed")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "contract.yaml", replacing: "瀬戸内県知事　大川 恵子", with: "瀬戸内県知事　大川 恵美")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(result.status == 1)
        let changed = result.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("error[SUBMIT-inputs-changed]") }.count
        #expect(changed > 10, "\(result.stdout)")
        #expect(result.stdout.components(separatedBy: "= note: the contract (contract.yaml)\n --> \(folder.path)/contract.yaml:1:1").count - 1 == changed,
                "\(result.stdout)")
        // In SARIF, as each result's related location (a CI annotation on the contract's file).
        let sarif = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--format", "sarif", "--lang", "en"])
        let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let related = results.filter { $0["ruleId"] as? String == "SUBMIT-inputs-changed" }.map { result in
            ((result["relatedLocations"] as? [[String: Any]]) ?? []).compactMap { location in
                ((location["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
            }
        }
        #expect(related.count == changed && related.allSatisfy { $0 == ["\(folder.path)/contract.yaml"] }, "\(related)")
    }

    @Test func whatWasSentStaysAsItWasSent() throws {
        let folder = try Fixtures.demoCopy("altered")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(clean.status == 0, "\(clean.stdout)")

        // A submitted file altered, another removed.
        let xml = folder.appendingPathComponent("submitted/report-2025-05.xml")
        try (String(contentsOf: xml, encoding: .utf8) + "\n").write(to: xml, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/report-2025-06.xml"))
        // A report's input changed after it was sent.
        try Fixtures.edit(folder, "reports/2025-07.yaml", replacing: "当月", with: "７月")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[SUBMIT-file-altered]: the submitted report-2025-05.xml has been altered since it was sent"))
        #expect(result.stdout.contains("error[SUBMIT-file-missing]: report-2025-06.xml, listed in the submission record, is missing from submitted/ or cannot be read"))
        #expect(result.stdout.contains("error[SUBMIT-inputs-changed]: the performance report for 2025-07 was submitted on 2025-08-08"))
        #expect(result.stdout.contains("--> \(folder.path)/submitted/report-2025-07.record.yaml:"))
        // The file that changed is named beside it.
        #expect(result.stdout.contains("= note: the performance report for 2025-07 as written\n --> \(folder.path)/reports/2025-07.yaml:1:1"), "\(result.stdout)")

        // The sent files put back as they were; the report stays changed.
        for name in ["report-2025-05.xml", "report-2025-06.xml"] {
            let target = folder.appendingPathComponent("submitted/\(name)")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: Fixtures.demo.appendingPathComponent("submitted/\(name)"), to: target)
        }
        // The corrected report read before it is sent again: written as it would be sent, nothing recorded.
        let recordPath = folder.appendingPathComponent("submitted/report-2025-07.record.yaml")
        let recordBefore = try String(contentsOf: recordPath, encoding: .utf8)
        let preview = try CLI.temporaryFolder("resubmit-preview")
        defer { try? FileManager.default.removeItem(at: preview) }
        let look = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-20", "--resubmit", "--preview", preview.path, "--lang", "en"])
        #expect(look.status == 0, "\(look.stderr)")
        #expect(look.stdout.contains("as it would be sent (nothing recorded)") && look.stdout.contains("it corrects the one submitted on 2025-08-08"), "\(look.stdout)")
        let previewHTML = try String(contentsOf: preview.appendingPathComponent("report-2025-07.html"), encoding: .utf8)
        #expect(previewHTML.contains("サービス実績報告書（<span class=\"nowrap\">令和７年７月</span>分）（訂正版）</h1>"))
        #expect(previewHTML.contains("<span class=\"nowrap\">令和７年８月８日</span>付けで提出した本報告書の記載を訂正し、改めて提出する。"))
        #expect(try String(contentsOf: recordPath, encoding: .utf8) == recordBefore)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted/superseded").path))
        // Not over what the folder keeps, not without --resubmit, not dated before what it corrects.
        let overSent = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-20", "--resubmit",
                                    "--preview", folder.appendingPathComponent("submitted").path, "--lang", "en"])
        #expect(overSent.status == 2 && overSent.stderr.contains("is inside the record of what was sent (submitted/)"), "\(overSent.stderr)")
        #expect(try String(contentsOf: recordPath, encoding: .utf8) == recordBefore)
        let unasked = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-20", "--preview", preview.path, "--lang", "en"])
        #expect(unasked.status == 1 && unasked.stderr.contains("to preview a corrected one, add --resubmit"), "\(unasked.stderr)")
        let backdated = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-07", "--resubmit", "--lang", "en"])
        #expect(backdated.status == 2 && backdated.stderr.contains("is before the submission it corrects"), "\(backdated.stderr)")

        // A corrected report, submitted again: the earlier files are kept aside, and all is well.
        let plain = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-20", "--lang", "en"])
        #expect(plain.status == 1)  // a conflict with what was recorded: an input problem, as the README says
        #expect(plain.stderr.contains("--resubmit"))
        let again = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-20", "--resubmit", "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        let aside = folder.appendingPathComponent("submitted/superseded/report-2025-07-2025-08-08")
        #expect(FileManager.default.fileExists(atPath: aside.appendingPathComponent("report-2025-07.xml").path))
        #expect(FileManager.default.fileExists(atPath: aside.appendingPathComponent("report-2025-07.record.yaml").path))
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/report-2025-07.record.yaml"), encoding: .utf8)
        #expect(record.contains("submitted_on: 2025-08-20\n") && record.contains("corrects: [2025-08-08]\n"), "\(record)")
        // Sent again unchanged, it corrects nothing.
        let same = try CLI.run(["submit", folder.path, "--report", "2025-07", "--date", "2025-08-21", "--resubmit", "--lang", "en"])
        #expect(same.status == 1 && same.stderr.contains("with the same content: there is nothing to correct"), "\(same.stderr)")
        // status: the deadline was met by the first submission, and the correction is named.
        let status = try CLI.run(["status", folder.path, "--today", "2026-04-30", "--all", "--lang", "en"])
        #expect(status.stdout.contains("submitted on 2025-08-08, a corrected one on 2025-08-20 (recorded)"), "\(status.stdout)")
        // Judged before the correction, the submission it corrects stands.
        let before = try CLI.run(["status", folder.path, "--today", "2025-08-19", "--all", "--lang", "en"])
        #expect(before.stdout.contains("submitted on 2025-08-08 (recorded)"), "\(before.stdout)")
        // A folder put in superseded/ by hand does not make a document a correction: the record says what it corrects.
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("submitted/superseded/report-2025-06-2025-07-01"),
                                                withIntermediateDirectories: true)
        let remaining = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(!remaining.stdout.contains("2025-07"), "\(remaining.stdout)")
        // What was sent is what the preview showed, and says what it corrects.
        let sentXML = try Data(contentsOf: folder.appendingPathComponent("submitted/report-2025-07.xml"))
        #expect(sentXML == (try Data(contentsOf: preview.appendingPathComponent("report-2025-07.xml"))))
        #expect(String(decoding: sentXML, as: UTF8.self).contains("<corrects>\n    <submitted_on>2025-08-08</submitted_on>\n  </corrects>"))
        // Built again, it is the document as sent: 訂正版, the same XML; the other months are not corrections.
        let out = try CLI.temporaryFolder("resubmit-out")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", out.path]).status == 0)
        #expect(try Data(contentsOf: out.appendingPathComponent("report-2025-07.xml")) == sentXML)
        #expect(try String(contentsOf: out.appendingPathComponent("report-2025-07.html"), encoding: .utf8).contains("（訂正版）</h1>"))
        #expect(try !String(contentsOf: out.appendingPathComponent("report-2025-06.html"), encoding: .utf8).contains("訂正版"))
        #expect(try !String(contentsOf: out.appendingPathComponent("report-2025-06.xml"), encoding: .utf8).contains("<corrects>"))

        // One change that touches several documents sent (the contract) does not stop each from being corrected in turn.
        try Fixtures.edit(folder, "contract.yaml", replacing: "高橋 誠一", with: "高橋 誠二")
        let many = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(many.status == 1 && many.stdout.components(separatedBy: "error[SUBMIT-inputs-changed]").count > 3)
        let one = try CLI.run(["submit", folder.path, "--report", "2025-06", "--date", "2026-04-30", "--resubmit", "--lang", "en"])
        #expect(one.status == 0, "\(one.stderr)")
        // The plan is revised, not corrected.
        let plan = try CLI.run(["submit", folder.path, "--date", "2026-04-30", "--resubmit", "--lang", "en"])
        #expect(plan.status == 2 && plan.stderr.contains("a plan is not corrected but revised: add revision 4"), "\(plan.stderr)")
    }

    @Test func whatCannotBeRecordedIsSaidAndNothingIsWritten() throws {
        let folder = try unsent("refused")
        defer { try? FileManager.default.removeItem(at: folder) }
        // No such report; a month not yet over; a month that is not one.
        let missing = try CLI.run(["submit", folder.path, "--report", "2024-04", "--date", "2024-05-10", "--lang", "en"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("there is no report for 2024-04 (reports/2024-04.yaml)"))
        let early = try CLI.run(["submit", folder.path, "--report", "2025-04", "--date", "2025-04-20", "--lang", "en"])
        #expect(early.status == 2)
        #expect(early.stderr.contains("cannot be submitted before the month ends"))
        let wrong = try CLI.run(["submit", folder.path, "--report", "2025-13", "--lang", "en"])
        #expect(wrong.status == 2)
        // 和暦 months are read.
        let japanese = try CLI.run(["submit", folder.path, "--report", "令和7年4月", "--date", "令和7年5月9日"])
        #expect(japanese.status == 0, "\(japanese.stderr)")
        // No Chromium for --pdf: a usage problem, and nothing is written.
        let noEngine = try CLI.run(["submit", folder.path, "--date", "2025-06-12", "--pdf", "--lang", "en"],
                                   environment: ["TEISHUTSU_CHROME": "/nonexistent/chromium"])
        #expect(noEngine.status == 2)
        #expect(noEngine.stderr.contains("TEISHUTSU_CHROME names /nonexistent/chromium"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted/plan-r3.record.yaml").path))
        // A folder with errors records nothing.
        try Fixtures.edit(folder, "reports/2025-05.yaml", replacing: "month: 2025-05", with: "month: 2025-13")
        let broken = try CLI.run(["submit", folder.path, "--report", "2025-06", "--date", "2025-07-09", "--lang", "en"])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("nothing recorded: the folder has errors"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted/report-2025-06.record.yaml").path))
    }

    /// Next month's report, begun and still a draft, does not keep this month's from being
    /// recorded, nor the plan: its errors are said beside the record. Its own month, a month
    /// after it, and anything the document is made from (an earlier month, the contract) still
    /// record nothing.
    @Test func aDraftOfALaterMonthDoesNotStopARecord() throws {
        let folder = try unsent("later-draft")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "reports/2025-06.yaml", replacing: "content: 24時間365日の運用監視、定期メンテナンス（１回）、利用者サポートを実施した。", with: "content: TODO")
        // Sent once June is over (while June runs, its draft is set aside as still being written).
        let may = try CLI.run(["submit", folder.path, "--report", "2025-05", "--date", "2025-07-01", "--lang", "en"])
        #expect(may.status == 0, "\(may.stderr)")
        #expect(may.stdout.hasPrefix("recorded the performance report for 2025-05 as submitted:\n"))
        #expect(may.stderr == "note: reports/2025-06.yaml has errors that do not concern this document, so they did not stop it (see teishutsu validate \(folder.path)).\n")
        let plan = try CLI.run(["submit", folder.path, "--date", "2025-07-01", "--lang", "ja"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stderr.hasPrefix("注意: reports/2025-06.yaml に誤りがありますが、この文書に関わらないため"), "\(plan.stderr)")
        // An incident report of a later month, still a draft, is not on September's page; one of
        // August's is. (June's report finished first: it stops every month after it.)
        try Fixtures.edit(folder, "reports/2025-06.yaml", replacing: "content: TODO", with: "content: 24時間365日の運用監視、定期メンテナンス（１回）、利用者サポートを実施した。")
        try Fixtures.edit(folder, "incidents/INC-2025-006.yaml", replacing: "content: サーバ証明書の期限切れ", with: "content: TODO(報告内容) サーバ証明書の期限切れ")
        let september = try CLI.run(["submit", folder.path, "--report", "2025-09", "--date", "2025-11-04", "--preview", folder.appendingPathComponent("p9").path, "--lang", "en"])
        #expect(september.status == 0 && september.stderr.contains("incidents/INC-2025-006.yaml"), "\(september.stderr)")
        try Fixtures.edit(folder, "incidents/INC-2025-005.yaml", replacing: "content: 外部決済", with: "content: TODO(報告内容) 外部決済")
        let august = try CLI.run(["submit", folder.path, "--report", "2025-09", "--date", "2025-11-04", "--preview", folder.appendingPathComponent("p9b").path, "--lang", "en"])
        #expect(august.status == 1, "\(august.stderr)")
        // Found in September, occurred in August: August's (its report stops August's record).
        try Fixtures.edit(folder, "incidents/INC-2025-005.yaml", replacing: "detected_at: 2025-08-27T14:05", with: "detected_at: 2025-09-01T09:00")
        let found = try CLI.run(["submit", folder.path, "--report", "2025-08", "--date", "2025-09-09", "--preview", folder.appendingPathComponent("p8").path, "--lang", "en"])
        #expect(found.status == 1, "\(found.stderr)")
        try Fixtures.edit(folder, "reports/2025-06.yaml", replacing: "content: 24時間365日の運用監視、定期メンテナンス（１回）、利用者サポートを実施した。", with: "content: TODO")
        for (month, day) in [("2025-06", "2025-07-09"), ("2025-07", "2025-08-08")] {
            let refused = try CLI.run(["submit", folder.path, "--report", month, "--date", day, "--lang", "en"])
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("placeholder") && refused.stderr.contains("nothing recorded: the folder has errors"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted/report-\(month).record.yaml").path))
        }
    }

    /// The catalog is what the plan is judged by, wherever it is kept (under requests/ here).
    @Test func theCatalogStopsThePlanWhereverItIs() throws {
        let folder = try unsent("catalog-kept")
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalog = try String(contentsOf: URL(fileURLWithPath: "Templates/catalog/requirements.yaml"), encoding: .utf8)
        try (catalog + "\nunknown_key: 1\n").write(to: folder.appendingPathComponent("requests/catalog.yaml"), atomically: false, encoding: .utf8)
        try Fixtures.edit(folder, "contract.yaml", replacing: "document:\n", with: "document:\n  requirements_catalog: requests/catalog.yaml\n")
        let preview = folder.appendingPathComponent("preview")
        let refused = try CLI.run(["submit", folder.path, "--date", "2025-06-12", "--preview", preview.path, "--lang", "en"])
        #expect(refused.status == 1, "\(refused.stdout) \(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: preview.path))
    }

    /// What decides is what a file holds, not its name: a later report whose records are given
    /// inline (every month's figures read them), a file named for a later month that is an earlier
    /// one, another incident's file that holds this incident, a plan revision as sent (a month's
    /// report follows the revision in force) all stop the record.
    @Test func aFileTheDocumentIsMadeFromStopsItWhateverItsName() throws {
        let cases: [(String, (URL) throws -> Void, [String])] = [
            ("inline", { folder in
                try Fixtures.edit(folder, "reports/2025-07.yaml", replacing: "  incidents: ../logs/incidents.csv\n", with: "")
                let text = try String(contentsOf: folder.appendingPathComponent("reports/2025-07.yaml"), encoding: .utf8)
                try (text + "\nincidents:\n  - id: INC-2025-099\n    occurred_at: 2025-06-30T10:00\n    recovered_at: 2025-06-30T09:00\n"
                     + "    impact: minor\n    summary: 表示の遅延\n").write(to: folder.appendingPathComponent("reports/2025-07.yaml"), atomically: false, encoding: .utf8)
            }, ["--report", "2025-06", "--date", "2025-07-08"]),
            ("misnamed", { folder in
                let reports = folder.appendingPathComponent("reports")
                try FileManager.default.removeItem(at: reports.appendingPathComponent("2025-07.yaml"))
                try FileManager.default.moveItem(at: reports.appendingPathComponent("2025-06.yaml"), to: reports.appendingPathComponent("2025-07.yaml"))
            }, ["--report", "2025-06", "--date", "2025-07-08"]),
            ("copied-incident", { folder in
                let incidents = folder.appendingPathComponent("incidents")
                let text = try String(contentsOf: incidents.appendingPathComponent("INC-2025-005.yaml"), encoding: .utf8)
                try text.replacingOccurrences(of: "cause: 外部決済", with: "cause: 【書きかけ】外部決済")
                    .write(to: incidents.appendingPathComponent("INC-2025-003.yaml"), atomically: false, encoding: .utf8)
            }, ["--incident", "INC-2025-005", "--date", "2025-09-03"]),
            ("log-path-todo", { folder in
                // A log's path left TODO in a later draft: a log not read, whose rows feed every month.
                // (Sent once July is over: while July runs, its draft stops nothing yet.)
                try Fixtures.edit(folder, "reports/2025-07.yaml", replacing: "  maintenance: ../logs/maintenance.csv", with: "  maintenance: TODO(ログ)")
            }, ["--report", "2025-06", "--date", "2025-08-01"]),
            ("later-typo", { folder in
                // Not a draft's gap: a key mistyped in July's report (it hid the measure checks).
                try Fixtures.edit(folder, "reports/2025-07.yaml", replacing: "result:", with: "reslt:")
            }, ["--report", "2025-06", "--date", "2025-07-08"]),
            ("misnamed-record", { folder in
                let submitted = folder.appendingPathComponent("submitted")
                try FileManager.default.copyItem(at: submitted.appendingPathComponent("report-2025-04.record.yaml"),
                                                 to: submitted.appendingPathComponent("report-2026-03.record.yaml"))
            }, ["--report", "2025-05", "--date", "2025-06-09"]),
            ("plan-as-sent", { folder in
                try Fixtures.edit(folder, "submitted/plan-r2.yaml", replacing: "name: 高橋 誠一", with: "name: 高橋 誠二")
            }, ["--report", "2025-05", "--date", "2025-06-09"]),
        ]
        for (name, change, arguments) in cases {
            let folder = try Fixtures.demoCopy("made-from-\(name)")
            defer { try? FileManager.default.removeItem(at: folder) }
            // The records from May on withdrawn; the plan's kept (its revision 2 as sent is read).
            let submitted = folder.appendingPathComponent("submitted")
            for file in try FileManager.default.contentsOfDirectory(atPath: submitted.path)
            where !file.hasPrefix("plan-") && !file.hasPrefix("report-2025-04") && !file.hasPrefix("incident-INC-2025-004") {
                try FileManager.default.removeItem(at: submitted.appendingPathComponent(file))
            }
            try change(folder)
            let refused = try CLI.run(["submit", folder.path] + arguments + ["--lang", "en"])
            #expect(refused.status == 1, "\(name): \(refused.stdout) \(refused.stderr)")
            #expect(refused.stderr.contains("nothing recorded: the folder has errors"), "\(name): \(refused.stderr)")
            let kept = try FileManager.default.contentsOfDirectory(atPath: submitted.path)
            #expect(!kept.contains { $0.hasPrefix("report-2025-05") || $0.hasPrefix("report-2025-06") || $0.hasPrefix("incident-INC-2025-005") }, "\(name): \(kept)")
        }
    }

    /// What is wrong only on a later month's own page (a security measure or an activity the
    /// plan does not have) does not stop this month's record; it is named beside it.
    @Test func aLaterMonthsOwnMistakeDoesNotStopARecord() throws {
        let folder = try unsent("later-own")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "reports/2025-07.yaml", replacing: "  SP-07:", with: "  SP-77:")
        let june = try CLI.run(["submit", folder.path, "--report", "2025-06", "--date", "2025-08-01", "--lang", "en"])
        #expect(june.status == 0, "\(june.stdout) \(june.stderr)")
        #expect(june.stderr.hasPrefix("note: reports/2025-07.yaml has errors that do not concern this document"), "\(june.stderr)")
    }

    /// Next month's report as `init` scaffolds it, left as it is, does not stop this month's.
    @Test func aScaffoldedNextMonthDoesNotStopARecord() throws {
        let folder = try unsent("scaffolded-next")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = try CLI.temporaryFolder("scaffold")
        defer { try? FileManager.default.removeItem(at: fresh) }
        let made = try CLI.run(["init", fresh.appendingPathComponent("c").path, "--first-month", "2025-07"])
        #expect(made.status == 0, "\(made.stderr)")
        let july = folder.appendingPathComponent("reports/2025-07.yaml")
        try FileManager.default.removeItem(at: july)
        try FileManager.default.copyItem(at: fresh.appendingPathComponent("c/reports/2025-07.yaml"), to: july)
        let june = try CLI.run(["submit", folder.path, "--report", "2025-06", "--date", "2025-07-09", "--lang", "en"])
        #expect(june.status == 0, "\(june.stdout) \(june.stderr)")
        // July is still running on the 9th: its report, a draft, is not an error yet.
        #expect(june.stderr.isEmpty, "\(june.stderr)")
        let status = try CLI.run(["status", folder.path, "--today", "2025-07-09", "--lang", "en"])
        #expect(status.stdout.contains("being written (\(folder.path)/reports/2025-07.yaml has "), "\(status.stdout)")
    }

    /// What is for later (a report of a month not begun, a record dated after the day) is not
    /// checked yet, and validate says so: "no problems" does not cover it.
    @Test func validateSaysWhatItHasNotCheckedYet() throws {
        let demo = Fixtures.demo.path
        let result = try CLI.run(["validate", demo, "--today", "2025-10-15", "--lang", "en"])
        #expect(result.status == 0, "\(result.stdout)")
        for month in ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] {
            #expect(result.stdout.contains("not checked yet: \(demo)/reports/\(month).yaml (its month has not begun)\n"), "\(result.stdout)")
        }
        #expect(result.stdout.contains("not checked yet: \(demo)/requests/RQ-2025-02.yaml (dated after 2025-10-15)\n"), "\(result.stdout)")
        #expect(!result.stdout.contains("reports/2025-10.yaml (its"), "the running month is checked")
        let japanese = try CLI.run(["validate", demo, "--today", "2025-10-15", "--lang", "ja"])
        #expect(japanese.stdout.contains("対象月が始まっていないため、まだ確認していません: \(demo)/reports/2025-11.yaml\n"), "\(japanese.stdout)")
        #expect(japanese.stdout.contains("日付が確認日（令和７年10月15日）より後のため、まだ確認していません: \(demo)/closing.yaml\n"), "\(japanese.stdout)")
        // Nothing for later: nothing said.
        #expect(!(try CLI.run(["validate", demo, "--today", "2026-04-30", "--lang", "en"]).stdout.contains("not checked yet")))
        // Each folder of several says it too; --quiet prints only the problems.
        let copy = try Fixtures.demoCopy("later")
        defer { try? FileManager.default.removeItem(at: copy) }
        let several = try CLI.run(["validate", demo, copy.path, "--today", "2025-10-15", "--lang", "en"])
        #expect(several.stdout.contains("not checked yet: \(demo)/reports/2026-03.yaml (its month has not begun)\n")
                && several.stdout.contains("not checked yet: \(copy.path)/reports/2026-03.yaml (its month has not begun)\n"), "\(several.stdout)")
        let quiet = try CLI.run(["validate", demo, "--today", "2025-10-15", "--quiet", "--lang", "en"])
        #expect(!quiet.stdout.contains("not checked yet"), "\(quiet.stdout)")
    }

    /// The month still running has its report written once it is over: begun as a draft (a
    /// contract's first month, whose plan is due within it), it stops nothing yet.
    @Test func theRunningMonthsDraftStopsNothingYet() throws {
        let folder = try Fixtures.demoCopy("running-month")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["reports/2026-03.yaml", "submitted/report-2026-03.record.yaml", "submitted/report-2026-03.xml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        #expect(try CLI.run(["init", folder.path, "--report", "2026-03"]).status == 0)
        let built = try CLI.run(["build", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        #expect(built.stdout.contains("not built yet: \(folder.path)/reports/2026-03.yaml (its month is still running and it is a draft)"), "\(built.stdout)")
        let status = try CLI.run(["status", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(status.stdout.contains("being written (\(folder.path)/reports/2026-03.yaml has "), "\(status.stdout)")
        // With many folders, each folder's line says so.
        let batch = try CLI.run(["build", folder.path, folder.path, "--today", "2026-03-10", "--output", folder.appendingPathComponent("many").path, "--lang", "en"])
        #expect(batch.stdout.contains("1 report still a draft, not built"), "\(batch.stdout)")
        // It is read as any report: what it says wrong is said; the statuses it gives count.
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "  SP-08:", with: "  SP-99:")
        let wrong = try CLI.run(["validate", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(wrong.status == 1 && wrong.stdout.contains("error[REP-SECSTATUS-unknown]: 'SP-99'") && !wrong.stdout.contains("placeholder"), "\(wrong.stdout)")
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "  SP-99:", with: "  SP-08:")
        // A log only the draft names is read: an incident in it is owed its report now.
        try "id,occurred_at,recovered_at,impact,summary,response,countermeasure\nINC-2026-009,2026-03-02T22:00,2026-03-03T03:00,stop,全面停止,再起動した。,監視を追加した。\n"
            .write(to: folder.appendingPathComponent("logs/incidents-2026-03.csv"), atomically: true, encoding: .utf8)
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "  incidents: ../logs/incidents.csv", with: "  incidents: ../logs/incidents-2026-03.csv")
        let owed = try CLI.run(["validate", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(owed.stdout.contains("error[INCIDENT-report-missing]: the incident INC-2026-009"), "\(owed.stdout)")
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "  incidents: ../logs/incidents-2026-03.csv", with: "  incidents: ../logs/incidents.csv")
        // Its gaps do not keep what was sent from being compared with its inputs.
        try Fixtures.edit(folder, "logs/maintenance.csv", replacing: "MNT-202506,2025-06-08T02:00,2025-06-08T04:00", with: "MNT-202506,2025-06-08T02:00,2025-06-08T05:00")
        let changed = try CLI.run(["validate", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(changed.stdout.contains("error[SUBMIT-inputs-changed]: the performance report for 2025-06 was submitted on 2025-07-09"), "\(changed.stdout)")
        try Fixtures.edit(folder, "logs/maintenance.csv", replacing: "MNT-202506,2025-06-08T02:00,2025-06-08T05:00", with: "MNT-202506,2025-06-08T02:00,2025-06-08T04:00")
        // A value left empty in it is a gap too, for status as for validate.
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "  notes: TODO(当月の稼働状況の説明)", with: "  notes: \"\"")
        let emptyStatus = try CLI.run(["status", folder.path, "--today", "2026-03-10", "--lang", "en"])
        #expect(emptyStatus.status == 0 && emptyStatus.stderr.isEmpty, "\(emptyStatus.stderr)")
        // Sent as it stands, it is judged whole: its TODOs stop it.
        let sent = try CLI.run(["submit", folder.path, "--report", "2026-03", "--date", "2026-03-31", "--lang", "en"])
        #expect(sent.status == 1 && sent.stderr.contains("error[placeholder]") && sent.stderr.contains("nothing recorded"), "\(sent.stderr)")
        // Once the month is over, its TODOs are errors.
        let after = try CLI.run(["validate", folder.path, "--today", "2026-04-01", "--lang", "en"])
        #expect(after.status == 1 && after.stdout.contains("error[placeholder]"), "\(after.stdout)")
    }

    /// A plan revision's copy as sent is what later documents are judged by: changed or gone, it
    /// is an error, and stops every record.
    @Test func aPlanCopyChangedOrGoneIsAnError() throws {
        let folder = try Fixtures.demoCopy("plan-copy")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "submitted/plan-r3.yaml", replacing: "  update_every_minutes: 120", with: "  update_every_minutes: 600")
        let changed = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(changed.stdout.contains("error[SUBMIT-file-altered]: the copy plan-r3.yaml of the service implementation plan (revision 3) does not match its record of submission: it was changed after it was sent"), "\(changed.stdout)")
        // That one error, at the copy: plan.yaml and the months judged by the copy did not
        // change, and are not said to.
        #expect(changed.stdout.hasSuffix("1 error, 0 warnings\n") && !changed.stdout.contains("SUBMIT-inputs-changed")
                && !changed.stdout.contains("PLAN-REV-"), "\(changed.stdout)")
        // A copy that cannot be read says why, where.
        let copy = folder.appendingPathComponent("submitted/plan-r3.yaml")
        try (try String(contentsOf: copy, encoding: .utf8) + "x: [\n").write(to: copy, atomically: true, encoding: .utf8)
        let unreadable = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(unreadable.stdout.contains("error[SUBMIT-file-altered]: the copy plan-r3.yaml of the service implementation plan (revision 3) cannot be read (YAML syntax error: "), "\(unreadable.stdout)")
        // Said once: the error at the copy, not a warning beside it.
        #expect(!unreadable.stdout.contains("PLAN-REV-submitted-unreadable") && unreadable.stdout.hasSuffix("1 error, 0 warnings\n"), "\(unreadable.stdout)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/plan-r3.yaml"))
        let gone = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(gone.stdout.contains("error[SUBMIT-file-missing]: the copy plan-r3.yaml of the service implementation plan (revision 3) is missing, so what was sent cannot be known"), "\(gone.stdout)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/incident-INC-2025-006.record.yaml"))
        let refused = try CLI.run(["submit", folder.path, "--incident", "INC-2025-006", "--date", "2025-11-07", "--lang", "en"])
        #expect(refused.status == 1, "\(refused.stderr)")
    }
}
