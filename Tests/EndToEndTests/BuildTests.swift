import Foundation
import Testing
import TestSupport

/// `teishutsu build samples/demo`: golden HTML and XML, atomic and deterministic output.
@Suite(.serialized) struct BuildTests {
    static let golden = Golden(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))

    @Test func theDemoBuildsToItsGoldenDocuments() throws {
        let output = try CLI.temporaryFolder("demo")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try CLI.run(["build", "samples/demo", "--output", output.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let months = (4...12).map { String(format: "2025-%02d", $0) } + (1...3).map { String(format: "2026-%02d", $0) }
        let duties = ["incident-INC-2025-004", "incident-INC-2025-005", "incident-INC-2025-006", "closing", "annual-2025"]
        let files = ["plan.html", "plan.xml"] + months.flatMap { ["report-\($0).html", "report-\($0).xml"] } + duties.flatMap { ["\($0).html", "\($0).xml"] }
        #expect(result.stdout == files.sorted().map { "wrote \(output.path)/\($0)\n" }.joined())
        // The plan, the month that misses availability, and the month that misses a response.
        for name in ["plan.html", "plan.xml", "report-2025-08.html", "report-2025-08.xml", "report-2026-02.html", "report-2026-02.xml",
                     "incident-INC-2025-004.html", "incident-INC-2025-004.xml", "closing.html", "closing.xml", "annual-2025.html", "annual-2025.xml"] {
            let text = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
            let mismatch = Self.golden.mismatch(text, "demo-\(name)")
            #expect(mismatch == nil, "\(mismatch ?? "")")
        }

        // A second build is byte-identical and leaves the files alone.
        let modified = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("plan.html").path)[.modificationDate] as? Date
        let again = try CLI.run(["build", "samples/demo", "--output", output.path, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stdout == files.sorted().map { "unchanged \(output.path)/\($0)\n" }.joined())
        #expect(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("plan.html").path)[.modificationDate] as? Date == modified)
        // The documents, and the list of what the build wrote (what a later build no longer makes is removed).
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == (files + [".teishutsu-outputs"]).sorted())
        #expect(try String(contentsOf: output.appendingPathComponent(".teishutsu-outputs"), encoding: .utf8) == files.sorted().joined(separator: "\n") + "\n")
    }

    /// The values of the elements named `tag` in a piece of XML, in order.
    static func values(_ tag: String, in xml: Substring) -> [String] {
        xml.components(separatedBy: "<\(tag)>").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    /// The piece of XML between `<tag>` and `</tag>` (the first).
    static func element(_ tag: String, in xml: String) -> Substring {
        guard let start = xml.range(of: "<\(tag)>"), let end = xml.range(of: "</\(tag)>", range: start.upperBound..<xml.endIndex) else { return "" }
        return xml[start.upperBound..<end.lowerBound]
    }

    /// The XML carries what the pages say: the annual XML's year taken together (agreeing with
    /// its months and with the monthly reports' own XML, each month's minutes added) and its
    /// date, an incident report's date, a month's requests.
    @Test func theXMLCarriesWhatThePagesSay() throws {
        let output = try CLI.temporaryFolder("annual")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try CLI.run(["build", "samples/demo", "--output", output.path, "--lang", "en"]).status == 0)
        let annual = try String(contentsOf: output.appendingPathComponent("annual-2025.xml"), encoding: .utf8)
        let months = Self.element("months", in: annual), year = Self.element("year", in: annual)
        func int(_ tag: String, _ xml: Substring) -> [Int] { Self.values(tag, in: xml).compactMap { Int($0) } }
        #expect(int("incidents", year) == [int("incidents", months).reduce(0, +)])
        #expect(int("inquiries", year) == [int("inquiries", months).reduce(0, +)])
        #expect(int("longest_recovery_minutes", year) == [int("longest_recovery_minutes", months).max()!])
        #expect(int("longest_response_minutes", year) == [int("longest_response_minutes", months).max()!])
        var sums = (planned: 0, justified: 0, actual: 0)
        for month in (4...12).map({ String(format: "2025-%02d", $0) }) + (1...3).map({ String(format: "2026-%02d", $0) }) {
            let report = try String(contentsOf: output.appendingPathComponent("report-\(month).xml"), encoding: .utf8)
            // The computed figures (the contract's own service_levels, before them, have no minutes).
            let figures = report[report.range(of: "<as_of>")!.lowerBound...]
            sums.planned += int("planned_minutes", figures).first ?? -1
            sums.justified += int("justified_minutes", figures).first ?? -1
            sums.actual += int("actual_minutes", figures).first ?? -1
        }
        #expect(int("planned_minutes", year) == [sums.planned] && int("justified_minutes", year) == [sums.justified] && int("actual_minutes", year) == [sums.actual])
        // 523,520 ÷ (525,600 − 1,590) = 99.906…％, cut to 99.90 (the page's 年度通算).
        #expect(sums == (525_600, 1_590, 523_520))
        #expect(Self.values("availability_percent", in: year) == ["99.90"])
        // Dated as the year's last report was submitted (令和８年４月９日), as the page is.
        #expect(Self.values("document_date", in: annual[...]) == ["2026-04-09"])
        let html = try String(contentsOf: output.appendingPathComponent("annual-2025.html"), encoding: .utf8)
        #expect(html.contains("令和８年４月９日") && html.contains("99.90％"))
        // An incident report carries its date: the day of its final report.
        let incident = try String(contentsOf: output.appendingPathComponent("incident-INC-2025-004.xml"), encoding: .utf8)
        #expect(Self.values("document_date", in: incident[...]) == ["2025-08-25"])
        // A month's report carries 甲's requests as its page shows them at the month's end:
        // RQ-2025-02 answered in November, closed only in January.
        let november = try String(contentsOf: output.appendingPathComponent("report-2025-11.xml"), encoding: .utf8)
        let requests = Self.element("requests", in: november)
        #expect(Self.values("id", in: requests) == ["RQ-2025-02"] && Self.values("answered_on", in: requests) == ["2025-11-20"], "\(requests)")
        #expect(Self.values("closed_on", in: requests).isEmpty)
        let january = try String(contentsOf: output.appendingPathComponent("report-2026-01.xml"), encoding: .utf8)
        #expect(Self.values("closed_on", in: Self.element("requests", in: january)) == ["2026-01-20"])
        let february = try String(contentsOf: output.appendingPathComponent("report-2026-02.xml"), encoding: .utf8)
        #expect(!february.contains("<requests>"))
    }

    /// A return or hand-over says who carried it out: on the page, and a warning when it does not.
    @Test func theClosingRecordSaysByWhom() throws {
        let output = try CLI.temporaryFolder("closing")
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(try CLI.run(["build", "samples/demo", "--output", output.path, "--lang", "en"]).status == 0)
        let html = try String(contentsOf: output.appendingPathComponent("closing.html"), encoding: .utf8)
        #expect(html.contains("実施：<span class=\"person\">小林\u{00A0}大輔</span>"), "\(html)")
        let folder = try Fixtures.demoCopy("closing-by")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.withdrawReportRecords(folder)
        try Fixtures.edit(folder, "closing.yaml", replacing: "    by: 佐藤 直樹\n", with: "")
        let checked = try CLI.run(["validate", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(checked.status == 0, "\(checked.stdout)")
        #expect(checked.stdout.contains("warning[CLOSING-no-performer]: the return of 操作ログ・監視ログ does not say who carried it out (by)"), "\(checked.stdout)")
        #expect(checked.stdout.components(separatedBy: "CLOSING-no-performer]").count == 2, "\(checked.stdout)")
        #expect(checked.stdout.contains("closing.yaml:17:9"), "\(checked.stdout)")
    }

    /// A telephone number typed in full-width reads in the XML as on the page: half-width digits
    /// and hyphens.
    @Test func aPhoneNumberReadsTheSameInTheXMLAsOnThePage() throws {
        let folder = try Fixtures.demoCopy("phone")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("submitted"))
        try Fixtures.edit(folder, "plan.yaml", replacing: "phone: 03-5281-4410", with: "phone: ０３－５２８１－４４１０")
        let built = try CLI.run(["build", folder.path, "--today", "2026-04-30", "--lang", "en"])
        #expect(built.status == 0, "\(built.stderr)")
        let xml = try String(contentsOf: folder.appendingPathComponent("out/plan.xml"), encoding: .utf8)
        let html = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        #expect(xml.contains("<phone>03-5281-4410</phone>") && !xml.contains("０３"), "\(xml)")
        #expect(html.contains("03-5281-4410") && !html.contains("０３－５２８１"))
    }

    @Test func theDefaultOutputFolderIsInsideTheContractFolder() throws {
        let folder = try CLI.temporaryFolder("contract")
        defer { try? FileManager.default.removeItem(at: folder) }
        for file in ["contract.yaml", "plan.yaml", "reports", "logs", "incidents", "requests", "closing.yaml"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("samples/demo/\(file)"), to: folder.appendingPathComponent(file))
        }
        let result = try CLI.run(["build", folder.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plan.xml").path))
    }

    @Test func everyUserStringIsEscaped() throws {
        let folder = try CLI.temporaryFolder("escape")
        defer { try? FileManager.default.removeItem(at: folder) }
        var contract = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/demo/contract.yaml"), encoding: .utf8)
        var plan = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/demo/plan.yaml"), encoding: .utf8)
        contract = contract.replacingOccurrences(of: "  name: 電子申請・届出クラウドサービス「すまいる申請」", with: "  name: \"<script>alert('x')</script> & \\\"co\\\"\"")
        plan = plan.replacingOccurrences(of: "    answer: 本サービスのログインに関わる", with: "    answer: <img src=x onerror=alert(1)>本サービスのログインに関わる")
        plan = plan.replacingOccurrences(of: "甲の統合認証基盤と SAML 連携し", with: "<b>甲</b>の統合認証基盤と SAML 連携し")
        try contract.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
        try plan.write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        let result = try CLI.run(["build", folder.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        let xml = try String(contentsOf: folder.appendingPathComponent("out/plan.xml"), encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"))
        #expect(!html.contains("<b>甲</b>"))
        #expect(html.contains("&lt;b&gt;甲&lt;/b&gt;"))
        #expect(!xml.contains("<script>"))
        #expect(xml.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; &quot;co&quot;"))
    }

    @Test func aCopiedBinaryStillHasItsTemplates() throws {
        let elsewhere = try CLI.temporaryFolder("bin")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let copy = elsewhere.appendingPathComponent("teishutsu")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let output = elsewhere.appendingPathComponent("out")
        let result = try CLI.run(["build", CLI.packageRoot.appendingPathComponent("samples/demo").path, "--output", output.path],
                                 in: elsewhere, executable: copy)
        #expect(result.status == 0, "\(result.stderr)")
        let golden = try String(contentsOf: Self.golden.folder.appendingPathComponent("demo-plan.html"), encoding: .utf8)
        #expect(try String(contentsOf: output.appendingPathComponent("plan.html"), encoding: .utf8) == golden)
    }

    @Test func templatesCanBeReplacedAndAreChecked() throws {
        let templates = try CLI.temporaryFolder("templates")
        defer { try? FileManager.default.removeItem(at: templates) }
        let output = templates.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: templates.appendingPathComponent("html"), withIntermediateDirectories: true)
        try "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>{{title}}</title></head>\n<body><h1>{{service_name}}</h1></body></html>\n"
            .write(to: templates.appendingPathComponent("html/plan.mustache"), atomically: false, encoding: .utf8)
        let ok = try CLI.run(["build", "samples/demo", "--templates", templates.path, "--output", output.path])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(try String(contentsOf: output.appendingPathComponent("plan.html"), encoding: .utf8).contains("<h1>電子申請・届出クラウドサービス「すまいる申請」</h1>"))

        try "<p>\n{{servise_name}}\n</p>\n".write(to: templates.appendingPathComponent("html/plan.mustache"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: output)
        let bad = try CLI.run(["build", "samples/demo", "--templates", templates.path, "--output", output.path, "--lang", "en"])
        #expect(bad.status == 1)
        #expect(bad.stderr.contains("error[template-unknown-name]: the template asks for 'servise_name', which the view (PlanView) does not have; did you mean 'service_name'?"))
        #expect(bad.stderr.contains("--> \(templates.path)/html/plan.mustache:2:1"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func malformedInputsAreRefusedQuicklyWithALocation() throws {
        // The alias bomb of samples/broken expands to over a billion values; refusing it is immediate.
        let start = Date()
        let result = try CLI.run(["validate", "samples/broken/alias-bomb", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("--> samples/broken/alias-bomb/plan.yaml:"))
        #expect(Date().timeIntervalSince(start) < 10, "generous bound: the real figure is in scripts/benchmark.sh")
    }
}
