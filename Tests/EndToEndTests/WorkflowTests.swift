import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Keeping the plan current: submit, change, diff, revise; and `build --watch`.
@Suite(.serialized) struct WorkflowTests {
    func demoCopy(_ name: String) throws -> URL {
        let folder = try CLI.temporaryFolder(name).appendingPathComponent("demo")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        return folder
    }

    @Test func aChangeWithoutARevisionFailsUntilTheRevisionDiffPrintsIsAdded() throws {
        let folder = try demoCopy("revision")
        let plan = folder.appendingPathComponent("plan.yaml")
        var text = try String(contentsOf: plan, encoding: .utf8)
        text = text.replacingOccurrences(of: "    timing: 年１回（９月）", with: "    timing: 年２回（９月・３月）")
        try text.write(to: plan, atomically: false, encoding: .utf8)

        let failing = try CLI.run(["validate", folder.path, "--lang", "en", "--today", "2026-04-30"])
        #expect(failing.status == 1)
        #expect(failing.stdout.hasPrefix("error[PLAN-REV-unrecorded-change]: plan.yaml differs from the submitted revision 3 but has no revision 4 (changed: PLAN-SECPLAN)\n"))
        #expect(failing.stdout.contains("= note: a change: security_plan[SP-05].timing"))

        let japanese = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--lang", "ja"])
        #expect(japanese.stdout.hasSuffix("\nセキュリティ対策実施計画\n  ~ 「SP-05」の実施時期：年１回（９月） → 年２回（９月・３月）\n"))
        let diff = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--lang", "en"])
        #expect(diff.stdout.hasSuffix("PLAN-SECPLAN セキュリティ対策実施計画\n  ~ security_plan[SP-05].timing: 年１回（９月） → 年２回（９月・３月）\n"))

        let entry = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--format", "yaml", "--date", "2026-04-20"])
        #expect(entry.stdout == """
          # plan.yaml の revisions: の最後に加えてください / append under revisions: in plan.yaml
          - number: 4
            date: 令和８年４月20日
            changes:
              - "セキュリティ対策実施計画：「SP-05」の実施時期を変更（年１回（９月） → 年２回（９月・３月））"

        """)
        // Pasted after revision 3.
        let anchor = "      - 連絡体制：障害報告の期限（第一報は検知から１時間以内、続報は復旧まで２時間ごと、最終報告は検知から５開庁日以内）を明記\n"
        try text.replacingOccurrences(of: anchor, with: anchor + entry.stdout).write(to: plan, atomically: false, encoding: .utf8)
        let passing = try CLI.run(["validate", folder.path, "--lang", "en", "--today", "2026-04-30"])
        #expect(passing.stdout == "no problems found.\n")
        #expect(passing.status == 0)

        // Submitting records revision 4; the HTML then marks what changed since revision 3.
        let submitted = try CLI.run(["submit", folder.path, "--date", "2026-04-21", "--lang", "en"])
        #expect(submitted.stdout == """
            recorded the service implementation plan (revision 4) as submitted:
              \(folder.path)/submitted/plan-r4.record.yaml
              \(folder.path)/submitted/plan-r4.xml
              \(folder.path)/submitted/plan-r4.yaml

            """)
        let again = try CLI.run(["submit", folder.path, "--date", "2026-04-21", "--lang", "en"])
        #expect(again.stdout == "the service implementation plan (revision 4) is already recorded as submitted with the same content (no change).\n")
        #expect(again.status == 0)
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/plan-r4.record.yaml"), encoding: .utf8)
        #expect(record.contains("document: plan\nsubject: \"4\"\nsubmitted_on: 2026-04-21\n"))
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        #expect(html.contains("<h2><span class=\"no\">５</span>セキュリティ対策実施計画<span class=\"changed-mark\">第４版で変更</span></h2>"))
        #expect(html.contains("<td class=\"nowrap change-kind\">変更</td><td><span class=\"nowrap\">「SP-05」</span>の実施時期</td><td>年１回（９月）</td><td><strong>年２回（９月・３月）</strong></td>"))
        #expect(!html.contains("<span class=\"no\">10</span>情報セキュリティに関する認証等の内容<span class=\"changed-mark\">"))
    }

    @Test func diffReadsXMLSubmissionsToo() throws {
        let folder = try demoCopy("xmldiff")
        let result = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r2.xml").path,
                                  folder.appendingPathComponent("submitted/plan-r3.xml").path, "--format", "json"])
        // As diff(1): 1 when they differ.
        #expect(result.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(json.map { $0["section"] as! String } == ["PLAN-CONTACT", "PLAN-AUDIT", "PLAN-CERT", "REQ"])
        let same = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.xml").path,
                                folder.appendingPathComponent("submitted/plan-r3.yaml").path])
        #expect(same.status == 0, "\(same.stdout)")
    }

    @Test func watchStartsWithABuildAndWatches() throws {
        // The rebuilds themselves are tested step by step (WatcherTests); this is the command.
        let folder = try demoCopy("watch")
        let log = folder.deletingLastPathComponent().appendingPathComponent("watch-\(UUID().uuidString).log")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["build", folder.path, "--watch", "--today", "2026-04-30", "--lang", "en"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        var started = false
        for _ in 0..<600 where !started {
            started = (try String(contentsOf: log, encoding: .utf8)).contains("watching ")
            if !started { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(started)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plan.html").path))
    }
}
