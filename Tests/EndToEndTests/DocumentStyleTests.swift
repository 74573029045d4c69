import Foundation
import Testing
import TestSupport

/// What a prefectural reviewer reads: the visible text of every document, in the contract's
/// style; and the style check of what the user wrote.
@Suite(.serialized) struct DocumentStyleTests {
    /// The text a reader sees: tags, attributes, the style sheet and scripts removed.
    static func visibleText(_ html: String) -> String {
        var text = html
        for pattern in [#"<style[\s\S]*?</style>"#, #"<script[\s\S]*?</script>"#, #"<title>[\s\S]*?</title>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        // An inline span adds no space to what is read; other tags part words.
        text = text.replacingOccurrences(of: #"</?span[^>]*>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let range = Range(match.range, in: text)!
            let from = text.index(range.lowerBound, offsetBy: -12, limitedBy: text.startIndex) ?? text.startIndex
            let to = text.index(range.upperBound, offsetBy: 8, limitedBy: text.endIndex) ?? text.endIndex
            return String(text[from..<to])
        }
    }

    @Test func everyDemoDocumentReadsAsAnOfficialDocument() throws {
        let out = try CLI.temporaryFolder("style-out")
        defer { try? FileManager.default.removeItem(at: out) }
        let build = try CLI.run(["build", Fixtures.demo.path, "--output", out.path, "--today", "2026-04-30"])
        #expect(build.status == 0, "\(build.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".html") }.sorted()
        // The plan, twelve reports, three incident reports, the closing record and the year.
        #expect(files.count == 18)
        for file in files {
            let text = Self.visibleText(try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8))
            // No internal code, no field path.
            #expect(Self.matches(#"\b(PLAN|REP|SLA|REQ)-[A-Z0-9]"#, in: text).isEmpty, "\(file): \(Self.matches(#"\b(PLAN|REP|SLA|REQ)-[A-Z0-9]"#, in: text).prefix(3))")
            #expect(Self.matches(#"[a-z]+_[a-z_]+|[a-z_]+\[[^\]]*\]\.[a-z]"#, in: text).isEmpty, "\(file)")
            // Full-width ％ and ：, nothing between a number and its unit.
            #expect(!text.contains("%"), "\(file): \(Self.matches("%", in: text).prefix(3))")
            #expect(Self.matches(#"[\p{Han}\p{Hiragana}\p{Katakana}）]:"#, in: text).isEmpty, "\(file)")
            #expect(Self.matches(#"[0-9０-９][ 　]+(件|回|分|時間|人|％)"#, in: text).isEmpty, "\(file): \(Self.matches(#"[0-9０-９][ 　]+(件|回|分|時間|人|％)"#, in: text).prefix(3))")
            // No abbreviated 和暦 (R5.1): the schedule chart writes 令和５年 and １月.
            #expect(Self.matches(#"\b[MTSHR][0-9]{1,2}\.[0-9]"#, in: text).isEmpty, "\(file): \(Self.matches(#"\b[MTSHR][0-9]{1,2}\.[0-9]"#, in: text).prefix(3))")
            // The demo's digit style is mixed: a one-digit number is full-width.
            let oneDigit = #"(?<![0-9０-９,.:/\-A-Za-z])[0-9](?=版|回|件|時間|日)"#
            #expect(Self.matches(oneDigit, in: text).isEmpty, "\(file): \(Self.matches(oneDigit, in: text).prefix(3))")
        }
        // The wording a reviewer expects.
        let august = Self.visibleText(try String(contentsOf: out.appendingPathComponent("report-2025-08.html"), encoding: .utf8))
        #expect(august.contains("【未達成】"))
        #expect(august.contains("年度当たり３回以内"))
        #expect(august.contains("当月の実施予定なし"))
        #expect(august.contains("サービス稼働率は99.13％（目標99.8％以上、【未達成】）であった。"))
        #expect(august.contains("1,977件") || august.contains("44,640分"))
        // A stop within one day names the day once.
        #expect(august.contains("令和７年８月19日 2:10〜7:45"))
        // The revision in force on the report's day: April 2025 follows revision 2, June 2025 revision 3.
        let april = Self.visibleText(try String(contentsOf: out.appendingPathComponent("report-2025-04.html"), encoding: .utf8))
        #expect(april.contains("準拠する計画書は第２版（令和５年７月３日）である。"))
        // A measure in progress says what its report's measure_status noted beside its status.
        let september = Self.visibleText(try String(contentsOf: out.appendingPathComponent("report-2025-09.html"), encoding: .utf8))
        #expect(september.contains("実施中 補足：切替え判断基準を改定済み。切替え訓練を10月に実施予定"), "\(september)")
        let june = Self.visibleText(try String(contentsOf: out.appendingPathComponent("report-2025-06.html"), encoding: .utf8))
        #expect(june.contains("準拠する計画書は第３版（令和７年６月10日）である。"))
    }

    @Test func inquiriesOfOthersAreShownButNotCountedAndCarriedItemsAreMarked() throws {
        let out = try CLI.temporaryFolder("style-inquiries")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["build", Fixtures.demo.path, "--output", out.path, "--today", "2026-04-30"]).status == 0)
        let october = try String(contentsOf: out.appendingPathComponent("report-2025-10.html"), encoding: .utf8)
        // Q-202510-06, from 汐見市, answered after five open days: listed, outside the level, which is met.
        #expect(october.contains("Q-202510-06"))
        // Why, kept on one line (word-break: keep-all): it had been broken into three lines of three.
        #expect(october.contains("<span class=\"nowrap\">対象外</span><br><span class=\"small reason\">甲以外からの問合せ</span>"))
        #expect(october.contains(".reason { word-break: keep-all; }"))
        #expect(october.contains("(3) 問合せに係る回答時間（目標48時間以内（閉庁日を除く。））　<span class=\"status-met\">達成</span>"))
        // It was answered in November: there it is carried over, with November's part of its time.
        let november = Self.visibleText(try String(contentsOf: out.appendingPathComponent("report-2025-11.html"), encoding: .utf8))
        #expect(november.contains("Q-202510-06"))
        #expect(november.contains("前月からの継続"))
        // From 11/1 to the answer on Wed 11/5 10:00: 11/3 is 文化の日, so 11/4 (1,440) and 11/5 (600) = 2,040 minutes.
        #expect(november.contains("（当月分 34時間）"), "\(november)")
    }

    /// The daily chart: a day under the target says its rate over its bar (the axis starts at
    /// 75, so 76.73's bar is a stub), and the target's label stands right of the plot, off the bars.
    @Test func theDailyChartLabelsTheDaysUnderTheTarget() throws {
        let out = try CLI.temporaryFolder("style-chart")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["build", Fixtures.demo.path, "--output", out.path, "--today", "2026-04-30"]).status == 0)
        let august = try String(contentsOf: out.appendingPathComponent("report-2025-08.html"), encoding: .utf8)
        let values = august.components(separatedBy: "<text class=\"value\"").dropFirst().compactMap { $0.split(separator: ">").dropFirst().first?.split(separator: "<").first }
        #expect(values == ["76.73", "96.52"], "\(values)")
        #expect(august.contains("<text class=\"target-label\" x=\"620\""))
        #expect(august.contains("x2=\"616\""))
    }

    @Test func theRegisterFollowsTheContract() throws {
        let folder = try Fixtures.demoCopy("register")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.withdrawReportRecords(folder)
        try Fixtures.edit(folder, "contract.yaml", replacing: "  date_style: mixed", with: "  date_style: mixed\n  register: desu_masu")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        let august = Self.visibleText(try String(contentsOf: folder.appendingPathComponent("out/report-2025-08.html"), encoding: .utf8))
        #expect(august.contains("サービス実績を次のとおり報告します。"))
        #expect(august.contains("でした。"))
        #expect(!august.contains("であった。"))
        #expect(!august.contains("報告する。"))
    }

    @Test func showIDsPrintsTheIdentifiersForDrafting() throws {
        let out = try CLI.temporaryFolder("style-ids")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["build", Fixtures.demo.path, "--output", out.path, "--today", "2026-04-30", "--show-ids"]).status == 0)
        let plan = try String(contentsOf: out.appendingPathComponent("plan.html"), encoding: .utf8)
        #expect(plan.contains("<span class=\"sid\">PLAN-ORG</span>"))
        #expect(plan.contains("<span class=\"sid\">REQ-CERT</span>"))
    }

    @Test func aCoverLetterWhenTheContractAsksForOne() throws {
        let folder = try Fixtures.demoCopy("letter")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.withdrawReportRecords(folder)
        let plain = try CLI.run(["build", folder.path, "--today", "2026-04-30"])
        #expect(plain.status == 0)
        #expect(!(try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)).contains("class=\"letter\""))
        try Fixtures.edit(folder, "contract.yaml", replacing: "  date_style: mixed", with: """
          date_style: mixed
          cover_letter:
            number: あおば発第　　号
            contact_name: 佐藤 直樹
            contact_department: 公共事業部
            contact_phone: 03-5281-4410
            contact_email: sato.naoki@aoba-cloud.example.jp
        """)
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        let august = Self.visibleText(try String(contentsOf: folder.appendingPathComponent("out/report-2025-08.html"), encoding: .utf8))
        #expect(august.contains("令和７年８月分サービス実績報告書の提出について"))
        #expect(august.contains("下記のとおり提出します。"))
        #expect(august.contains("あおば発第　　号"))
        #expect(august.contains("公共事業部　佐藤 直樹") || august.contains("公共事業部　佐藤\u{00A0}直樹") || august.contains("佐藤 直樹"))
        #expect(!august.contains("印"), "no seal box unless asked")
        let plan = Self.visibleText(try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8))
        #expect(plan.contains("サービス実施計画書（第３版）の提出について"))
        // The annual report has its letter too.
        let annual = Self.visibleText(try String(contentsOf: folder.appendingPathComponent("out/annual-2025.html"), encoding: .utf8))
        #expect(annual.contains("年度報告（令和７年度）の提出について"), "\(annual.prefix(400))")
        #expect(annual.contains("あおば発第　　号"))
        try Fixtures.edit(folder, "contract.yaml", replacing: "    contact_name: 佐藤 直樹", with: "    contact_name: 佐藤 直樹\n    seal: true")
        #expect(try CLI.run(["build", folder.path, "--today", "2026-04-30"]).status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8).contains("<span class=\"seal\" aria-label=\"押印欄\">印</span>"))
    }

    @Test func changesAreWrittenInTheDocumentsWords() throws {
        let folder = try Fixtures.demoCopy("changes")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    capital: ４億8,000万円", with: "    capital: ５億円")
        let entry = try CLI.run(["diff", folder.appendingPathComponent("submitted/plan-r3.yaml").path, folder.path, "--format", "yaml", "--date", "2026-05-01"])
        #expect(entry.stdout.contains("    date: 令和８年５月１日\n"))
        #expect(entry.stdout.contains("\"資本関係・役員等の情報：「株式会社あおばクラウドシステムズ」の資本金を変更（４億8,000万円 → ５億円）\""), "\(entry.stdout)")
        let lines = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8).components(separatedBy: "\n")
        let last = try #require(lines.lastIndex { $0.hasPrefix("      - 連絡体制") })
        var edited = lines
        edited.insert(contentsOf: entry.stdout.split(separator: "\n").dropFirst().map(String.init), at: last + 1)
        try edited.joined(separator: "\n").write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
        #expect(try CLI.run(["submit", folder.path, "--date", "2026-05-01"]).status == 0)
        #expect(try CLI.run(["build", folder.path, "--today", "2026-05-01"]).status == 0)
        let html = try String(contentsOf: folder.appendingPathComponent("out/plan.html"), encoding: .utf8)
        #expect(html.contains("<td>「株式会社あおばクラウドシステムズ」の資本金</td><td>４億8,000万円</td><td><strong>５億円</strong></td>"))
        let text = Self.visibleText(html)
        #expect(text.contains("第４版で変更"))
        #expect(!text.contains("capital"))
    }
}
