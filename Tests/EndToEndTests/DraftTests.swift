import Foundation
import Testing
import TestSupport

/// `teishutsu validate` on drafts: XML (XSD, then the rules) and HTML (mandated sections).
@Suite(.serialized) struct DraftTests {
    /// The demo, built once into a temporary folder.
    static let built: URL = {
        let output = try! CLI.temporaryFolder("drafts")
        _ = try! CLI.run(["build", "samples/demo", "--output", output.path, "--today", "2026-04-30"])
        return output
    }()

    func draft(_ name: String, _ edit: (String) -> String) throws -> URL {
        let text = try String(contentsOf: Self.built.appendingPathComponent(name), encoding: .utf8)
        let url = try CLI.temporaryFolder("draft").appendingPathComponent(name)
        try edit(text).write(to: url, atomically: false, encoding: .utf8)
        return url
    }

    func line(_ url: URL, containing marker: String) throws -> Int {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n").firstIndex { $0.contains(marker) }! + 1
    }

    @Test func cleanDraftsPass() throws {
        // The other documents build writes are checked against their XSD as they stand.
        for name in ["plan.xml", "plan.html", "report-2025-08.xml", "report-2025-08.html", "report-2025-12.xml",
                     "incident-INC-2025-004.xml", "closing.xml", "annual-2025.xml"] {
            let result = try CLI.run(["validate", Self.built.appendingPathComponent(name).path, "--lang", "en"])
            #expect(result.status == 0, "\(name): \(result.stdout)")
            #expect(result.stdout == "no problems found.\n")
        }
        // Several at once, on several threads: libxml2's HTML parser reports through each
        // thread's own handler, and printed the drafts' lines to stderr there.
        let names = ["plan.html", "report-2025-08.html", "report-2025-12.xml", "plan.xml"]
        let together = try CLI.run(["validate"] + names.map { Self.built.appendingPathComponent($0).path } + ["--lang", "en"])
        #expect(together.status == 0 && together.stderr.isEmpty, "\(together.stderr)")
    }

    @Test func anXMLDraftMustMatchTheXSD() throws {
        let url = try draft("plan.xml") { $0.replacingOccurrences(of: "<foreign_capital_percent>0</foreign_capital_percent>", with: "<foreign_capital_percent>none</foreign_capital_percent>") }
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[xml-schema]: does not match Templates/xml/plan.xsd: Element '{urn:teishutsu:plan:1}foreign_capital_percent': 'none' is not a valid value of the atomic type 'xs:decimal'."))
        #expect(result.stdout.contains("--> \(url.path):\(try line(url, containing: "<foreign_capital_percent>none"))"))
    }

    @Test func anXMLDraftIsReadBackAndTheRulesRunOnIt() throws {
        // Valid against the XSD (body is optional there) but not against PLAN-AUDIT's rule.
        let url = try draft("plan.xml") { $0.replacingOccurrences(of: "      <body>一般社団法人日本クラウド監査協会</body>\n", with: "") }
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error[PLAN-AUDIT-no-body]: the third-party audit 'AU-02' does not name its auditing body (body)\n"))
        #expect(result.stdout.contains("--> \(url.path):\(try line(url, containing: "<kind>third_party</kind>")):"))
    }

    @Test func aReportDraftsFiguresMustMatchItsLogs() throws {
        let url = try draft("report-2025-08.xml") { $0.replacingOccurrences(of: "<percent>99.13</percent>", with: "<percent>99.80</percent>")
            .replacingOccurrences(of: "<met>false</met>", with: "<met>true</met>") }
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[REP-SLA-mismatch]: service_levels.availability.percent does not match the logs: the draft says 99.80, the logs give 99.13"))
        #expect(result.stdout.contains("error[REP-SLA-mismatch]: service_levels.availability.met does not match the logs: the draft says true, the logs give false"))
    }

    @Test func malformedXMLIsLocated() throws {
        let url = try draft("plan.xml") { $0.replacingOccurrences(of: "</revisions>", with: "</revision>") }
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[xml-syntax]: not well-formed XML: Opening and ending tag mismatch: revisions"))
    }

    @Test func anExternalEntityIsRefusedAndLeaksNothing() throws {
        let folder = try CLI.temporaryFolder("xxe")
        let secret = "TOP-SECRET-\(UUID().uuidString)"
        try secret.write(to: folder.appendingPathComponent("secret.txt"), atomically: false, encoding: .utf8)
        let plan = try String(contentsOf: Self.built.appendingPathComponent("plan.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                                  with: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plan [ <!ENTITY xxe SYSTEM \"file://\(folder.path)/secret.txt\"> ]>\n")
            .replacingOccurrences(of: "<title>瀬戸内県電子申請・届出クラウドサービス提供業務委託契約</title>", with: "<title>&xxe;</title>")
        let url = folder.appendingPathComponent("xxe.xml")
        try plan.write(to: url, atomically: false, encoding: .utf8)
        for format in ["text", "json", "sarif", "github"] {
            let result = try CLI.run(["validate", url.path, "--format", format, "--lang", "en"])
            #expect(result.status == 1)
            #expect(result.stdout.contains("xml-doctype"))
            #expect(!result.stdout.contains(secret) && !result.stderr.contains(secret), "the secret leaked in \(format)")
        }
        let text = try CLI.run(["validate", url.path, "--lang", "en"]).stdout
        #expect(text.hasPrefix("error[xml-doctype]: XML drafts may not declare a DTD or entities (<!DOCTYPE, <!ENTITY); refused unread, as a guard against external entities (XXE) and entity expansion bombs\n --> \(url.path):2:1\n"))
    }

    @Test func anEntityBombIsRefusedAtOnce() throws {
        var entities = "<!ENTITY a \"lol\">"
        for i in 1..<10 {
            let name = Character(Unicode.Scalar(UInt8(97 + i)))
            let previous = Character(Unicode.Scalar(UInt8(96 + i)))
            entities += "<!ENTITY \(name) \"" + String(repeating: "&\(previous);", count: 10) + "\">"
        }
        let folder = try CLI.temporaryFolder("bomb")
        let url = folder.appendingPathComponent("bomb.xml")
        try "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [\(entities)]>\n<plan xmlns=\"urn:teishutsu:plan:1\" version=\"1.0\">&j;</plan>\n"
            .write(to: url, atomically: false, encoding: .utf8)
        let start = Date()
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error[xml-doctype]"))
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func anHTMLDraftMustShowEveryMandatedSection() throws {
        // Without the heading of PLAN-CERT (its content then belongs to the previous section).
        let url = try draft("plan.html") { text in
            text.replacingOccurrences(of: #"<h2><span class="no">10</span>情報セキュリティに関する認証等の内容.*?</h2>"#, with: "<p>認証</p>",
                                      options: .regularExpression)
        }
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error[PLAN-CERT-missing]: the draft has no heading for PLAN-CERT (情報セキュリティに関する認証等の内容)\n"))
    }

    @Test func aHandwrittenHTMLPlanIsCheckedByItsHeadings() throws {
        let folder = try CLI.temporaryFolder("handwritten")
        let url = folder.appendingPathComponent("draft.html")
        let sections = ["乙（再委託先を含む。）の資本関係・役員等の情報", "本サービスの実施体制", "実施内容と実施スケジュール", "連絡体制（障害対応等の緊急時を含む。）",
                        "セキュリティ対策実施計画", "セキュリティ対策の実施体制", "セキュリティ対策の内容（主に技術的対策）", "従事者全員への教育・研修",
                        "セキュリティ監査の内容とスケジュール", "認証等の内容"]
        var html = "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>サービス実施計画書（案）</title></head><body>\n"
        for (i, title) in sections.enumerated() {
            html += "<h2>\(i + 1) \(title)</h2>\n" + (i == 4 ? "\n" : "<p>記載あり</p>\n")
        }
        html += "</body></html>\n"
        try html.write(to: url, atomically: false, encoding: .utf8)
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[PLAN-OTHER-missing]: the draft has no heading for PLAN-OTHER (その他必要な事項)"))
        #expect(result.stdout.contains("error[PLAN-SECPLAN-empty]: the draft's PLAN-SECPLAN (セキュリティ対策実施計画) has no content\n  --> \(url.path):10:1"))
        #expect(result.stdout.hasSuffix("2 errors, 0 warnings\n"))
    }

    @Test func anHTMLPageThatIsNeitherDocumentIsSaidSo() throws {
        let folder = try CLI.temporaryFolder("other")
        let url = folder.appendingPathComponent("index.html")
        try "<!DOCTYPE html><html><head><title>議事録</title></head><body><h1>議事録</h1></body></html>".write(to: url, atomically: false, encoding: .utf8)
        let result = try CLI.run(["validate", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error[html-unknown-document]"))
    }

    @Test func missingInputsAreIOProblems() throws {
        #expect(try CLI.run(["validate", "/nonexistent/plan.xml"]).status == 2)
        #expect(try CLI.run(["validate", "/nonexistent-folder"]).status == 2)
    }
}
