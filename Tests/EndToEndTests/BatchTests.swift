import Foundation
import Testing
import TestSupport
import JapaneseCalendar
import TeishutsuKit

/// Many contract folders in one process: the same bytes whatever the number of jobs, a broken
/// folder failing alone, shards covering every folder once.
@Suite(.serialized) struct BatchTests {
    /// Generated folders (scripts/generate-workload.py), shared by the tests of this suite.
    static let workload: URL? = {
        guard let folder = try? CLI.temporaryFolder("workload") else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CLI.packageRoot.appendingPathComponent("scripts/generate-workload.py").path, "50", folder.path, "--seed", "3"]
        process.standardOutput = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? folder : nil
    }()

    func folders(_ root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).sorted().map { root.appendingPathComponent($0).path }
    }

    /// Every file under a folder, by relative path, with its bytes.
    func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = root.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func oneJobAndTwoJobsWriteTheSameBytes() throws {
        let workload = try #require(Self.workload, "python3 scripts/generate-workload.py")
        let all = try folders(workload)
        #expect(all.count == 50)
        let out = try CLI.temporaryFolder("batch-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let one = try CLI.run(["build"] + all + ["--today", "2026-04-30", "--output", out.appendingPathComponent("one").path, "--jobs", "1", "--lang", "en"], timeout: 600)
        #expect(one.status == 0, "\(one.stderr.prefix(2000))")
        // In reverse order too: the order of the folders does not matter either.
        let two = try CLI.run(["build"] + all.reversed() + ["--today", "2026-04-30", "--output", out.appendingPathComponent("two").path, "--jobs", "2", "--lang", "en"],
                              timeout: 600)
        #expect(two.status == 0)
        let first = try tree(out.appendingPathComponent("one")), second = try tree(out.appendingPathComponent("two"))
        #expect(first.count == 50 * 35, "each folder: plan, twelve reports, three incident reports and the year, as HTML and XML, and the list of them")
        #expect(first == second)
        // Off a terminal: one plain line per folder, then the summary; no escape codes.
        #expect(!one.stdout.contains("\u{1B}"))
        #expect(one.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("ok   ") }.count == 50)
        #expect(one.stdout.contains("50 folders: 50 ok, 0 with errors; 850 documents; files 1,700 written, 0 unchanged;"))
        // --quiet prints only problems: nothing here.
        let quiet = try CLI.run(["build"] + all + ["--today", "2026-04-30", "--output", out.appendingPathComponent("one").path, "--quiet"], timeout: 600)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test func aBrokenFolderFailsAlone() throws {
        let workload = try #require(Self.workload, "python3 scripts/generate-workload.py")
        let all = Array(try folders(workload).prefix(6))
        let broken = URL(fileURLWithPath: all[2])
        let plan = broken.appendingPathComponent("plan.yaml")
        let original = try String(contentsOf: plan, encoding: .utf8)
        defer { try? original.write(to: plan, atomically: false, encoding: .utf8) }
        try original.replacingOccurrences(of: "revisions:", with: "revisons:").write(to: plan, atomically: false, encoding: .utf8)
        let out = try CLI.temporaryFolder("batch-broken")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["build"] + all + ["--today", "2026-04-30", "--output", out.path, "--lang", "en"], timeout: 600)
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAIL \(all[2])"))
        #expect(result.stdout.contains("6 folders: 5 ok, 1 with errors;"))
        #expect(result.stderr.contains("== \(all[2])\n"))
        #expect(result.stderr.contains("error[yaml-unknown-key]"))
        for (index, folder) in all.enumerated() {
            let name = URL(fileURLWithPath: folder).lastPathComponent
            let written = FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name)/plan.html").path)
            #expect(written == (index != 2), "\(name)")
        }
    }

    /// Outputs that cannot be written (a full disk under stdout and stderr) lose the messages,
    /// never the run: every folder is still built (a write to them trapped, part way through).
    /// A folder given as `..` is named by the folder it stands for, under OUTPUT.
    @Test func aFullOutputAndADotNameDoNotDerailTheBatch() throws {
        let workload = try #require(Self.workload, "python3 scripts/generate-workload.py")
        let all = Array(try folders(workload).prefix(2))
        let names = all.map { URL(fileURLWithPath: $0).lastPathComponent }
        let out = try CLI.temporaryFolder("batch-full")
        defer { try? FileManager.default.removeItem(at: out) }
        let script = "\"$0\" build \"$1\" \"$2\" --today 2026-04-30 --output \"$3\" >/dev/full 2>/dev/full; echo $?"
        let full = try CLI.run(["-c", script, CLI.binary.path, all[0], all[1], out.path], executable: URL(fileURLWithPath: "/bin/sh"), timeout: 600)
        #expect(full.stdout == "0\n", "\(full.stdout)\(full.stderr)")
        for name in names {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name)/plan.html").path), "\(name)")
        }
        let dots = try CLI.temporaryFolder("batch-dots")
        defer { try? FileManager.default.removeItem(at: dots) }
        let logs = URL(fileURLWithPath: all[0]).appendingPathComponent("logs")
        let named = try CLI.run(["build", "..", all[1], "--today", "2026-04-30", "--output", dots.path, "--quiet"], in: logs, timeout: 600)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: dots.appendingPathComponent("\(names[0])/plan.html").path))
        #expect(!FileManager.default.fileExists(atPath: dots.appendingPathComponent("plan.html").path))
        #expect(!FileManager.default.fileExists(atPath: dots.deletingLastPathComponent().appendingPathComponent("plan.html").path))
        // One folder named twice (as patterns may give it) is built once, under its name, as
        // with any list of folders: where outputs go does not depend on what the patterns matched.
        let twice = try CLI.temporaryFolder("batch-twice")
        defer { try? FileManager.default.removeItem(at: twice) }
        let again = try CLI.run(["build", all[0], all[0] + "/", "--today", "2026-04-30", "--output", twice.path, "--lang", "en"], timeout: 600)
        #expect(again.status == 0 && again.stdout.contains("1 folder: 1 ok"), "\(again.stdout)\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: twice.path) == [names[0]])
        #expect(FileManager.default.fileExists(atPath: twice.appendingPathComponent("\(names[0])/plan.html").path))
        // An --output that is a file is said once, before any folder is read.
        let file = dots.appendingPathComponent("a-file")
        try "x".write(to: file, atomically: false, encoding: .utf8)
        let onFile = try CLI.run(["build"] + all + ["--today", "2026-04-30", "--output", file.path, "--lang", "en"], timeout: 600)
        #expect(onFile.status == 2 && onFile.stderr.contains("error[output-failed]: the output \(file.path) is not a folder"), "\(onFile.stderr)")
        #expect(!onFile.stdout.contains("FAIL") && onFile.stderr.components(separatedBy: "error[").count == 2, "\(onFile.stdout)\(onFile.stderr)")
    }

    /// A folder that built keeps only its counts until the end of the run, not its warnings
    /// and the lines they quote: a run of a thousand folders stays as small as a run of ten.
    /// A folder with errors keeps them, to be printed.
    @Test func aBuiltFolderKeepsItsCountsNotItsDiagnostics() throws {
        let workload = try #require(Self.workload, "python3 scripts/generate-workload.py")
        let all = Array(try folders(workload).prefix(3))
        let broken = URL(fileURLWithPath: all[1]).appendingPathComponent("plan.yaml")
        let original = try String(contentsOf: broken, encoding: .utf8)
        defer { try? original.write(to: broken, atomically: false, encoding: .utf8) }
        try original.replacingOccurrences(of: "revisions:", with: "revisons:").write(to: broken, atomically: false, encoding: .utf8)
        let out = try CLI.temporaryFolder("batch-counts")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = Batch.Options(folders: all)
        options.output = out.path
        options.today = CivilDate(year: 2026, month: 4, day: 30)
        options.jobs = 2
        let results = try Batch.build(options) { _ in }.get()
        #expect(results.map(\.folder) == all)
        #expect(results.map(\.hasErrors) == [false, true, false])
        for good in [results[0], results[2]] {
            #expect(good.warnings > 0, "the generated folders have overdue deadlines")
            #expect(good.errors == 0)
            #expect(good.report.diagnostics.isEmpty)
            #expect(good.written == 34)
            #expect(good.report.written.isEmpty, "a built folder's file names are let go")
        }
        #expect(results[1].errors > 0)
        #expect(results[1].report.diagnostics.count { $0.severity == .error } == results[1].errors)
        #expect(results[1].report.diagnostics.contains { $0.code.id == "yaml-unknown-key" })
    }

    /// A folder named twice is read once; two folders whose names Swift counts as equal strings
    /// (が composed, and か with ゛) are two folders on disk, and both are read.
    @Test func foldersAreTheSameOnlyByTheirBytes() throws {
        let root = try CLI.temporaryFolder("distinct")
        defer { try? FileManager.default.removeItem(at: root) }
        let composed = root.appendingPathComponent("\u{304C}").path, decomposed = root.appendingPathComponent("\u{304B}\u{3099}").path
        #expect(composed == decomposed, "Swift compares the two names as equal")
        for folder in [composed, decomposed] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).count == 2)
        let kept = Batch.distinct([composed, decomposed, composed, root.path + "/./\u{304C}"])
        #expect(kept.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
    }

    @Test func shardsCoverEveryFolderOnce() throws {
        // By name only: shards 1…N of any list cover each folder exactly once.
        let names = (1...1000).map { "contracts/m\($0)" }
        let shards = (1...3).map { Batch.shard(names, index: $0, of: 3) }
        #expect(shards.flatMap { $0 }.sorted() == names.sorted())
        #expect(shards.allSatisfy { $0.count > 250 && $0.count < 420 }, "\(shards.map(\.count))")
        // A folder's shard does not depend on the others.
        #expect(Batch.shard(["contracts/m7"], index: 1, of: 3).isEmpty == !shards[0].contains("contracts/m7"))

        // The command builds exactly its share.
        let workload = try #require(Self.workload, "python3 scripts/generate-workload.py")
        let all = try folders(workload)
        let out = try CLI.temporaryFolder("batch-shard")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CLI.run(["build"] + all + ["--today", "2026-04-30", "--shard", "2/3", "--output", out.path, "--quiet"], timeout: 600)
        #expect(result.status == 0)
        let built = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(built == Batch.shard(all, index: 2, of: 3).map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
        for bad in ["4/3", "0/3", "1//3", "1/3/", "/3", "1/", "+1/3", " 1/3", "1/0", "a/3"] {
            #expect(try CLI.run(["build", all[0], "--shard", bad]).status == 2, "\(bad)")
        }
    }
}
