import Foundation
import TeishutsuKit
import TestSupport
import Testing
@testable import teishutsu

/// `validate`, `build` and `sla` with plain arguments are read without ArgumentParser (QuickArguments):
/// wherever that reader takes the arguments, it must read what ArgumentParser reads; everything
/// else must be left to ArgumentParser.
@Suite struct QuickArgumentsTests {
    /// What ArgumentParser makes of `arguments`, or nil when it refuses them.
    func parsed(_ arguments: [String]) -> (any CommandRun)? {
        switch try? Teishutsu.parseAsRoot(arguments) {
        case let command as ValidateCommand: return command.settings
        case let command as BuildCommand: return command.settings
        case let command as SLACommand: return command.settings
        default: return nil
        }
    }

    func agree(_ arguments: [String]) -> Bool {
        guard let quick = QuickArguments.command(arguments) else { return true }
        switch (quick, parsed(arguments)) {
        case let (quick as ValidateSettings, parsed as ValidateSettings): return quick == parsed
        case let (quick as BuildSettings, parsed as BuildSettings): return quick == parsed
        case let (quick as SLASettings, parsed as SLASettings): return quick == parsed
        // ArgumentParser answers --version by a clean exit that prints the same line (checked end to end).
        case (is VersionRun, nil): return arguments == ["--version"]
        default: return false
        }
    }

    @Test func plainArgumentsAreReadAsArgumentParserReadsThem() {
        let plain: [[String]] = [
            ["validate"],
            ["validate", "samples/demo", "--today", "2026-04-30"],
            ["validate", "a", "b", "--format", "json", "--strict", "--lang", "en"],
            ["validate", "--format=sarif", "a", "--allow-path", "../logs", "--allow-path=/srv/x", "b"],
            ["validate", "c/*", "--jobs", "3", "--shard", "2/3", "--quiet", "--today", "令和8年4月30日"],
            ["build", "samples/demo"],
            ["build", "samples/demo", "-o", "out", "--today", "2026-04-30", "--pdf", "--show-ids", "--lang", "ja"],
            ["build", "a", "b", "--output=o", "--jobs=2", "--shard=1/1", "--quiet", "--templates", "t"],
            ["build", "a", "--watch", "--allow-path", "x", "--allow-path", "y"],
            ["sla", "--month", "2024-03"],
            ["sla", "--month=2024-03", "--now", "2024-04-10", "--incidents", "l/incidents.csv", "--maintenance", "l/m.csv", "--inquiries", "q.csv"],
            ["sla", "--inquiries=q.csv", "--month", "2024-13", "--format", "table", "--detail", "--contract", "c.yaml", "--lang", "ja"],
            ["sla", "--format=json", "--month", "令和6年3月", "--now=2024-04-10T09:00"],
        ]
        // One folder named twice is built as a list of folders, which --watch does not take.
        #expect(parsed(["build", "a", "a/", "--watch"]) == nil)
        #expect(QuickArguments.command(["build", "a", "a/", "--watch"]) == nil)
        for arguments in plain {
            #expect(QuickArguments.command(arguments) != nil, "\(arguments)")
            #expect(parsed(arguments) != nil, "\(arguments)")
            #expect(agree(arguments), "\(arguments)")
        }
    }

    /// `--version` alone is answered without ArgumentParser, with the line it prints.
    @Test func theVersionIsPrintedAsArgumentParserPrintsIt() throws {
        #expect(QuickArguments.command(["--version"]) is VersionRun)
        do {
            _ = try Teishutsu.parseAsRoot(["--version"])
            Issue.record("ArgumentParser read --version as a command")
        } catch {
            #expect(Teishutsu.fullMessage(for: error) == TeishutsuKit.Teishutsu.version)
        }
        let result = try CLI.run(["--version"])
        #expect(result.status == 0 && result.stdout == TeishutsuKit.Teishutsu.version + "\n" && result.stderr.isEmpty)
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test func anythingElseIsLeftToArgumentParser() {
        let others: [[String]] = [
            [], ["status"], ["--version", "x"], ["validate", "--help"], ["validate", "-h"], ["build", "--help"],
            ["validate", "--strikt"], ["validate", "--format", "xml"], ["validate", "--format"], ["validate", "--lang", "fr"],
            ["validate", "--jobs", "0"], ["validate", "--jobs", "-1"], ["validate", "--jobs", "two"], ["validate", "--shard", "4/3"], ["validate", "--shard", "0/0"],
            ["validate", "--strict", "--strict"], ["validate", "--strict=yes"], ["validate", "--today", "1", "--today", "2"],
            ["validate", "--today", "-1"], ["validate", "-"], ["validate", "--", "a"], ["validate", "-x"],
            ["build"], ["build", "--pdf"], ["build", "a", "b", "--watch"], ["build", "a", "--watch", "--shard", "1/2"],
            // Two folders of one name (Templates) whose outputs would collide; folders that are
            // not there clash with nothing (each is said to be missing).
            ["build", Self.root + "/Templates", Self.root + "/Sources/Rendering/Templates", "-o", "out"], ["build", "a", "-oout"], ["build", "a", "-o=out"], ["build", "a", "--output"],
            ["build", "a", "--strict"], ["validate", "a", "--pdf"], ["build", "a", "--format", "json"],
            ["sla"], ["sla", "--now", "2024-04-10"], ["sla", "--month", "2024-03", "x.csv"], ["sla", "--month", "2024-03", "--format", "xml"],
            ["sla", "--month", "2024-03", "--month", "2024-04"], ["sla", "--month", "2024-03", "--detail", "--detail"],
            ["sla", "--month", "2024-03", "--detail=yes"], ["sla", "--month", "2024-03", "--now", "-1"], ["sla", "--month", "2024-03", "--help"],
            ["sla", "--month", "2024-03", "--jobs", "2"], ["sla", "--month", "2024-03", "--lang", "fr"], ["sla", "--month"],
        ]
        for arguments in others {
            #expect(QuickArguments.command(arguments) == nil, "\(arguments)")
        }
    }

    /// A number of jobs that cannot be is said to be one, whatever it looks like (`-1` is not
    /// an option whose value is missing).
    @Test func jobsBelowOneAreRefusedAsSuch() throws {
        for command in ["build", "validate"] {
            for jobs in ["-1", "0"] {
                let result = try CLI.run([command, "samples/demo", "--jobs", jobs])
                #expect(result.status == 2 && result.stderr.hasPrefix("Error: --jobs must be at least 1"), "\(command) --jobs \(jobs): \(result.stderr)")
            }
        }
    }

    /// A day outside the years whose holidays are known is refused, not answered with an
    /// empty list of deadlines; the last known day is still a day.
    @Test func daysOutsideTheKnownYearsAreRefused() throws {
        for arguments in [["status", "samples/demo", "--today", "2100-01-01"], ["validate", "samples/demo", "--today", "1954-12-31"],
                          ["build", "samples/demo", "--today", "令和82年1月1日", "-o", "/nonexistent/x"], ["submit", "samples/demo", "--date", "2100-04-01", "--preview", "/nonexistent/x"]] {
            let result = try CLI.run(arguments + ["--lang", "en"])
            #expect(result.status == 2 && result.stderr.contains("is outside the years this tool knows (1955–2099)"), "\(arguments): \(result.stderr)")
        }
        let last = try CLI.run(["status", Self.root + "/samples/demo", "--today", "2099-12-31", "--lang", "en"])
        #expect(last.status == 0 && last.stdout.hasPrefix("Deadlines as of 2099-12-31"), "\(last.stdout)\(last.stderr)")
    }

    /// Random arguments from the words the three commands take, good and bad: wherever the quick reader
    /// reads them, ArgumentParser reads the same.
    @Test func randomArgumentsAgree() {
        let shared = ["a", "b/c", "令和", "", "=", "--format", "json", "text", "--lang", "ja", "en", "--lang=en", "-", "--", "-x", "--help",
                      "--format=", "--today", "2026-04-30", "-1"]
        let folders = shared + ["--strict", "--quiet", "--pdf", "--watch", "--show-ids", "--format=github", "--today=2026-05-01", "--jobs", "0",
                                "2", "--jobs=1", "--shard", "1/3", "3/3", "4/3", "--shard=2/2", "--allow-path", "--allow-path=x", "-o", "--output",
                                "--output=o", "--templates", "--strict=1", "--Strict", "--today=", "--jobs=", "-o="]
        let logs = shared + ["--month", "2024-03", "--month=2024-02", "--now", "2024-04-10", "--now=", "--incidents", "i.csv", "--maintenance=m.csv",
                             "--maintenance", "--inquiries", "q.csv", "--inquiries=", "--contract", "c.yaml", "--detail", "table", "--format=table",
                             "--detail=1", "--Month", "--jobs", "2"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var quick = 0, quickSLA = 0
        for _ in 0..<1500 {
            let command = ["validate", "build", "sla"][next(3)]
            let words = command == "sla" ? logs : folders
            var arguments = (0..<next(7)).map { _ in words[next(words.count)] }
            // sla needs its month: most runs name one somewhere.
            if command == "sla" && next(5) > 0 { arguments.insert(contentsOf: ["--month", "2024-03"], at: next(arguments.count + 1)) }
            arguments.insert(command, at: 0)
            if QuickArguments.command(arguments) != nil {
                quick += 1
                if command == "sla" { quickSLA += 1 }
            }
            #expect(agree(arguments), "\(arguments)")
        }
        #expect(quick > 150 && quickSLA > 50, "enough of them are plain to prove something: \(quick), sla \(quickSLA)")
    }
}
