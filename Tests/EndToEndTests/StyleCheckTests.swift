import Foundation
import Testing
import TestSupport

/// `validate`'s style check of what the user wrote: each class of problem at its line and
/// column, `--strict` failing on them, each switchable in contract.yaml.
@Suite struct StyleCheckTests {
    /// Lines added to the plan's other matters, each with one problem, and where it is.
    static let samples: [(code: String, content: String, marker: String)] = [
        ("style-number-unit-space", "不審な通信 12 件を確認した。", " 件"),
        ("style-halfwidth-katakana", "ｻｰﾊﾞの保守を行う。", "ｻｰﾊﾞ"),
        ("style-ascii-punctuation", "月次で実施する(年12回)。", "("),
        ("style-mixed-register", "棚卸しを実施した。不要IDはありませんでした。", "不要ID"),
        ("style-digit-style", "点検を年1回実施する。", "1回"),
        ("style-doubled", "手順書をを改訂した。", "をを"),
        ("style-numbering", "1) 検知した者は運用当番へ連絡する。", ") "),
    ]

    func planWithProblems() throws -> (URL, [String: (line: Int, column: Int)]) {
        let folder = try Fixtures.demoCopy("style")
        let notes = Self.samples.enumerated().map { "  - title: 点検\($0.offset)\n    content: \($0.element.content)" }.joined(separator: "\n")
        // A new revision says what changed, so that the plan is otherwise clean.
        let url = folder.appendingPathComponent("plan.yaml")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "other:\n", with: "other:\n" + notes + "\n")
        text = text.replacingOccurrences(of: "      - 連絡体制：障害報告の期限（第一報は検知から１時間以内、続報は復旧まで２時間ごと、最終報告は検知から５開庁日以内）を明記\n",
                                         with: "      - 連絡体制：障害報告の期限（第一報は検知から１時間以内、続報は復旧まで２時間ごと、最終報告は検知から５開庁日以内）を明記\n  - number: 4\n    date: 令和８年４月20日\n    changes:\n      - その他必要な事項：点検の記載を追加\n")
        try text.write(to: url, atomically: false, encoding: .utf8)
        var positions: [String: (line: Int, column: Int)] = [:]
        let lines = text.components(separatedBy: "\n")
        for sample in Self.samples {
            let index = try #require(lines.firstIndex { $0.contains(sample.content) })
            let line = lines[index]
            let offset = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex,
                                                      to: line.range(of: sample.marker)!.lowerBound.samePosition(in: line.unicodeScalars)!)
            positions[sample.code] = (index + 1, offset + 1)
        }
        return (folder, positions)
    }

    @Test func eachClassIsWarnedAtItsCharacters() throws {
        let (folder, positions) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--format", "json", "--lang", "en"])
        #expect(result.status == 0, "warnings only")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]]).filter { ($0["code"] as? String)?.hasPrefix("style-") == true }
        for sample in Self.samples {
            let found = diagnostics.filter { $0["code"] as? String == sample.code && ($0["file"] as? String)?.hasSuffix("plan.yaml") == true }
            let position = try #require(positions[sample.code])
            #expect(found.contains { $0["line"] as? Int == position.line && $0["column"] as? Int == position.column },
                    "\(sample.code) expected at \(position): \(found)")
            #expect(found.allSatisfy { $0["severity"] as? String == "warning" })
        }
        // Nothing else in the plan is flagged (the demo itself is clean); the brackets are two.
        #expect(diagnostics.count == Self.samples.count + 1, "\(diagnostics.map { "\($0["code"]!) \($0["line"]!):\($0["column"]!)" })")
        // The expected text says what to write instead.
        let digit = try #require(diagnostics.first { $0["code"] as? String == "style-digit-style" })
        #expect(digit["expected"] as? String == "１")
        let punctuation = try #require(diagnostics.first { $0["code"] as? String == "style-ascii-punctuation" })
        #expect(punctuation["expected"] as? String == "full-width \"（\"")
        // --strict fails on them.
        #expect(try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--strict"]).status == 1)
    }

    /// A quoted value is read through its escapes, doubled quotes and folded lines, so the
    /// source and the text differ: each problem is still said at its own characters.
    @Test func quotedValuesAreWarnedAtTheirCharacters() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "other:\n", with: #"""
        other:
          - title: 引用1
            content: "ログを\u3000確認し、\"定期\"にｻｰﾊﾞを再起動した。"
          - title: 引用2
            content: "障害の原因を調査し、
              手順書をを改訂した。"
          - title: 引用3
            content: '点検''定期''を実施した。不審な通信 12 件を確認した。'
          - title: &t "定例会(ｻｰﾊﾞ)"
            content: 定例会を開催する。 # 定例会(ｻｰﾊﾞ)
          - title: 引用5
            content: "\r点検ｶﾞｲﾄﾞを改訂した。"
          - title: 引用6
            content: "一行目12
              件です"
          - title: 引用7
            content: "テスト
              　二行目ｶﾞｲﾄﾞ"

        """#)
        try Fixtures.edit(folder, "logs/incidents.csv", replacing: "申請一覧画面の表示が遅くなった（平均８秒）",
                          with: #""申請一覧画面の""表示""が遅くなった(平均８秒)""#)
        // A cell that begins with ' is not quoted (CSV quotes with " only).
        try Fixtures.edit(folder, "logs/incidents.csv", replacing: "申請受付完了メールの送信が最大90分遅延した", with: "'''一覧(ｻｰﾊﾞ)")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--format", "json", "--lang", "en"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]]).filter { ($0["code"] as? String)?.hasPrefix("style-") == true }
        func at(_ code: String, _ file: String, _ line: Int, _ column: Int) -> Bool {
            diagnostics.contains {
                $0["code"] as? String == code && ($0["file"] as? String)?.hasSuffix(file) == true && $0["line"] as? Int == line && $0["column"] as? Int == column
            }
        }
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8).components(separatedBy: "\n")
        let first = try #require(plan.firstIndex { $0.contains("title: 引用1") }) + 2
        // `    content: "` is 14 characters: ログを(3) \u3000(6) 確認し、(4) \"定期\"(6) に(1) before ｻｰﾊﾞ.
        #expect(at("style-halfwidth-katakana", "plan.yaml", first, 15 + 3 + 6 + 4 + 6 + 1), "\(diagnostics)")
        // The second line of a folded value: its 6 spaces of indent, 手順書 before をを.
        #expect(at("style-doubled", "plan.yaml", first + 3, 7 + 3), "\(diagnostics)")
        // '' is one quote in the text and two in the source: 点検''定期''を実施した。不審な通信 12 (22 characters) before " 件".
        #expect(at("style-number-unit-space", "plan.yaml", first + 5, 15 + 22), "\(diagnostics)")
        // The CSV cell: its quote, then 申請一覧画面の""表示""が遅くなった (19 characters) before "(".
        let log = try String(contentsOf: folder.appendingPathComponent("logs/incidents.csv"), encoding: .utf8).components(separatedBy: "\n")
        let row = try #require(log.firstIndex { $0.contains("申請一覧画面の") })
        let cell = try #require(log[row].range(of: "\"申請"))
        let cellColumn = log[row].unicodeScalars.distance(from: log[row].unicodeScalars.startIndex, to: cell.lowerBound.samePosition(in: log[row].unicodeScalars)!) + 1
        #expect(at("style-ascii-punctuation", "incidents.csv", row + 1, cellColumn + 1 + 19), "\(diagnostics)")
        let plain = try #require(log.firstIndex { $0.contains("'''一覧") })
        let plainCell = try #require(log[plain].range(of: "'''一覧"))
        let plainColumn = log[plain].unicodeScalars.distance(from: log[plain].unicodeScalars.startIndex, to: plainCell.lowerBound.samePosition(in: log[plain].unicodeScalars)!) + 1
        #expect(at("style-ascii-punctuation", "incidents.csv", plain + 1, plainColumn + 5), "\(diagnostics)")
        // An anchor before the quote: `  - title: &t "` is 15 characters, then 定例会; nothing on the next line.
        let anchored = try #require(plan.firstIndex { $0.contains("title: &t") }) + 1
        #expect(at("style-ascii-punctuation", "plan.yaml", anchored, 15 + 3 + 1), "\(diagnostics)")
        #expect(at("style-halfwidth-katakana", "plan.yaml", anchored, 15 + 3 + 2), "\(diagnostics)")
        #expect(!diagnostics.contains { ($0["file"] as? String)?.hasSuffix("plan.yaml") == true && $0["line"] as? Int == anchored + 1 }, "\(diagnostics)")
        // \r (read as a line break, trimmed at the start) before 点検: the quote, \r, 点検.
        #expect(at("style-halfwidth-katakana", "plan.yaml", anchored + 3, 14 + 2 + 2 + 1), "\(diagnostics)")
        // A folded line break that is the problem's space: at the line's last character (12's 2), not past it.
        #expect(at("style-number-unit-space", "plan.yaml", anchored + 5, 14 + 5), "\(diagnostics)")
        // A full-width space starting a quoted value's second line is text, not indentation.
        #expect(!result.stdout.contains("yaml-fullwidth-indent"), "\(result.stdout)")
        #expect(at("style-halfwidth-katakana", "plan.yaml", anchored + 9, 11), "\(diagnostics)")
    }

    @Test func eachCheckCanBeTurnedOff() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "contract.yaml", replacing: "  date_style: mixed", with: """
          date_style: mixed
          style_checks:
            number_unit_space: false
            halfwidth_katakana: false
            ascii_punctuation: false
            mixed_register: false
            digit_style: false
            doubled: false
            numbering: false
        """)
        // Revision 4 sent, so that no deadline is open either.
        #expect(try CLI.run(["submit", folder.path, "--date", "2026-04-21"]).status == 0)
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--strict", "--lang", "en"])
        #expect(result.stdout == "no problems found.\n", "\(result.stdout)")
        #expect(result.status == 0)
    }

    @Test func theDigitStyleFollowsTheContract() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Half-width throughout: the demo's full-width one-digit numbers are now the problem.
        try Fixtures.edit(folder, "contract.yaml", replacing: "  date_style: mixed", with: "  date_style: half")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--format", "json", "--lang", "en"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let digits = try #require(json["diagnostics"] as? [[String: Any]]).filter { $0["code"] as? String == "style-digit-style" }
        #expect(!digits.isEmpty)
        #expect(digits.allSatisfy { ($0["message"] as? String)?.contains("half-width") == true })
        #expect(!digits.contains { ($0["message"] as? String)?.contains("\"1\"") == true }, "年1回 is right in half-width style")
    }

    @Test func countsOfFourDigitsOrMoreAreGrouped() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    content: 点検を年1回実施する。", with: "    content: 受付は月1977件、令和７年は2025年。")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--lang", "en"])
        #expect(result.stdout.contains("warning[style-digit-style]: the number \"1977\" has no comma every three digits"))
        #expect(result.stdout.contains("expected: 1,977"))
        #expect(!result.stdout.contains("\"2025\""), "a year is not grouped")
    }

    /// A grouped number or a decimal typed in full-width (１，０３２件, ９９．８％) is one number,
    /// held to the contract's style as a whole; written as the style asks, it passes.
    @Test func groupedNumbersAndDecimalsAreCheckedWhole() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    content: 点検を年1回実施する。",
                          with: "    content: 受付は１，０３２件、稼働率は９９．８％、前月は1,977件で99.5％。")
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--lang", "en"])
        #expect(result.stdout.contains("warning[style-digit-style]: the number \"１，０３２\" breaks the contract's digit style"), "\(result.stdout)")
        #expect(result.stdout.contains("expected: 1,032"))
        #expect(result.stdout.contains("the number \"９９．８\" breaks"))
        #expect(result.stdout.contains("expected: 99.8"))
        #expect(!result.stdout.contains("\"1,977\"") && !result.stdout.contains("\"99.5\""), "written as the style asks")
    }

    /// An item number is one that starts a line with a mark after it (１． or, indented, 2、),
    /// said at the mark; a number that goes on (2.5時間, 1、2回目, 1, 2, 3回目), one referred to
    /// (3）の内容, 1.〜3.), one in brackets or followed by a space, one inside a line, a line
    /// that continues an open bracket and a mark with nothing after it are not item numbers.
    @Test func itemNumbersStartALine() throws {
        let (folder, _) = try planWithProblems()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "plan.yaml", replacing: "    content: 1) 検知した者は運用当番へ連絡する。", with: """
            content: |-
              １．検知した者は連絡する。
                2、運用当番は判断する。
              (3) 業務責任者は報告する。
              4 最終報告を提出する。
              2.5時間以内に復旧する。
              1、2回目の訓練を行う。
              通信は TLS 1.2 以上とする。
              5.
              1, 2, 3回目の訓練を行う。
              3）の内容を確認する。
              1.〜3.の各項目は毎月実施する。
              重大障害の件数（前年度
              2）は減少した。
              3. 件数を確認する。
        """)
        let text = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let first = try #require(lines.firstIndex(of: "      １．検知した者は連絡する。")) + 1
        let second = try #require(lines.firstIndex(of: "        2、運用当番は判断する。")) + 1
        let third = try #require(lines.firstIndex(of: "      3. 件数を確認する。")) + 1
        let result = try CLI.run(["validate", folder.path, "--today", "2026-04-25", "--format", "json", "--lang", "en"])
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        let found = diagnostics.filter { $0["code"] as? String == "style-numbering" }.map { "\($0["line"]!):\($0["column"]!) \($0["expected"]!)" }
        #expect(found == ["\(first):8 \"１ \" (a space after the number) or \"（１）\"", "\(second):10 \"2 \" (a space after the number) or \"（2）\"",
                          // Before a word a number counts, a space would make it a count (3 件数): brackets only.
                          "\(third):8 \"（3）\""],
                "\(found)")
        // The item number is not also a number spaced from its unit (3. 件).
        #expect(!diagnostics.contains { $0["code"] as? String == "style-number-unit-space" && $0["line"] as? Int == third }, "\(diagnostics)")
    }
}
