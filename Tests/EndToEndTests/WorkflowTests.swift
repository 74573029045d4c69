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
        text = text.replacingOccurrences(of: "    timing: 年1回（9月）", with: "    timing: 年2回（9月・3月）")
        try text.write(to: plan, atomically: true, encoding: .utf8)

        let failing = try CLI.run(["validate", folder.path, "--lang", "en", "--today", "2026-04-30"])
        #expect(failing.status == 1)
        #expect(failing.stdout.hasPrefix("error[PLAN-REV-unrecorded-change]: plan.yaml differs from the submitted revision 3 but has no revision 4 (changed: PLAN-SECPLAN)\n"))
        #expect(failing.stdout.contains("= note: a change: security_plan[SP-05].timing"))

        let diff = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--lang", "en"])
        #expect(diff.stdout.hasSuffix("PLAN-SECPLAN セキュリティ対策実施計画\n  ~ security_plan[SP-05].timing: 年1回（9月） → 年2回（9月・3月）\n"))

        let entry = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--format", "yaml", "--date", "2026-04-20"])
        #expect(entry.stdout == """
          # plan.yaml の revisions: の最後に加えてください / append under revisions: in plan.yaml
          - number: 4
            date: 2026-04-20
            changes:
              - "セキュリティ対策実施計画（PLAN-SECPLAN）：security_plan[SP-05].timing（変更）"

        """)
        // Pasted after revision 3.
        let anchor = "      - セキュリティ監査（PLAN-AUDIT）：第三者監査の実施機関を変更\n"
        try text.replacingOccurrences(of: anchor, with: anchor + entry.stdout).write(to: plan, atomically: true, encoding: .utf8)
        let passing = try CLI.run(["validate", folder.path, "--lang", "en", "--today", "2026-04-30"])
        #expect(passing.stdout == "no problems found.\n")
        #expect(passing.status == 0)

        // Submitting records revision 4; the HTML then marks what changed since revision 3.
        let submitted = try CLI.run(["submit", folder.path, "--date", "2026-04-21", "--lang", "en"])
        #expect(submitted.stdout == "recorded \(folder.path)/submitted/plan-r4.xml\nrecorded \(folder.path)/submitted/plan-r4.yaml\n")
        #expect(try CLI.run(["submit", folder.path, "--date", "2026-04-21", "--lang", "en"]).stdout == "revision 4 is already recorded as submitted (no change).\n")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        #expect(html.contains("<h2>5. セキュリティ対策実施計画<span class=\"sid\">PLAN-SECPLAN</span><span class=\"changed-mark\">第4版で変更</span></h2>"))
        #expect(html.contains("<code>security_plan[SP-05].timing</code>: 年1回（9月） → <strong>年2回（9月・3月）</strong>"))
        #expect(!html.contains("<span class=\"sid\">PLAN-CERT</span><span class=\"changed-mark\">"))
    }

    @Test func diffReadsXMLSubmissionsToo() throws {
        let folder = try demoCopy("xmldiff")
        let result = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r2.xml").path,
                                  folder.appendingPathComponent("submitted/plan-r3.xml").path, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(json.map { $0["section"] as! String } == ["PLAN-AUDIT", "PLAN-CERT", "REQ"])
    }

    @Test func watchRebuildsOnlyWhatAChangeAffects() throws {
        let folder = try demoCopy("watch")
        let output = folder.appendingPathComponent("out")
        let log = folder.deletingLastPathComponent().appendingPathComponent("watch.log")
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

        func waitFor(_ text: String) throws -> Bool {
            for _ in 0..<200 {
                if (try String(contentsOf: log, encoding: .utf8)).contains(text) { return true }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return false
        }
        #expect(try waitFor("watching "))
        func modified(_ name: String) throws -> Date {
            try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.modificationDate] as! Date
        }
        let before = try ["plan.html", "report-2025-07.html", "report-2025-08.html", "report-2025-08.xml"].map(modified)
        Thread.sleep(forTimeInterval: 0.05)

        let report = folder.appendingPathComponent("reports/2025-08.yaml")
        let text = try String(contentsOf: report, encoding: .utf8)
        try text.replacingOccurrences(of: "当月の稼働状況は", with: "8月の稼働状況は").write(to: report, atomically: true, encoding: .utf8)
        // Only the changed report is rebuilt.
        #expect(try waitFor("changed: \(report.path)\nrebuilt report-2025-08.html, report-2025-08.xml\n"))
        let after = try ["plan.html", "report-2025-07.html", "report-2025-08.html", "report-2025-08.xml"].map(modified)
        #expect(after[0] == before[0])
        #expect(after[1] == before[1])
        #expect(after[2] > before[2])
        #expect(try String(contentsOf: output.appendingPathComponent("report-2025-08.html"), encoding: .utf8).contains("8月の稼働状況は"))

        // A change that breaks the build keeps the last good outputs.
        try text.replacingOccurrences(of: "month: 2025-08", with: "month: 2025-13").write(to: report, atomically: true, encoding: .utf8)
        #expect(try waitFor("build failed; the last good outputs are kept"))
        #expect(try String(contentsOf: output.appendingPathComponent("report-2025-08.html"), encoding: .utf8).contains("8月の稼働状況は"))
    }
}
