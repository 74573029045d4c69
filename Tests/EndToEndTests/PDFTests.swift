import Foundation
import Testing
import TestSupport

/// What is on this machine for printing and reading PDF. CI installs Chromium, fonts-noto-cjk and
/// poppler-utils (.ci/run), so these tests run there; elsewhere they are skipped, and say so.
enum PDFTools {
    static func which(_ name: String) -> String? {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static let chromium = ProcessInfo.processInfo.environment["TEISHUTSU_CHROME"] ?? ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(which).first
    static let available = chromium != nil && which("pdftotext") != nil && which("pdfinfo") != nil

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: which(tool) ?? tool)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite(.serialized, .enabled(if: PDFTools.available, "needs Chromium and poppler-utils"))
struct PDFTests {
    /// The demo with its plan and one report (August 2025, with a missed level and a major failure).
    func august(_ name: String) throws -> URL {
        let folder = try Fixtures.demoCopy(name)
        for month in ["2025-04", "2025-05", "2025-06", "2025-07", "2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"] {
            try FileManager.default.removeItem(at: folder.appendingPathComponent("reports/\(month).yaml"))
        }
        try Fixtures.withdrawReportRecords(folder)
        return folder
    }

    @Test func buildPrintsEachDocumentToTheSameBytesEveryTime() throws {
        let folder = try august("pdf")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try CLI.run(["build", folder.path, "--pdf", "--today", "2026-04-30", "--lang", "en"], timeout: 300)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("wrote \(folder.path)/out/plan.pdf\n"))
        #expect(first.stdout.contains("wrote \(folder.path)/out/report-2025-08.pdf\n"))
        let pdf = folder.appendingPathComponent("out/report-2025-08.pdf")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        // Dated as the document: before it is recorded, the day it would be sent (--today), at midnight in Japan.
        #expect(bytes.range(of: Data("/CreationDate (D:20260430000000+09'00')".utf8)) != nil)
        #expect(bytes.range(of: Data("/ModDate (D:20260430000000+09'00')".utf8)) != nil)
        // A4, more than one page, the report's words on them, fonts embedded.
        let info = try PDFTools.run("pdfinfo", [pdf.path])
        #expect(info.contains("(A4)"))
        let text = try PDFTools.run("pdftotext", ["-layout", pdf.path, "-"])
        #expect(text.contains("サービス実績報告書（令和７年８月分）"))
        let fonts = try PDFTools.run("pdffonts", [pdf.path])
        #expect(!fonts.split(separator: "\n").dropFirst(2).contains { $0.contains(" no ") && !$0.contains("yes") }, "\(fonts)")

        // The plan's table of contents shows the page of each section, as printed.
        let plan = folder.appendingPathComponent("out/plan.pdf")
        let contents = try PDFTools.run("pdftotext", ["-f", "2", "-l", "2", "-layout", plan.path, "-"])
        let requirementsLine = try #require(contents.split(separator: "\n").first { $0.contains("情報セキュリティ要件対応表") })
        let page = try #require(Int(requirementsLine.split(separator: " ").last ?? ""))
        let there = try PDFTools.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", plan.path, "-"])
        #expect(there.contains("情報セキュリティ要件対応表"))
        #expect(there.contains("－ \(page) －") || there.contains("－\(page)－"))

        let second = try CLI.run(["build", folder.path, "--pdf", "--today", "2026-04-30", "--lang", "en"], timeout: 300)
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged \(folder.path)/out/report-2025-08.pdf\n"))
        #expect(second.stdout.contains("unchanged \(folder.path)/out/plan.pdf\n"))
    }

    /// A cover letter (鑑) goes before each document and is not counted: the report's first page is
    /// still page 1, and the plan's table of contents gives the pages as printed on them.
    @Test func aCoverLetterIsNotCounted() throws {
        let folder = try august("pdf-letter")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "contract.yaml", replacing: "document:\n", with: "document:\n  cover_letter:\n    contact_name: 山田 太郎\n")
        let built = try CLI.run(["build", folder.path, "--pdf", "--today", "2026-04-30", "--lang", "en"], timeout: 300)
        #expect(built.status == 0, "\(built.stderr)")
        // The page number as printed, in the demo's digit style (mixed: one digit full-width).
        func number(_ page: Int) -> String {
            page < 10 ? "－" + String(UnicodeScalar(0xFF10 + page)!) + "－" : "－ \(page) －"
        }
        func text(_ pdf: URL, page: Int) throws -> String {
            try PDFTools.run("pdftotext", ["-f", "\(page)", "-l", "\(page)", "-layout", pdf.path, "-"])
        }
        let report = folder.appendingPathComponent("out/report-2025-08.pdf")
        let letter = try text(report, page: 1)
        #expect(letter.contains("記") && letter.contains("以上") && !letter.contains("－"), "\(letter)")
        let first = try text(report, page: 2)
        #expect(first.contains("サービス実績報告書（令和７年８月分）"))
        #expect(first.contains(number(1)), "\(first)")
        #expect(try text(report, page: 3).contains(number(2)))

        // The plan: the letter, the cover (page 1, unnumbered), the table of contents (page 2).
        let plan = folder.appendingPathComponent("out/plan.pdf")
        let contents = try text(plan, page: 3)
        #expect(contents.contains("目次") && contents.contains(number(2)), "\(contents)")
        let requirementsLine = try #require(contents.split(separator: "\n").first { $0.contains("情報セキュリティ要件対応表") })
        let page = try #require(Int(requirementsLine.split(separator: " ").last ?? ""))
        let there = try text(plan, page: page + 1)
        #expect(there.contains("情報セキュリティ要件対応表"))
        #expect(there.contains(number(page)), "\(there)")
    }

    @Test func aTemplateCannotPrintFilesOrRunScripts() throws {
        let folder = try august("pdf-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "SECRET-TOKEN-4711".write(to: secret, atomically: false, encoding: .utf8)
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let builtIn = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Templates/html/report.mustache"), encoding: .utf8)
        let hostile = "<iframe src=\"\(secret.absoluteString)\"></iframe><object data=\"\(secret.absoluteString)\"></object>"
            + "<script>document.write('SCRIPT-' + 'RAN')</script>"
        try builtIn.replacingOccurrences(of: "</body>", with: hostile + "</body>")
            .write(to: templates.appendingPathComponent("report.mustache"), atomically: false, encoding: .utf8)
        let result = try CLI.run(["build", folder.path, "--pdf", "--templates", templates.path, "--today", "2026-04-30"], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try PDFTools.run("pdftotext", [folder.appendingPathComponent("out/report-2025-08.pdf").path, "-"])
        #expect(text.contains("サービス実績報告書"))
        #expect(!text.contains("SECRET-TOKEN-4711"))
        #expect(!text.contains("SCRIPT-RAN"))
    }

    @Test func submitKeepsThePDFAsSent() throws {
        let folder = try august("pdf-submit")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["submit", folder.path, "--report", "2025-08", "--date", "2025-09-09", "--pdf", "--lang", "en"], timeout: 300)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = try Data(contentsOf: folder.appendingPathComponent("submitted/report-2025-08.pdf"))
        #expect(pdf.range(of: Data("/CreationDate (D:20250909000000+09'00')".utf8)) != nil)
        let record = try String(contentsOf: folder.appendingPathComponent("submitted/report-2025-08.record.yaml"), encoding: .utf8)
        #expect(record.contains("  - name: \"report-2025-08.pdf\"\n"))
        #expect(record.contains("bytes: \(pdf.count)\n"))
    }

    @Test func aBrokenEngineIsNamedAndNothingIsWritten() throws {
        let folder = try august("pdf-broken")
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try CLI.run(["build", folder.path, "--pdf", "--today", "2026-04-30", "--lang", "en"], environment: ["TEISHUTSU_CHROME": "/bin/false"])
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("error[output-pdf-failed]: plan.pdf cannot be made: Chromium wrote no PDF (exit status 1)"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
        let missing = try CLI.run(["build", folder.path, "--pdf", "--today", "2026-04-30", "--lang", "en"], environment: ["PATH": "/nonexistent"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error[pdf-engine-missing]: making PDF needs Chromium"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }
}
