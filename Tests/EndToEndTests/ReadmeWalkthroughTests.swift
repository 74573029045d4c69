import Foundation
import Testing
import TestSupport

/// The README's "Getting started" walkthrough, run as written: every command of its `sh` blocks,
/// in order, in an empty folder, with `teishutsu` on the PATH. A comment `→ exit N` gives the
/// status a command must end with (else 0); a `validate` that must pass must print "no problems
/// found." The edits a user makes by hand are `<!-- walkthrough-test: … -->` comments in the
/// README, done here as a user would (fill each TODO from its hint, replace a value, paste what
/// `diff` printed).
@Suite struct ReadmeWalkthroughTests {
    enum Step {
        case command(String, exit: Int32)
        case edit([String])
    }

    static func steps() throws -> [Step] {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Getting started\n"),
              let end = readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex) else {
            throw Fixtures.FixtureError(description: "README.md has no Getting started section")
        }
        var steps: [Step] = []
        var inShell = false
        for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inShell = line == "```sh"
                continue
            }
            if inShell, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                var command = String(line)
                var exit: Int32 = 0
                // A trailing comment: two spaces or more, then "# ".
                if let comment = command.range(of: #"\s{2,}# .*$"#, options: .regularExpression) {
                    let text = command[comment]
                    if let status = text.range(of: #"→ exit (\d)"#, options: .regularExpression) {
                        exit = Int32(String(text[status].last!))!
                    }
                    command.removeSubrange(comment)
                }
                steps.append(.command(command, exit: exit))
            } else if line.hasPrefix("<!-- walkthrough-test: "), line.hasSuffix(" -->") {
                let body = line.dropFirst("<!-- walkthrough-test: ".count).dropLast(" -->".count)
                steps.append(.edit(words(String(body))))
            }
        }
        return steps
    }

    /// Words, with "double quoted" ones kept whole.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle(); continue }
            if character == " " && !quoted {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    @Test func theWalkthroughRunsAsWritten() throws {
        let steps = try Self.steps()
        #expect(steps.count > 15)
        let work = try CLI.temporaryFolder("readme")
        defer { try? FileManager.default.removeItem(at: work) }
        let path = CLI.binary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        var lastOutput = ""
        for step in steps {
            switch step {
            case .command(let command, let exit):
                #expect(command.hasPrefix("teishutsu ") || command.hasPrefix("printf "), "\(command)")
                let result = try CLI.run(["-c", command], in: work, executable: URL(fileURLWithPath: "/bin/sh"),
                                         environment: ["PATH": path, "TEISHUTSU_LANG": "en"])
                #expect(result.status == exit, "\(command)\n\(result.stdout)\(result.stderr)")
                if command.hasPrefix("teishutsu validate "), exit == 0 {
                    // A report written ahead (init's first month) is said to wait for its month.
                    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
                    #expect(result.stdout.hasSuffix("no problems found.\n") && lines.dropLast(2).allSatisfy { $0.hasPrefix("not checked yet: ") },
                            "\(command)\n\(result.stdout)")
                    // Before April, the report init wrote for it is said to wait, as the README says.
                    if command.contains("--today 2026-01-13") {
                        #expect(result.stdout.contains("not checked yet: setouchi/reports/2026-04.yaml (its month has not begun)\n"), "\(result.stdout)")
                    }
                }
                lastOutput = result.stdout
            case .edit(let words):
                try perform(words, in: work, lastOutput: lastOutput)
            }
        }
        // What the walkthrough promised is there.
        for file in ["setouchi/out/plan.html", "setouchi/out/report-2026-04.html", "setouchi/submitted/plan-r1.record.yaml",
                     "setouchi/submitted/plan-r2.record.yaml", "setouchi/submitted/report-2026-04.record.yaml"] {
            #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent(file).path), "\(file)")
        }
        let report = try String(contentsOf: work.appendingPathComponent("setouchi/out/report-2026-04.html"), encoding: .utf8)
        #expect(report.contains("Q-202604-01"))
    }

    func perform(_ words: [String], in work: URL, lastOutput: String) throws {
        switch words.first {
        case "fill":
            // fill FOLDER FILE… KEY=VALUE…: each TODO(hint) replaced by the value given for its
            // hint, else by the hint's example, else by the hint itself.
            let folder = work.appendingPathComponent(words[1])
            let values = Dictionary(words.dropFirst(2).filter { $0.contains("=") }.map { word -> (String, String) in
                let parts = word.split(separator: "=", maxSplits: 1)
                return (String(parts[0]), String(parts[1]))
            }, uniquingKeysWith: { a, _ in a })
            for file in words.dropFirst(2) where !file.contains("=") {
                let url = folder.appendingPathComponent(file)
                var text = try String(contentsOf: url, encoding: .utf8)
                let pattern = try NSRegularExpression(pattern: #"TODO\(([^)]*)\)"#)
                var searchFrom = text.startIndex
                while let match = pattern.firstMatch(in: text, range: NSRange(searchFrom..., in: text)) {
                    let range = Range(match.range, in: text)!
                    // Only values: a TODO in a comment is the file's instructions.
                    let lineStart = text[..<range.lowerBound].lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
                    if text[lineStart..<range.lowerBound].contains("#") {
                        searchFrom = range.upperBound
                        continue
                    }
                    let hint = String(text[Range(match.range(at: 1), in: text)!])
                    let name = hint.components(separatedBy: " 例 ").first ?? hint
                    let value = values[name] ?? hint.components(separatedBy: " 例 ").dropFirst().first ?? hint.replacingOccurrences(of: " ", with: "")
                    text.replaceSubrange(range, with: value)
                    searchFrom = text.index(range.lowerBound, offsetBy: value.count)
                }
                try text.write(to: url, atomically: false, encoding: .utf8)
            }
        case "replace":
            try Fixtures.edit(work, words[1], replacing: words[2], with: words[3])
        case "paste-revision":
            // What diff printed, pasted at the end of the revisions: list.
            let url = work.appendingPathComponent(words[1])
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            let start = try #require(lines.firstIndex(of: "revisions:                                  # 改訂履歴") ?? lines.firstIndex { $0.hasPrefix("revisions:") })
            var end = start + 1
            while end < lines.count, lines[end].hasPrefix(" ") || lines[end].isEmpty { end += 1 }
            while lines[end - 1].isEmpty { end -= 1 }
            let pasted = lastOutput.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }.map(String.init)
            #expect(!pasted.isEmpty, "diff printed no entry")
            lines.insert(contentsOf: pasted, at: end)
            try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        default:
            Issue.record("unknown walkthrough step \(words)")
        }
    }
}
