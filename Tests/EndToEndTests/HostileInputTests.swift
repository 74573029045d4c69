import Foundation
import Testing
import TestSupport

/// Inputs as an attacker writes them (the tool runs in CI on pull requests): each ends quickly
/// with a located error and the documented exit status, prints nothing of a file outside the
/// contract folder, and leaves the outputs as they were.
@Suite(.serialized) struct HostileInputTests {
    /// Runs with a short timeout: a hang fails the test instead of the suite.
    func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> CLI.Result {
        let result = try CLI.run(arguments + ["--lang", "en"], environment: environment, timeout: 20)
        #expect(!result.timedOut, "teishutsu \(arguments.joined(separator: " ")) hung")
        return result
    }

    /// With few descriptors allowed (`ulimit -n 24`), a build still writes every output: the
    /// sync of the staged files opens fewer at once when the process may open no more, rather
    /// than fail the build (batches of 64 did, at any limit below about 48).
    @Test func aLowLimitOfOpenFilesStillWritesEveryOutput() throws {
        let (_, expected) = try builtDemo("few-descriptors")
        let folder = try Fixtures.demoCopy("few-descriptors-limited")
        let result = try CLI.run(["-c", "ulimit -n 24 && exec \"$0\" \"$@\"", CLI.binary.path, "build", folder.path, "--today", "2026-04-30", "--lang", "en"],
                                 executable: URL(fileURLWithPath: "/bin/sh"), timeout: 60)
        #expect(!result.timedOut)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try outputs(folder)
        #expect(written.keys.sorted() == expected.keys.sorted())
        for (name, data) in expected where name != ".teishutsu-outputs" { #expect(written[name] == data, "\(name)") }
    }

    /// A demo copy, built once so that its outputs can be compared afterwards.
    func builtDemo(_ name: String) throws -> (URL, [String: Data]) {
        let folder = try Fixtures.demoCopy(name)
        let built = try run(["build", folder.path, "--today", "2026-04-30"])
        #expect(built.status == 0, "\(built.stderr)")
        return (folder, try outputs(folder))
    }

    func outputs(_ folder: URL) throws -> [String: Data] {
        let out = folder.appendingPathComponent("out")
        var result: [String: Data] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? [] {
            result[name] = FileManager.default.contents(atPath: out.appendingPathComponent(name).path) ?? Data()
        }
        return result
    }

    @Test func aLongRunOfDigitsInADateIsAnErrorNotACrash() throws {
        let digits = "2025-01-9999999999999999999"
        let date = try run(["date", digits])
        #expect(date.status == 2 && date.stderr.contains("is not a date"), "\(date.stderr)")
        #expect(try run(["validate", "samples/demo", "--today", digits]).status == 2)
        #expect(try run(["submit", "samples/demo", "--date", "令和99999999999999999年1月1日"]).status == 2)
        let (folder, before) = try builtDemo("digits")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    date: 令和５年１月６日", with: "    date: 令和5年1月99999999999999999999日")
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "month: 2025-08", with: "month: 2025-0899999999999999999999")
        let result = try run(["build", folder.path, "--today", "2026-04-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[yaml-date]") && result.stderr.contains("error[yaml-type]"), "\(result.stderr)")
        #expect(try outputs(folder) == before)
    }

    @Test func aPartialThatIncludesItselfIsAnError() throws {
        let (folder, before) = try builtDemo("partial")
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{> style}}\n".write(to: templates.appendingPathComponent("style.mustache"), atomically: false, encoding: .utf8)
        let result = try run(["build", folder.path, "--templates", templates.path, "--today", "2026-04-30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[template-recursive-partial]"), "\(result.stderr)")
        // Said once, at its place, not once for each document that includes the style.
        #expect(result.stderr.components(separatedBy: "error[template-recursive-partial]").count == 2, "\(result.stderr)")
        #expect(try outputs(folder) == before)
    }

    @Test func aNamedPipeAnywhereIsRefusedWithoutWaiting() throws {
        for file in ["plan.yaml", "contract.yaml", "reports/2025-08.yaml", "logs/incidents.csv"] {
            let folder = try Fixtures.demoCopy("fifo")
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent(file).path
            try FileManager.default.removeItem(atPath: path)
            #expect(mkfifo(path, 0o644) == 0)
            let result = try run(["build", folder.path, "--today", "2026-04-30"])
            #expect(result.status == 1, "\(file): \(result.stderr)")
            #expect(result.stderr.contains("is not a regular file (a named pipe)"), "\(file): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        }
        let folder = try Fixtures.temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("contract.yaml").path
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(try run(["sla", "--month", "2025-08", "--contract", pipe]).status == 1)
        #expect(try run(["calendar", "closed", "2025", "--contract", pipe]).status == 2)
        let templates = folder.appendingPathComponent("t")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(mkfifo(templates.appendingPathComponent("plan.mustache").path, 0o644) == 0)
        let build = try run(["build", "samples/demo", "--output", folder.appendingPathComponent("out").path, "--templates", templates.path])
        #expect(build.status == 1 && build.stderr.contains("error[template-unreadable]"), "\(build.stderr)")
    }

    @Test func filesOutsideTheFolderAreNeitherReadNorEchoed() throws {
        let secret = try Fixtures.temporaryFolder("secret")
        defer { try? FileManager.default.removeItem(at: secret) }
        let token = "TOKEN-\(UUID().uuidString)"
        try "id,occurred_at\n\(token),x\n".write(to: secret.appendingPathComponent("secret.csv"), atomically: false, encoding: .utf8)
        let (folder, before) = try builtDemo("outside")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "  incidents: ../logs/incidents.csv", with: "  incidents: /proc/self/environ")
        try Fixtures.edit(folder, "reports/2025-09.yaml", replacing: "  incidents: ../logs/incidents.csv", with: "  incidents: \(secret.path)/secret.csv")
        try Fixtures.edit(folder, "contract.yaml", replacing: "  date_style: mixed", with: "  date_style: mixed\n  requirements_catalog: ../../../../../../etc/passwd")
        // A symbolic link inside the folder that leads outside is outside too.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("logs/inquiries.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("logs/inquiries.csv").path,
                                                   withDestinationPath: secret.appendingPathComponent("secret.csv").path)
        for format in ["text", "json", "sarif", "github"] {
            let result = try run(["validate", folder.path, "--format", format], environment: ["SECRET_TOKEN": token])
            #expect(result.status == 1)
            let all = result.stdout + result.stderr
            #expect(!all.contains(token) && !all.contains("root:x:0") && !all.contains("SECRET_TOKEN"), "\(format) printed a file outside the folder")
            #expect(all.contains("path-outside-folder"), "\(format)")
        }
        let text = try run(["validate", folder.path])
        #expect(text.stdout.contains("/proc/self/environ is outside the contract folder (not read)"), "\(text.stdout)")
        #expect(try outputs(folder) == before)
        // Allowed on the command line, a folder may be read.
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "  incidents: /proc/self/environ", with: "  incidents: ../logs/incidents.csv")
        try Fixtures.edit(folder, "contract.yaml", replacing: "  requirements_catalog: ../../../../../../etc/passwd", with: "")
        let allowed = try run(["validate", folder.path, "--allow-path", secret.path])
        #expect(!allowed.stdout.contains("path-outside-folder"), "\(allowed.stdout)")
    }

    @Test func recordsThatHideEachOtherAreRefused() throws {
        let folder = try Fixtures.demoCopy("records-hide")
        defer { try? FileManager.default.removeItem(at: folder) }
        let submitted = folder.appendingPathComponent("submitted")
        // A second record of a recorded report, under another name.
        try FileManager.default.copyItem(at: submitted.appendingPathComponent("report-2025-08.record.yaml"),
                                         to: submitted.appendingPathComponent("zz.record.yaml"))
        let twice = try run(["validate", folder.path, "--today", "2026-04-20", "--lang", "en"])
        #expect(twice.status == 1, "\(twice.stdout)")
        #expect(twice.stdout.contains("error[SUBMIT-record-duplicate]: report-2025-08 has two submission records (report-2025-08.record.yaml and zz.record.yaml)"),
                "\(twice.stdout)")
        #expect(twice.stdout.contains("error[SUBMIT-record-file-name]: the submission record zz.record.yaml records report-2025-08"), "\(twice.stdout)")
        try FileManager.default.removeItem(at: submitted.appendingPathComponent("zz.record.yaml"))
        // A record dated after the day of the check is said, and does not date the report.
        try Fixtures.edit(folder, "submitted/report-2025-08.record.yaml", replacing: "submitted_on: 2025-09-09", with: "submitted_on: 2099-12-31")
        let later = try run(["validate", folder.path, "--today", "2026-04-20", "--lang", "en"])
        #expect(later.stdout.contains("warning[SUBMIT-record-after-today]: the performance report for 2025-08 is recorded as submitted on 2099-12-31"),
                "\(later.stdout)")
        let out = folder.appendingPathComponent("out-later")
        #expect(try run(["build", folder.path, "--today", "2026-04-20", "--output", out.path, "--quiet"]).status == 0)
        let xml = try String(contentsOf: out.appendingPathComponent("report-2025-08.xml"), encoding: .utf8)
        #expect(xml.contains("<as_of>2026-04-20</as_of>") && !xml.contains("2099"))
        // submit refuses a day still to come.
        let future = try run(["submit", folder.path, "--report", "2025-09", "--date", "2099-12-31", "--lang", "en"])
        #expect(future.status == 2 && future.stderr.contains("is after today"), "\(future.stderr)")
        #expect(try run(["submit", folder.path, "--report", "0000-01", "--lang", "en"]).status == 2)
    }

    @Test func twoReportsForAMonthTagsAndCapitalExtensions() throws {
        let folder = try Fixtures.demoCopy("months-tags")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.copyItem(at: reports.appendingPathComponent("2025-07.yaml"), to: reports.appendingPathComponent("2025-07.yml"))
        // Saved with a capital extension, a report is read (not skipped without a word).
        try FileManager.default.moveItem(at: reports.appendingPathComponent("2025-09.yaml"), to: reports.appendingPathComponent("2025-09.YAML"))
        // A report named for year 0 is a file-name problem, not a crash.
        try "month: 0000-01\n".write(to: reports.appendingPathComponent("0000-01.yaml"), atomically: false, encoding: .utf8)
        try Fixtures.edit(folder, "contract.yaml", replacing: "  title: ", with: "  title: !!binary ")
        let result = try run(["validate", folder.path, "--today", "2026-04-20", "--lang", "en"])
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.contains("error[REP-file-name]: there are two reports for 2025-07 (2025-07.yaml and 2025-07.yml); keep one"), "\(result.stdout)")
        #expect(result.stdout.contains("error[yaml-syntax]: YAML tags (!!binary) are not supported"), "\(result.stdout)")
        #expect(result.stdout.contains("report files are named YYYY-MM.yaml (e.g. 2024-03.yaml): 0000-01.yaml"), "\(result.stdout)")
        #expect(!result.stdout.contains("MEASURE-"), "the 2025-09 report was read: \(result.stdout)")
        // A report for a mistyped year, after the contract and not begun, is said, not left to vanish.
        try Fixtures.edit(folder, "contract.yaml", replacing: "  title: !!binary ", with: "  title: ")
        try "month: 2062-01\n".write(to: reports.appendingPathComponent("2062-01.yaml"), atomically: false, encoding: .utf8)
        let later = try run(["validate", folder.path, "--today", "2026-04-20", "--lang", "en"])
        #expect(later.stdout.contains("error[REP-outside-contract]: the month 2062-01 is outside the contract period"), "\(later.stdout)")
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func aLateIncidentReportIsAFindingNotABlock() throws {
        let folder = try Fixtures.demoCopy("late-incident")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        // Detected at 2:15, promised within 60 minutes, reported at 3:40.
        try Fixtures.edit(folder, "incidents/INC-2025-004.yaml", replacing: "    at: 2025-08-19T03:05", with: "    at: 2025-08-19T03:40")
        let checked = try run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(checked.stdout.contains("warning[INCIDENT-first-report-late]: the first report came 1 hour 25 minutes after detection"), "\(checked.stdout)")
        let out = folder.appendingPathComponent("out-late")
        let built = try run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"])
        #expect(built.status == 0, "\(built.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("incident-INC-2025-004.html"), encoding: .utf8)
        #expect(html.contains("【期限超過】"))
    }

    /// An incident's files are named after its id (incident-<ID>.html, and the record of its
    /// sending, incident-<ID>.record.yaml): an id too long for a file name, or holding a line
    /// break, is refused by validate where it is written, not by the file system mid-build, and
    /// a build never writes a list of outputs that a line break would make name other files.
    @Test func anIncidentIDThatCannotNameAFileIsRefusedByValidate() throws {
        let folder = try Fixtures.demoCopy("long-id")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        func rename(to id: String, from old: String, quoted: Bool = false) throws {
            let written = quoted ? "\"" + id.replacingOccurrences(of: "\n", with: "\\n") + "\"" : id
            try Fixtures.edit(folder, "logs/incidents.csv", replacing: (old.contains("\n") ? "\"\(old)\"" : old) + ",",
                              with: (id.contains("\n") ? "\"\(id)\"" : id) + ",")
            let file = try String(contentsOf: folder.appendingPathComponent("incidents/\(old).yaml"), encoding: .utf8)
            let line = try #require(file.split(separator: "\n").first { $0.hasPrefix("id: ") })
            try Fixtures.edit(folder, "incidents/\(old).yaml", replacing: String(line), with: "id: \(written)")
            try FileManager.default.moveItem(at: folder.appendingPathComponent("incidents/\(old).yaml"),
                                             to: folder.appendingPathComponent("incidents/\(id).yaml"))
        }
        // 234 bytes: incident-<ID>.record.yaml is 255 bytes, the longest name a file may have.
        let longest = "INC-" + String(repeating: "障", count: 76) + "-1"
        #expect(longest.utf8.count == 234)
        try rename(to: longest, from: "INC-2025-006")
        let out = folder.appendingPathComponent("out")
        let built = try run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"])
        #expect(built.status == 0, "\(built.stdout)\(built.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("incident-\(longest).xml").path))
        let submitted = try run(["submit", folder.path, "--incident", longest, "--date", "2025-11-07"])
        #expect(submitted.status == 0, "\(submitted.stdout)\(submitted.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let before = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()

        let tooLong = longest + "1"
        try rename(to: tooLong, from: longest)
        let checked = try run(["validate", folder.path, "--today", "2026-04-30"])
        #expect(checked.status == 1, "\(checked.stdout)")
        #expect(checked.stdout.contains("error[INCIDENT-file-name]: the incident id is too long to name its documents (incident-<ID>.html): 235 bytes"), "\(checked.stdout)")
        #expect(checked.stdout.contains("incidents/\(tooLong).yaml:3:5"), "\(checked.stdout)")
        let refused = try run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"])
        #expect(refused.status == 1 && refused.stderr.contains("INCIDENT-file-name") && !refused.stderr.contains("File name too long"), "\(refused.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == before)
        // In the log only (its report not yet made): said there, not sent to `init`, which refuses it.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("incidents/\(tooLong).yaml"))
        let logged = try run(["validate", folder.path, "--today", "2026-04-30"])
        #expect(logged.stdout.contains("error[INCIDENT-file-name]: the incident id is too long") && logged.stdout.contains("logs/incidents.csv:7:1"), "\(logged.stdout)")
        #expect(!logged.stdout.contains("INCIDENT-report-missing"), "\(logged.stdout)")
        let made = try run(["init", folder.path, "--incident", tooLong])
        #expect(made.status == 2 && made.stderr.contains("too long to name its documents"), "\(made.stderr)")
        let request = try run(["init", folder.path, "--request", String(repeating: "R", count: 251)])
        #expect(request.status == 2 && request.stderr.contains("too long to name a file (251 bytes; at most 250)"), "\(request.stderr)")

        // A line break in an id, with a file X.html of the user's beside the outputs.
        try Fixtures.edit(folder, "logs/incidents.csv", replacing: tooLong + ",", with: "\"INC\nX\",")
        let report = folder.appendingPathComponent("incidents/INC\nX.yaml")
        try String(contentsOf: folder.appendingPathComponent("incidents/INC-2025-005.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "id: INC-2025-005", with: "id: \"INC\\nX\"").write(to: report, atomically: false, encoding: .utf8)
        try Data("mine".utf8).write(to: out.appendingPathComponent("X.html"))
        let broken = try run(["validate", folder.path, "--today", "2026-04-30"])
        #expect(broken.stdout.contains("error[INCIDENT-file-name]: the incident id holds a control character or a line break"), "\(broken.stdout)")
        #expect(try run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"]).status == 1)
        #expect(FileManager.default.contents(atPath: out.appendingPathComponent("X.html").path) == Data("mine".utf8))
    }

    /// The plan promises an update every two hours until recovery (update_every_minutes: 120).
    /// INC-2025-004: first report 3:05, updates 5:00 and 7:00, recovered 7:45, update 7:55.
    /// Without the 7:00 update, nothing came between 5:00 and the recovery (due by 7:00); with
    /// the 5:00 one at 5:30, it came 2 hours 25 minutes after the first.
    @Test func anUpdateLaterThanThePlanPromisesIsAFinding() throws {
        let folder = try Fixtures.demoCopy("late-update")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        let file = folder.appendingPathComponent("incidents/INC-2025-004.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let seven = "  - kind: update\n    at: 2025-08-19T07:00\n    to: 瀬戸内県 デジタル行政推進課 西村\n    by: 佐藤 直樹\n    means: 電話及びメール\n    content: 大阪拠点への切替えを終え、再開前の動作確認を行っていることを報告した。\n"
        #expect(original.contains(seven))
        try original.replacingOccurrences(of: seven, with: "").write(to: file, atomically: false, encoding: .utf8)
        let silent = try run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(silent.status == 0, "\(silent.stdout)")
        #expect(silent.stdout.contains("warning[INCIDENT-update-late]: no report between the last one (5:00) and recovery (2025-08-19 07:45), against the plan's promise (every 2 hours until recovery)"), "\(silent.stdout)")
        #expect(silent.stdout.components(separatedBy: "INCIDENT-update-late").count == 2, "\(silent.stdout)")
        let out = folder.appendingPathComponent("out-late")
        #expect(try run(["build", folder.path, "--today", "2026-04-30", "--output", out.path, "--quiet"]).status == 0)
        let html = try String(contentsOf: out.appendingPathComponent("incident-INC-2025-004.html"), encoding: .utf8)
        #expect(html.contains("、続報 第一報の後、復旧まで２時間ごと、最終報告"), "\(html)")
        #expect(html.contains("【期限超過】<span class=\"nowrap\">（令和７年８月19日 7:00</span>まで）"), "\(html)")

        try original.replacingOccurrences(of: "    at: 2025-08-19T05:00", with: "    at: 2025-08-19T05:30").write(to: file, atomically: false, encoding: .utf8)
        let late = try run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(late.stdout.contains("warning[INCIDENT-update-late]: this report came 2 hours 25 minutes after the one before (3:05), later than the plan promises (every 2 hours until recovery)"), "\(late.stdout)")
        #expect(late.stdout.components(separatedBy: "INCIDENT-update-late").count == 2, "\(late.stdout)")

        // A later revision promising updates every hour does not judge August's incident, which
        // revision 3 (every two hours, as sent) was in force for.
        try original.write(to: file, atomically: false, encoding: .utf8)
        let submitted = folder.appendingPathComponent("submitted")
        try FileManager.default.createDirectory(at: submitted, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: "samples/demo/submitted/plan-r3.yaml"), to: submitted.appendingPathComponent("plan-r3.yaml"))
        try Fixtures.edit(folder, "plan.yaml", replacing: "  update_every_minutes: 120", with: "  update_every_minutes: 60")
        try Fixtures.edit(folder, "plan.yaml", replacing: "最終報告は検知から５開庁日以内）を明記\n",
                          with: "最終報告は検知から５開庁日以内）を明記\n  - number: 4\n    date: 令和７年12月１日\n    changes:\n      - 連絡体制：続報の間隔を１時間に短縮\n")
        let revised = try run(["validate", folder.path, "--today", "2026-04-30"])
        #expect(!revised.stdout.contains("INCIDENT-update-late"), "\(revised.stdout)")

        // Not recovered: by the day judged, an update was owed two hours after the last report.
        try Fixtures.edit(folder, "logs/incidents.csv", replacing: "INC-2025-004,2025-08-19T02:10,2025-08-19T07:45,", with: "INC-2025-004,2025-08-19T02:10,,")
        let ongoing = try run(["validate", folder.path, "--today", "2025-08-27"])
        #expect(ongoing.stdout.contains("warning[INCIDENT-update-late]: the incident has not recovered and nothing was reported after the last report (2025-08-25 10:00)"), "\(ongoing.stdout)")
    }

    @Test func linksThatLeadNowhereAreNamedAsSuch() throws {
        let root = try Fixtures.temporaryFolder("links")
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a").path, b = root.appendingPathComponent("b").path
        let dangling = root.appendingPathComponent("dangling").path, plain = root.appendingPathComponent("plain.txt").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: root.appendingPathComponent("gone").path)
        try "x".write(toFile: plain, atomically: false, encoding: .utf8)
        let loop = try run(["validate", a])
        #expect(loop.status == 2 && loop.stdout.contains("\(a) is a symbolic link that loops back on itself"), "\(loop.stdout)")
        let nowhere = try run(["build", dangling, "--output", root.appendingPathComponent("out").path])
        #expect(nowhere.status == 2 && (nowhere.stdout + nowhere.stderr).contains("the contract folder \(dangling) is a symbolic link to something that does not exist"),
                "\(nowhere.stderr)")
        let file = try run(["build", plain, "--output", root.appendingPathComponent("out").path])
        #expect(file.status == 2 && (file.stdout + file.stderr).contains("\(plain) is not a folder"), "\(file.stderr)")
        let missing = try run(["validate", root.appendingPathComponent("gone").path])
        #expect(missing.stdout.contains("gone does not exist"), "\(missing.stdout)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path))
    }

    /// The YAML library reads an environment variable that makes it print a line to standard
    /// output; the tool never lets it, so the JSON of a CI step stays JSON whatever is set.
    @Test func theEnvironmentDoesNotReachStandardOutput() throws {
        let plain = try run(["validate", "samples/demo", "--today", "2026-04-30", "--format", "json"])
        for value in ["UTF16", "utf8"] {
            let set = try run(["validate", "samples/demo", "--today", "2026-04-30", "--format", "json"],
                              environment: ["YAMS_DEFAULT_ENCODING": value])
            #expect(set.status == plain.status)
            #expect(set.stdout == plain.stdout, "YAMS_DEFAULT_ENCODING=\(value) changed the output")
        }
    }

    @Test func aHugeOneLinePlanEndsQuicklyWithBoundedOutput() throws {
        let folder = try Fixtures.demoCopy("oneline", only: ["contract.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Array(repeating: "{bad: 1}", count: 10_000).joined(separator: ", ")
        try "revisions: [\(items)]\n".write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        let result = try run(["validate", folder.path])
        #expect(result.status == 1)
        // 10,000 problems, 50 printed (each with a window of the line), the rest counted.
        #expect(result.stdout.utf8.count < 200_000, "\(result.stdout.utf8.count) bytes")
        #expect(result.stdout.contains("more problems yaml-unknown-key in"), "\(result.stdout.suffix(500))")
        // A CSV header with 20,000 extra columns likewise.
        let wide = try Fixtures.demoCopy("wide")
        defer { try? FileManager.default.removeItem(at: wide) }
        let header = "id,occurred_at,recovered_at,impact,summary,response,countermeasure," + (0..<20_000).map { "x\($0)" }.joined(separator: ",")
        try (header + "\n").write(to: wide.appendingPathComponent("logs/incidents.csv"), atomically: false, encoding: .utf8)
        let csv = try run(["validate", wide.path])
        #expect(csv.status == 1 && csv.stdout.utf8.count < 200_000)
    }

    @Test func whatBuildWouldRejectValidateRejectsFirst() throws {
        for bad in ["\u{7F}", "\u{FFFE}", "\u{1B}[31m"] {
            let folder = try Fixtures.demoCopy("del")
            defer { try? FileManager.default.removeItem(at: folder) }
            try Fixtures.edit(folder, "logs/incidents.csv", replacing: "申請一覧画面の表示が遅くなった", with: "申請一覧画面の表示が\(bad)遅くなった")
            let validate = try run(["validate", folder.path])
            #expect(validate.status == 1)
            #expect(validate.stdout.contains("error[text-control-character]"), "\(validate.stdout)")
            // The character is shown, never printed raw.
            #expect(!validate.stdout.contains("\u{1B}[31m") && !validate.stdout.contains("\u{7F}"))
        }
    }

    /// A key with a line break and an escape in it (a double-quoted YAML key) is quoted in the
    /// diagnostic's first line, which stays one line; the escape is shown, never sent.
    @Test func aKeyWithALineBreakKeepsTheDiagnosticOnOneLine() throws {
        let folder = try Fixtures.demoCopy("keybreak", only: ["contract.yaml", "plan.yaml"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let contract = folder.appendingPathComponent("contract.yaml")
        let text = try String(contentsOf: contract, encoding: .utf8)
        try (text + "\"bad\\e[31mkey\\nline2\": 1\n").write(to: contract, atomically: false, encoding: .utf8)
        let result = try run(["validate", folder.path])
        #expect(result.status == 1)
        let header = result.stdout.split(separator: "\n").first { $0.hasPrefix("error[yaml-unknown-key]") }
        #expect(header?.contains("bad\\u{1B}[31mkey\\u{A}line2") == true, "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}[31m"))
        #expect(!result.stdout.contains("\nline2"), "\(result.stdout)")
    }

    @Test func theLesserOnes() throws {
        let folder = try Fixtures.demoCopy("lesser")
        defer { try? FileManager.default.removeItem(at: folder) }
        // UTF-16 is named as such.
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        try plan.data(using: .utf16)?.write(to: folder.appendingPathComponent("plan.yaml"))
        let utf16 = try run(["validate", folder.path])
        #expect(utf16.stdout.contains("is not UTF-8 (UTF-16)"), "\(utf16.stdout)")
        // A NUL in UTF-8 text is named where it is, not taken for UTF-16.
        try ("\0" + plan).write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        let nul = try run(["validate", folder.path])
        #expect(!nul.stdout.contains("UTF-16") && nul.stdout.contains("plan.yaml:1:1"), "\(nul.stdout)")
        try plan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        // CR-only line endings are named.
        let csv = try String(contentsOf: folder.appendingPathComponent("logs/maintenance.csv"), encoding: .utf8)
        try csv.replacingOccurrences(of: "\n", with: "\r").write(to: folder.appendingPathComponent("logs/maintenance.csv"), atomically: false, encoding: .utf8)
        let cr = try run(["validate", folder.path])
        #expect(cr.stdout.contains("error[csv-line-endings]") && !cr.stdout.contains("csv-unknown-column"), "\(cr.stdout)")
        try csv.write(to: folder.appendingPathComponent("logs/maintenance.csv"), atomically: false, encoding: .utf8)
        // sla --contract with a file that is not a contract is refused.
        let passwd = try run(["sla", "--month", "2025-05", "--contract", "/etc/passwd"])
        #expect(passwd.status == 1 && passwd.stderr.contains("error[yaml-type]"), "\(passwd.stderr)")
        // submit when submitted/ is a file says so.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        try "x".write(to: folder.appendingPathComponent("submitted"), atomically: false, encoding: .utf8)
        let submit = try run(["submit", folder.path, "--date", "2025-06-10"])
        #expect(submit.status == 2 && submit.stderr.contains("is not a folder"), "\(submit.stderr)")
        #expect(!submit.stderr.contains("Failure("))
        // A YAML file of many values without aliases is not an alias problem.
        let many = (0..<260_000).map { "  - n\($0)" }.joined(separator: "\n")
        try ("revisions:\n" + many + "\n").write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        let large = try run(["validate", folder.path])
        #expect(large.stdout.contains("yaml-too-many-values") && !large.stdout.contains("alias"), "\(large.stdout.prefix(600))")
    }

    @Test func aDraftNestedTooDeeplySaysOnlyThat() throws {
        let folder = try Fixtures.temporaryFolder("deep")
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = "<html><head><title>サービス実施計画書</title></head><body>" + String(repeating: "<div>", count: 5000) + "</body></html>"
        try html.write(to: folder.appendingPathComponent("deep.html"), atomically: false, encoding: .utf8)
        let result = try run(["validate", folder.appendingPathComponent("deep.html").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[html-too-deep]") && !result.stdout.contains("-missing"), "\(result.stdout)")
    }

    @Test func aSubmittedHistoryRewrittenIsSeen() throws {
        let folder = try Fixtures.demoCopy("history")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    date: 令和５年７月３日", with: "    date: 令和５年７月４日")
        let validate = try run(["validate", folder.path, "--today", "2026-04-30"])
        #expect(validate.stdout.contains("error[PLAN-REV-history-rewritten]"), "\(validate.stdout)")
        let diff = try run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.appendingPathComponent("plan.yaml").path])
        #expect(diff.status == 1)
        #expect(diff.stdout.contains("revisions[2].date"), "\(diff.stdout)")
    }
}
