import Foundation
import Testing
import TestSupport

@Suite struct CommandTests {
    @Test func initScaffoldsAFolderThatValidatesOnceFilledIn() throws {
        let parent = try CLI.temporaryFolder("init")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("new-contract")
        let created = try CLI.run(["init", folder.path, "--first-month", "令和5年4月", "--lang", "en"])
        #expect(created.status == 0)
        let files = ["contract.yaml", "plan.yaml", "reports/2023-04.yaml", "logs/incidents.csv", "logs/maintenance.csv",
                     "logs/inquiries.csv", ".gitignore", "schema/report.schema.json"]
        for file in files { #expect(created.stdout.contains("created \(folder.path)/\(file)\n"), "\(file)") }
        #expect(try String(contentsOf: folder.appendingPathComponent("logs/inquiries.csv"), encoding: .utf8)
                == "id,asked_at,asked_by,subject,answered_at,answered_by,answer,party\n")
        #expect(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8).contains("\nout/\n"))

        // Unfilled: one error per value to fill in (a TODO outside a comment), and nothing else.
        let yamlFiles = ["contract.yaml", "plan.yaml", "reports/2023-04.yaml"]
        var todos = 0
        for file in yamlFiles {
            for line in try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).split(separator: "\n") {
                let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if code.contains("TODO(") { todos += 1 }
            }
        }
        let unfilled = try CLI.run(["validate", folder.path, "--lang", "en", "--format", "json"])
        #expect(unfilled.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(unfilled.stdout.utf8)) as! [String: Any]
        let diagnostics = report["diagnostics"] as! [[String: Any]]
        #expect(Set(diagnostics.map { $0["code"] as! String }) == ["placeholder"])
        #expect(report["errors"] as? Int == todos)
        #expect(diagnostics.count == todos, "every one is shown")
        // Every documented key in every diagnostic, null or [] where there is nothing.
        let keys: Set<String> = ["code", "severity", "message", "message_ja", "message_en", "expected", "file", "line", "column", "notes"]
        #expect(diagnostics.allSatisfy { Set($0.keys) == keys }, "\(diagnostics.first.map { Array($0.keys) } ?? [])")
        #expect(diagnostics.allSatisfy { ($0["notes"] as? [Any]) != nil })
        #expect(todos > 50 && todos < 80)
        // status tells the truth about the unfilled folder: the plan is owed though its deadline is
        // not written yet, and a report of placeholders is being written, not written.
        let unfilledStatus = try CLI.run(["status", folder.path, "--today", "2023-05-01", "--all", "--lang", "en"])
        #expect(unfilledStatus.stdout.contains("no date   —"), "\(unfilledStatus.stdout)")
        #expect(unfilledStatus.stdout.contains("its deadline is not filled in (plan.deadline in contract.yaml)"), "\(unfilledStatus.stdout)")
        let unfilledJSON = try CLI.run(["status", folder.path, "--today", "2023-05-01", "--format", "json"]).stdout
        #expect(!unfilledJSON.contains("\"line\" : 1,") && !unfilledJSON.contains("\"line\": 1,"), "points at plan: in contract.yaml, not line 1")
        #expect(unfilledStatus.stdout.contains("being written (\(folder.path)/reports/2023-04.yaml has"), "\(unfilledStatus.stdout)")
        #expect(!unfilledStatus.stdout.contains("written, not submitted"), "\(unfilledStatus.stdout)")

        // Filled as a user would (each TODO(hint) replaced; dates by their example).
        for file in yamlFiles {
            let url = folder.appendingPathComponent(file)
            var text = try String(contentsOf: url, encoding: .utf8)
            let pattern = try NSRegularExpression(pattern: "TODO\\(([^)]*)\\)")
            var searchFrom = text.startIndex
            while let match = pattern.firstMatch(in: text, range: NSRange(searchFrom..., in: text)) {
                let hint = String(text[Range(match.range(at: 1), in: text)!])
                let value: String
                if hint == "…" { value = "…" } else if let example = hint.range(of: "例 ") { value = String(hint[example.upperBound...]) } else { value = hint.replacingOccurrences(of: " ", with: "") }
                let range = Range(match.range, in: text)!
                text.replaceSubrange(range, with: value)
                searchFrom = text.index(range.lowerBound, offsetBy: value.count)
            }
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
        // The plan sent on 2023-01-10; judged after April, before its report is due.
        #expect(try CLI.run(["submit", folder.path, "--date", "2023-01-10"]).status == 0)
        let filled = try CLI.run(["validate", folder.path, "--lang", "en", "--today", "2023-05-01"])
        #expect(filled.stdout == "no problems found.\n", "\(filled.stdout)")
        #expect(filled.status == 0)
        #expect(try CLI.run(["build", folder.path, "--today", "2023-05-01"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/report-2023-04.html").path))
        // What the folder does not say is left out of the plan, not printed as an empty row.
        let plan = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        #expect(!plan.contains("<td></td>"), "\(plan.components(separatedBy: "<td></td>").first?.suffix(200) ?? "")")

        // init never overwrites.
        let again = try CLI.run(["init", folder.path, "--lang", "en"])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exist"))
        // Every refusal in the language asked for: init's own, and a day that is not one.
        let againJa = try CLI.run(["init", folder.path, "--lang", "ja"])
        #expect(againJa.status == 2 && againJa.stderr.hasPrefix("エラー: ") && againJa.stderr.contains("は既にあります。init は新しい契約フォルダを作るだけで"), "\(againJa.stderr)")
        #expect(!againJa.stderr.contains("already"))
        let added = try CLI.run(["init", folder.path, "--incident", "INC-1", "--lang", "ja"])
        #expect(added.status == 0, "\(added.stderr)")
        let addedAgain = try CLI.run(["init", folder.path, "--incident", "INC-1", "--lang", "ja"])
        #expect(addedAgain.stderr.contains("は既にあります。init は新しいファイルを加えるだけで"), "\(addedAgain.stderr)")
        let badName = try CLI.run(["init", folder.path, "--incident", "INC/../x", "--lang", "ja"])
        #expect(badName.status == 2 && badName.stderr.contains("「INC/../x」はファイル名にできません"), "\(badName.stderr)")
        let badMonth = try CLI.run(["init", folder.path + "-x", "--first-month", "8年4月", "--lang", "ja"])
        #expect(badMonth.status == 2 && badMonth.stderr.hasPrefix("エラー: 「8年4月」は月として読めません"), "\(badMonth.stderr)")
        let two = try CLI.run(["init", folder.path, "--incident", "INC-2", "--request", "RQ-2", "--lang", "ja"])
        #expect(two.status == 2 && two.stderr.contains("のいずれか一つを指定してください"), "\(two.stderr)")
        let badSubmitDay = try CLI.run(["submit", folder.path, "--report", "2023-04", "--date", "2026-02-30", "--lang", "ja"])
        #expect(badSubmitDay.status == 2 && badSubmitDay.stderr == "エラー: 「2026-02-30」という日は存在しません\n", "\(badSubmitDay.stderr)")
        // The last --lang is the one asked for, as the options read it.
        let last = try CLI.run(["build", folder.path, "--today", "2026-13-01", "--lang", "en", "--lang", "ja"])
        #expect(last.stderr == "エラー: 「2026-13-01」という日は存在しません\n", "\(last.stderr)")
        for lang in ["--lang=ja", "--lang ja"] {
            let badDay = try CLI.run(["build", folder.path, "--today", "2026-13-01"] + lang.split(separator: " ").map(String.init))
            #expect(badDay.status == 2 && badDay.stderr == "エラー: 「2026-13-01」という日は存在しません\n", "\(badDay.stderr)")
        }
    }

    /// Found by a walk through the user's routine: a file of any kind validated on its own is
    /// checked as what it is; a record whose times are out of order stops the figures as a bad
    /// row does; a revision date that cannot be read does not make the certificate invalid;
    /// a report is not started before the contract's first month of reports.
    @Test func aUsersRoutineMeetsNoFalseProblems() throws {
        let parent = try CLI.temporaryFolder("routine")
        defer { try? FileManager.default.removeItem(at: parent) }
        let demo = parent.appendingPathComponent("demo")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo"), to: demo)
        func codes(_ arguments: [String]) throws -> [String] {
            let run = try CLI.run(["validate"] + arguments + ["--today", "2026-04-30", "--format", "json", "--lang", "en"])
            let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
            return (report["diagnostics"] as! [[String: Any]]).map { $0["code"] as! String }
        }
        // In the folder, and copied out of it (its kind from its keys).
        for file in ["requests/RQ-2025-01.yaml", "incidents/INC-2025-004.yaml", "closing.yaml"] {
            #expect(try codes([demo.appendingPathComponent(file).path]) == [], "\(file)")
            let alone = parent.appendingPathComponent("alone-" + file.replacingOccurrences(of: "/", with: "-"))
            try FileManager.default.copyItem(at: demo.appendingPathComponent(file), to: alone)
            #expect(try codes([alone.path]) == [], "\(file) alone")
        }
        try Fixtures.edit(demo, "requests/RQ-2025-01.yaml", replacing: "\nid:", with: "\nidd:")
        #expect(try codes([demo.appendingPathComponent("requests/RQ-2025-01.yaml").path]) == ["yaml-unknown-key"])

        let logs = parent.appendingPathComponent("logs")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo"), to: logs)
        let csv = logs.appendingPathComponent("logs/incidents.csv")
        try (String(contentsOf: csv, encoding: .utf8) + "INC-X1,2025-08-14T10:00,2025-08-14T09:00,minor,遅延,再起動,監視\n").write(to: csv, atomically: false, encoding: .utf8)
        #expect(try codes([logs.path]).sorted() == ["LOG-end-before-start", "REP-SLA-unavailable"])

        let dates = parent.appendingPathComponent("dates")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo"), to: dates)
        try Fixtures.edit(dates, "plan.yaml", replacing: "date: 令和７年６月10日", with: "date: 令和７年６月99日")
        #expect(try codes([dates.path]) == ["yaml-date"])

        try FileManager.default.removeItem(at: demo.appendingPathComponent("reports/2025-04.yaml"))
        let early = try CLI.run(["init", demo.path, "--report", "2025-03", "--lang", "en"])
        #expect(early.status != 0 && early.stderr.contains("before the first month of reports (reports.first_month: 2025-04)"), "\(early.stderr)")
        #expect(!FileManager.default.fileExists(atPath: demo.appendingPathComponent("reports/2025-03.yaml").path))
        // An incident report started for an ID the log does not have: said at once.
        let unknown = try CLI.run(["init", demo.path, "--incident", "INC-2025-404", "--lang", "en"])
        #expect(unknown.status == 0 && unknown.stdout.contains("note: INC-2025-404 is not in the incidents log"), "\(unknown.stdout)")
        let known = try CLI.run(["init", logs.path, "--incident", "INC-2025-001", "--lang", "en"])
        #expect(known.status == 0 && !known.stdout.contains("not in the incidents log"), "\(known.stdout)")
    }

    /// A stop's minutes are headed by what counts: within the contract's hours (稼働時間帯内), or
    /// plainly 停止時間 for a service of 24 hours every day (the demo).
    @Test func theStopColumnSaysWhichMinutesCount() throws {
        let parent = try CLI.temporaryFolder("window")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("demo")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo"), to: folder)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        func headings() throws -> (report: String, incident: String) {
            let out = parent.appendingPathComponent("out")
            try? FileManager.default.removeItem(at: out)
            _ = try CLI.run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"])
            return (try String(contentsOf: out.appendingPathComponent("report-2025-08.html"), encoding: .utf8),
                    try String(contentsOf: out.appendingPathComponent("incident-INC-2025-004.html"), encoding: .utf8))
        }
        let always = try headings()
        #expect(always.report.contains(#"<th class="num">停止時間</th><th class="num">うち正当な理由なし</th>"#))
        #expect(always.incident.contains("<th>停止時間（正当な理由のある停止を除く。）</th>"))
        try Fixtures.edit(folder, "contract.yaml", replacing: "    partial_stop_counts_as_down: true",
                          with: "    partial_stop_counts_as_down: true\n    operating_hours:\n      from: \"07:00\"\n      to: \"22:00\"")
        let hours = try headings()
        #expect(hours.report.contains(#"<th class="num">稼働時間帯内</th><th class="num">うち正当な理由なし</th>"#), "\(hours.report.count)")
        #expect(hours.incident.contains("<th>停止時間（稼働時間帯内、正当な理由のある停止を除く。）</th>"))
        #expect(!hours.report.contains("運用時間内") && !hours.incident.contains("運用時間内"))
    }

    /// An output folder of a one-character name, not there yet: made (Foundation's
    /// deletingLastPathComponent stopped the program on such a name).
    @Test func anOutputFolderOfOneCharacterIsMade() throws {
        let parent = try CLI.temporaryFolder("one-character")
        defer { try? FileManager.default.removeItem(at: parent) }
        let demo = CLI.packageRoot.appendingPathComponent("samples/demo").path
        for name in ["o", "é/"] {
            let run = try CLI.run(["build", demo, "--today", "2026-04-30", "--output", name, "--quiet"], in: parent)
            #expect(run.status == 0, "\(name): \(run.status) \(run.stderr.prefix(300))")
            #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent(name).appendingPathComponent("plan.html").path), "\(name)")
        }
    }

    @Test func initReportStartsAMonthFromTheMonthBefore() throws {
        let folder = try Fixtures.demoCopy("init-report")
        defer { try? FileManager.default.removeItem(at: folder) }
        // March made again from February: its file and the records of both removed, February's risk
        // given words YAML would misread written plain.
        for file in ["reports/2026-03.yaml", "submitted/report-2026-03.record.yaml", "submitted/report-2026-03.xml",
                     "submitted/report-2026-02.record.yaml", "submitted/report-2026-02.xml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        try Fixtures.edit(folder, "reports/2026-02.yaml", replacing: "    title: 年度末の申請集中（３月）に備えた性能確保",
                          with: "    title: '注意: #1 [案] は \"保留\"'")
        try Fixtures.edit(folder, "reports/2026-02.yaml", replacing: "  - title: 運用・保守", with: "  - title: 'Phase 2: 運用・保守'")
        let made = try CLI.run(["init", folder.path, "--report", "令和8年3月", "--lang", "en"])
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("started from reports/2026-02.yaml"), "\(made.stdout)")
        let path = folder.appendingPathComponent("reports/2026-03.yaml")
        // Now the month after the latest is past the contract's end.
        let past = try CLI.run(["init", folder.path, "--report", "next", "--lang", "en"])
        #expect(past.status == 2 && past.stderr.contains("2026-04 is after the contract period (it ends 2026-03-31)"), "\(past.stderr)")
        let text = try String(contentsOf: path, encoding: .utf8)
        #expect(text.contains("month: 2026-03\nlogs:"))
        #expect(text.contains("  inquiries: ../logs/inquiries.csv\n"))
        // The open risks as February left them; every security measure of the plan; the measures
        // presented in February, each to be given its status.
        #expect(text.contains("  - id: R-01\n    title: \"注意: #1 [案] は \\\"保留\\\"\"\n    status: monitoring"), "\(text)")
        // What was done about it is the month's own: last month's as a comment, this month's to write.
        #expect(text.contains("    # 前月：３月第３週に臨時の増強を予定\n    action: TODO(当月の対応状況)\n"), "\(text)")
        // A placeholder holding the user's words is quoted when they would not read back plain.
        #expect(text.contains("  - title: \"Phase 2: 運用・保守\"\n    content: \"TODO(当月のPhase 2: 運用・保守の実施内容。当月になければこの項目を削除)\"\n"), "\(text)")
        for id in (1...8).map({ "SP-0\($0)" }) {
            #expect(text.contains("  \(id):"), "\(id)")
        }
        #expect(text.contains("measure_status:\n  KZ-2026-02-1:"))
        #expect(text.contains("    status: TODO(状況 例 in_progress)"))
        // Once made, every error in it is a value still to fill in: nothing else.
        let validated = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--format", "json", "--lang", "en"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(validated.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let codes = diagnostics.filter { ($0["severity"] as? String) == "error" }.map { "\($0["code"] ?? "")" }
        #expect(!codes.isEmpty && codes.allSatisfy { $0 == "placeholder" }, "\(codes)")
        // Filled in as a user would, it builds: the risk's words as they were.
        var filled = try String(contentsOf: path, encoding: .utf8)
        filled = filled.replacingOccurrences(of: "TODO(状況 例 done)", with: "done")
            .replacingOccurrences(of: "TODO(状況 例 in_progress)", with: "done\n    done_on: 2026-03-25\n    evidence: 作業記録")
        filled = filled.replacingOccurrences(of: #"value: TODO\([^)]*\)"#, with: "value: 12", options: .regularExpression)
        filled = filled.replacingOccurrences(of: #"TODO\(([^)]*)\)"#, with: "$1", options: .regularExpression)
        try filled.write(to: path, atomically: true, encoding: .utf8)
        let built = try CLI.run(["build", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        let page = try String(contentsOf: folder.appendingPathComponent("out/report-2026-03.html"), encoding: .utf8)
        #expect(page.contains("注意: #1 [案] は &quot;保留&quot;") || page.contains("注意: #1 [案] は \"保留\""))
        // Never over a report that is there; not outside the contract; one addition at a time.
        let again = try CLI.run(["init", folder.path, "--report", "2026-03", "--lang", "en"])
        #expect(again.status == 2 && again.stderr.contains("reports/2026-03.yaml already exists"), "\(again.stderr)")
        let before = try CLI.run(["init", folder.path, "--report", "2020-01", "--lang", "en"])
        #expect(before.status == 2 && before.stderr.contains("before the contract period"), "\(before.stderr)")
        let two = try CLI.run(["init", folder.path, "--report", "next", "--incident", "INC-9", "--lang", "en"])
        #expect(two.status != 0 && two.stderr.contains("give one of --example, --report"), "\(two.stderr)")
        let notContract = try CLI.run(["init", folder.appendingPathComponent("reports").path, "--report", "next", "--lang", "en"])
        #expect(notContract.status == 2 && notContract.stderr.contains("is not a contract folder"), "\(notContract.stderr)")
    }

    /// An incident report begun by init takes its examples from the log and the contract.
    @Test func initIncidentTakesItsExamplesFromTheLog() throws {
        let folder = try Fixtures.demoCopy("init-incident")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("incidents/INC-2025-005.yaml"))
        let status = try CLI.run(["status", folder.path, "--today", "2025-08-27", "--lang", "en"])
        #expect(status.stdout.contains("start \(folder.path)/incidents/INC-2025-005.yaml with teishutsu init \(folder.path) --incident INC-2025-005"), "\(status.stdout)")
        #expect(try CLI.run(["init", folder.path, "--incident", "INC-2025-005"]).status == 0)
        let text = try String(contentsOf: folder.appendingPathComponent("incidents/INC-2025-005.yaml"), encoding: .utf8)
        #expect(text.contains("detected_at: TODO(検知日時 例 2025-08-27T14:00)   # ログの発生日時：2025-08-27 14:00\n"), "\(text)")
        #expect(text.contains("    at: TODO(第一報の日時 例 2025-08-27T14:30)\n"))
        #expect(text.contains("    to: TODO(報告先 例 瀬戸内県 総務部 デジタル行政推進課 担当者名)\n"))
    }

    @Test func initReportNextInANewFolderFollowsItsFirstMonth() throws {
        let parent = try CLI.temporaryFolder("init-report-new")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("c")
        #expect(try CLI.run(["init", folder.path, "--first-month", "2026-04"]).status == 0)
        let made = try CLI.run(["init", folder.path, "--report", "next", "--lang", "ja"])
        #expect(made.status == 0 && made.stdout.contains("reports/2026-05.yaml"), "\(made.stdout)\(made.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("reports/2026-05.yaml"), encoding: .utf8)
        #expect(text.contains("# サービス実績報告書（令和８年５月分）"))
        #expect(text.contains("risks: []") && text.contains("other: []") && !text.contains("measure_status:\n  "))
    }

    @Test func initExampleWritesTheDemoThatValidatesAndBuilds() throws {
        let parent = try CLI.temporaryFolder("init-example")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("example")
        let created = try CLI.run(["init", folder.path, "--example", "--lang", "en"])
        #expect(created.status == 0, "\(created.stderr)")
        // Everything of the demo, byte for byte, but the schema line of the YAML a user edits.
        let demo = Fixtures.demo
        let enumerator = FileManager.default.enumerator(atPath: demo.path)!
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: demo.appendingPathComponent(relative).path, isDirectory: &isDirectory),
                  !isDirectory.boolValue, !relative.hasPrefix("out/") else { continue }
            let original = try String(contentsOf: demo.appendingPathComponent(relative), encoding: .utf8)
            let copy = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            if relative.hasPrefix("submitted/") || !relative.hasSuffix(".yaml") {
                #expect(copy == original, "\(relative)")
            } else {
                #expect(copy.split(separator: "\n").dropFirst() == original.split(separator: "\n").dropFirst(), "\(relative)")
                #expect(copy.hasPrefix("# yaml-language-server: $schema=" + (relative.contains("/") ? "../" : "./") + "schema/"), "\(relative)")
            }
        }
        let validated = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(validated.stdout == "no problems found.\n", "\(validated.stdout)")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        #expect(try CLI.run(["init", folder.path, "--example"]).status == 2)
    }

    @Test func statusSaysWhenAFileCouldNotBeRead() throws {
        let folder = try Fixtures.demoCopy("status-unread")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    date: 令和７年６月10日", with: "    date: [oops")
        let status = try CLI.run(["status", folder.path, "--today", "2026-04-30", "--all", "--lang", "en"])
        // Not "nothing due" with a clean exit: the error, where it is, and a failing status.
        #expect(status.status == 1)
        #expect(status.stderr.contains("plan.yaml:16:12"), "\(status.stderr)")
        #expect(status.stderr.contains("deadlines that depend on it may be missing from the list"))
        #expect(!status.stdout.contains("plan.yaml does not exist"))
        // A report that cannot be read is not "not written".
        try Fixtures.edit(folder, "plan.yaml", replacing: "    date: [oops", with: "    date: 令和７年６月10日")
        try Fixtures.withdrawReportRecords(folder, months: ["2026-03"])
        try Fixtures.edit(folder, "reports/2026-03.yaml", replacing: "month: ", with: "month: [")
        let report = try CLI.run(["status", folder.path, "--today", "2026-04-30", "--all", "--lang", "en"])
        #expect(report.status == 1)
        #expect(report.stdout.contains("reports/2026-03.yaml could not be read (its errors are shown with this list)"), "\(report.stdout)")
    }

    @Test func statusAsksForAResubmissionWhenASentDocumentsInputsChanged() throws {
        let folder = try Fixtures.demoCopy("status-changed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try CLI.run(["status", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(!before.stdout.contains("resubmit"), "\(before.stdout)")
        // An inquiry added to March's log after March's report was sent.
        let log = folder.appendingPathComponent("logs/inquiries.csv")
        let text = try String(contentsOf: log, encoding: .utf8)
        try (text + "Q-202603-99,2026-03-30T10:00,瀬戸内県 デジタル行政推進課 西村,追加の問合せ,2026-03-30T15:00,小林 大輔,回答\n")
            .write(to: log, atomically: false, encoding: .utf8)
        let after = try CLI.run(["status", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(after.stdout.contains("due soon  2026-04-30  today         resubmit the performance report for 2026-03"), "\(after.stdout)")
        #expect(after.stdout.contains("teishutsu submit \(folder.path) --report 2026-03 --resubmit"), "\(after.stdout)")
    }

    @Test func anEmergencyContactNeedsANumberOrAnAddress() throws {
        let folder = try Fixtures.demoCopy("emergency-contact")
        defer { try? FileManager.default.removeItem(at: folder) }
        // 運用リーダー: a description of the means, but nothing to call or write to.
        try Fixtures.edit(folder, "plan.yaml", replacing: "      phone: 090-2145-7730\n", with: "")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[PLAN-CONTACT-no-means]: the emergency contact '小林 大輔' has neither a phone number (phone, with its digits) nor an e-mail address (email)"),
                "\(result.stdout)")
        // "なし" is not a number.
        try Fixtures.edit(folder, "plan.yaml", replacing: "      phone: 090-6618-2203", with: "      phone: なし")
        let none = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(none.stdout.contains("the emergency contact '佐藤 直樹' has neither"), "\(none.stdout)")
    }

    @Test func anIncidentReportIsSentAfterTheLastReportItHolds() throws {
        let folder = try Fixtures.demoCopy("incident-date")
        defer { try? FileManager.default.removeItem(at: folder) }
        for suffix in [".record.yaml", ".xml"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted/incident-INC-2025-005" + suffix))
        }
        let early = try CLI.run(["submit", folder.path, "--incident", "INC-2025-005", "--date", "2025-08-28", "--lang", "en"])
        #expect(early.status == 2 && early.stderr.contains("is dated before the last report it holds (2025-09-02)"), "\(early.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("submitted/incident-INC-2025-005.xml").path))
        #expect(try CLI.run(["submit", folder.path, "--incident", "INC-2025-005", "--date", "2025-09-03"]).status == 0)
    }

    @Test func diffTellsTheProblemsOfBothPlans() throws {
        let folder = try CLI.temporaryFolder("diff-both")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a: [\n".write(to: folder.appendingPathComponent("one.yaml"), atomically: false, encoding: .utf8)
        try "b: ]\n".write(to: folder.appendingPathComponent("two.yaml"), atomically: false, encoding: .utf8)
        let result = try CLI.run(["diff", folder.appendingPathComponent("one.yaml").path, folder.appendingPathComponent("two.yaml").path, "--lang", "en"])
        #expect(result.status == 2)
        // A bracket left open is said at it (line 1, column 4), not on the empty line after it.
        #expect(result.stderr.contains("one.yaml:1:4") && result.stderr.contains("two.yaml:1:4") && result.stderr.contains("2 errors"), "\(result.stderr)")
    }

    @Test func diffComparesPlansStillBeingFilledIn() throws {
        let parent = try CLI.temporaryFolder("diff-todo")
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = parent.appendingPathComponent("c")
        #expect(try CLI.run(["init", folder.path]).status == 0)
        let copy = parent.appendingPathComponent("plan-copy.yaml")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("plan.yaml"), to: copy)
        // TODO placeholders are unfinished, not unreadable: the plans are compared.
        let same = try CLI.run(["diff", copy.path, folder.path, "--lang", "en"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(same.stderr.isEmpty)
    }

    @Test func usageProblemsExitWithTwo() throws {
        #expect(try CLI.run(["validate", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["date", "令和元年4月1日"]).status == 2)
        #expect(try CLI.run(["--help"]).status == 0)
    }

    @Test func calendarCommands() throws {
        let holidays = try CLI.run(["calendar", "holidays", "2019"])
        #expect(holidays.status == 0)
        #expect(holidays.stdout.hasPrefix("2019-01-01\t元日\n2019-01-14\t成人の日\n"))
        #expect(holidays.stdout.contains("2019-04-30\t国民の休日\n2019-05-01\t天皇の即位の日\n2019-05-02\t国民の休日\n"))
        #expect(holidays.stdout.split(separator: "\n").count == 22)

        let json = try CLI.run(["calendar", "holidays", "2024", "--format", "json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: String]]
        #expect(list.count == 21)
        #expect(list[1] == ["date": "2024-01-08", "name": "成人の日", "kind": "national"])

        let closed = try CLI.run(["calendar", "closed", "2023"])
        #expect(closed.stdout.hasPrefix("2023-01-01\t日曜日・元日・年末年始\n2023-01-02\t振替休日・年末年始\n2023-01-03\t年末年始\n2023-01-07\t土曜日\n"))

        let minutes = try CLI.run(["calendar", "open-minutes", "2023-12-28T16:30", "2024-01-04T09:15"])
        #expect(minutes.stdout == "1005\n")
        #expect(try CLI.run(["calendar", "open-minutes", "2024-03-04T00:00Z", "2024-03-04T08:30Z"]).stdout == "510\n")

        #expect(try CLI.run(["date", "2023-01-16", "--style", "mixed", "--weekday"]).stdout == "令和５年１月16日（月）\n")
        #expect(try CLI.run(["date", "2019-05-01", "--style", "full"]).stdout == "令和元年５月１日\n")
        #expect(try CLI.run(["date", "令和５年１月16日"]).stdout == "2023-01-16\n")
        #expect(try CLI.run(["date", "R1.5.1"]).stdout == "2019-05-01\n")
        let wrong = try CLI.run(["date", "令和5年1月16日（火）"], environment: ["TEISHUTSU_LANG": "en"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr == "error: \"令和5年1月16日（火）\": 2023-01-16 is a Monday (月), not a Tuesday (火)\n")
    }

    @Test func contractClosedDaysJoinTheCalendar() throws {
        let folder = try CLI.temporaryFolder("okinawa")
        defer { try? FileManager.default.removeItem(at: folder) }
        let contract = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/demo/contract.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    - month_day: 05-15\n      name: 県民の日", with: "    - month_day: 06-23\n      name: 慰霊の日\n    - date: 2023-06-26\n      name: 庁舎停電日")
        try contract.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
        let file = folder.appendingPathComponent("contract.yaml").path
        let closed = try CLI.run(["calendar", "closed", "2023", "--contract", file])
        #expect(closed.stdout.contains("2023-06-23\t慰霊の日\n2023-06-24\t土曜日\n2023-06-25\t日曜日\n2023-06-26\t庁舎停電日\n"))
        // 6/22 12:00 → 6/27 12:00: 720 (6/22) + 720 (6/27); 6/23–6/26 closed.
        #expect(try CLI.run(["calendar", "open-minutes", "2023-06-22T12:00", "2023-06-27T12:00", "--contract", file]).stdout == "1440\n")
        #expect(try CLI.run(["calendar", "open-minutes", "2023-06-22T12:00", "2023-06-27T12:00"]).stdout == "4320\n")
        let bad = try CLI.run(["calendar", "closed", "2023", "--contract", folder.appendingPathComponent("nope.yaml").path, "--lang", "en"])
        #expect(bad.status == 2)
    }
}
