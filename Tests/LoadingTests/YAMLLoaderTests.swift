import DocumentModel
import Foundation
import Testing
import TestSupport
@testable import Loading

@Suite struct YAMLLoaderTests {
    func load(_ yaml: String, schema: ObjectSchema = CatalogSchema.root) -> (ObjectValue?, [Diagnostic]) {
        YAMLLoader.parse(yaml, file: "c.yaml", schema: schema)
    }

    func summary(_ d: Diagnostic) -> String {
        "\(d.code.id) \(d.span.map { "\($0.line):\($0.column)" } ?? "-") \(d.message.english)"
    }

    /// A tag is refused where it is written and named as written, after an anchor, in a flow
    /// collection, after Japanese text, with CR LF line ends.
    @Test func aTagIsNamedAsWritten() throws {
        func tags(_ yaml: String) -> [String] { load(yaml).1.filter { $0.message.english.hasPrefix("YAML tags") }.map(summary) }
        let refused = "are not supported: every value is read as its field's type"
        #expect(tags("name: !<tag:yaml.org,2002:int> 5\n") == ["yaml-syntax 1:7 YAML tags (!<tag:yaml.org,2002:int>) " + refused])
        #expect(tags("name: 日本語\nx: &a !!int 5\n") == ["yaml-syntax 2:4 YAML tags (!!int) " + refused])
        #expect(tags("name: 瀬戸内\nx: [1, !foo 2]\ny: {k: !bar 1}\n") == [
            "yaml-syntax 2:8 YAML tags (!foo) " + refused, "yaml-syntax 3:8 YAML tags (!bar) " + refused])
        #expect(tags("name: a\r\nx: !local\r\n  k: 1\r\n") == ["yaml-syntax 2:4 YAML tags (!local) " + refused])
    }

    /// Collections nested more than 100 deep are refused where the one too deep begins, however
    /// they are written: flow, block, `- - -` on one line (which no look at the text's brackets
    /// and indentation counts), and a long run of `[` that libyaml's own limit stops first.
    @Test func nestingDeeperThanAHundredIsRefused() throws {
        func deep(_ yaml: String) -> [String] { load(yaml).1.map(summary) }
        let tooDeep = "the YAML is nested too deeply (at most 100 levels)"
        // The root mapping is the first level.
        #expect(deep("name: " + String(repeating: "[", count: 99) + String(repeating: "]", count: 99) + "\n")
                .allSatisfy { !$0.contains("nested too deeply") })
        #expect(deep("name: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n")
                == ["yaml-syntax 1:106 " + tooDeep])
        var block = "name: x\nrequirements:\n"
        for level in 1...120 { block += String(repeating: "  ", count: level) + "k\(level):\n" }
        #expect(deep(block + String(repeating: "  ", count: 121) + "v: 1\n") == ["yaml-syntax 102:201 " + tooDeep])
        #expect(deep("requirements:\n" + String(repeating: "- ", count: 150) + "x\n") == ["yaml-syntax 2:199 " + tooDeep])
        // libyaml's own limit met first: said where level 101 begins all the same, brackets in
        // quotes and comments not counted, after Japanese text and an escaped quote.
        #expect(deep("name: " + String(repeating: "[", count: 200_000) + "\n") == ["yaml-syntax 1:106 " + tooDeep])
        #expect(deep("note: 日本語\nname: ['[{', \"\\\"[\", # [[[\n  " + String(repeating: "{a: [", count: 100_000) + "\n")
                == ["yaml-syntax 3:\(3 + 5 * 49) " + tooDeep])
    }

    /// Whatever the text around a long run of brackets (quotes, escapes, comments, line breaks,
    /// Japanese), the place told for nesting too deep is inside the text.
    @Test func aNestingProblemIsPlacedInsideTheText() {
        var random = SystemRandomNumberGenerator()
        let pieces = ["[", "{", "[", "{a: ", "]", "}", "'", "\"", "\\", "#", " ", ",", "\n", "\n  ", "日本", "x", "- ", ": "]
        for round in 0..<300 {
            var text = "name: "
            let runs = Int.random(in: 1...6, using: &random)
            for _ in 0..<runs {
                for _ in 0..<Int.random(in: 0...40, using: &random) { text += pieces.randomElement(using: &random)! }
                text += String(repeating: Bool.random(using: &random) ? "[" : "{", count: Int.random(in: 50...3_000, using: &random))
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for diagnostic in load(text).1 where diagnostic.message.english.contains("nested too deeply") {
                guard let span = diagnostic.span, span.line >= 1, span.line <= lines.count,
                      span.column >= 1, span.column <= lines[span.line - 1].unicodeScalars.count + 1 else {
                    Issue.record("round \(round): \(summary(diagnostic)) outside the text")
                    break
                }
            }
        }
    }

    /// Files saved on Windows end their lines with CRLF: the habits of Japanese input are found
    /// on their own line there too (they were once read as one long line, and the YAML parser
    /// then reported something else a line later), and text in a block scalar is left alone.
    @Test func japaneseInputHabitsAreFoundInCRLFFiles() {
        let lines = [
            "name: x",
            "note: |",
            "  時刻：10時",
            "requirements：",
            "\u{3000} - id: A",
        ]
        let (value, diagnostics) = load(lines.joined(separator: "\r\n") + "\r\n")
        #expect(value == nil)
        #expect(diagnostics.map { "\($0.code.id) \($0.span.map { "\($0.line):\($0.column)" } ?? "-")" } == [
            "yaml-fullwidth-colon 4:13",
            "yaml-fullwidth-indent 5:1",
        ])
    }

    /// A full-width space starting a line of a quoted value's text (its lines go on until the
    /// quote closes) is text; one that indents a key after the quote has closed is still said.
    @Test func aFullWidthSpaceInsideAQuotedValueIsText() {
        let quoted = [
            "name: \"一行目",
            "\u{3000}二行目\"",
            "note: '一行目''",
            "\u{3000}二行目'",
            "- \"a",
        ]
        #expect(JapaneseInputHabits.problems(in: quoted.joined(separator: "\n"), file: "x.yaml").isEmpty)
        let after = [
            "name: \"一行目",
            "二行目\"",
            "\u{3000}note: x",
            "text: |",
            "  他: \"引用",
            "x: 1",
            "\u{3000}key: y",
            "a: 'it''s' # \"",
            "\u{3000}b: z",
        ]
        #expect(JapaneseInputHabits.problems(in: after.joined(separator: "\n"), file: "x.yaml").map { $0.span!.line } == [3, 7, 9])
        // Behind an anchor or a tag, and on the line after its key: quoted values too.
        let more = [
            "content: &x \"テスト",
            "      \u{3000}二行目\"",
            "note: !!str '一行目",
            "\u{3000}二行目'",
            "text:",
            "  \"一行目",
            "  \u{3000}二行目\"",
        ]
        #expect(JapaneseInputHabits.problems(in: more.joined(separator: "\n"), file: "x.yaml").isEmpty)
        // A quote that starts the next line of a plain value begins nothing; the text of a block
        // scalar (however its header is written) opens no quote: the lines after are still read.
        let plain = [
            "content: 担当者の発言は次の通り",
            "  \"至急対応する",
            "  とのこと。",
            "\u{3000}next: x",
            "- |",
            "  \"引用",
            "\u{3000}a: 1",
            "b: |2",
            "   'quoted",
            "\u{3000}c: 2",
            "d: | # 注記",
            "  \"引用",
            "\u{3000}e: 3",
            "f: &a >-",
            "  \"引用",
            "\u{3000}g: 4",
        ]
        #expect(JapaneseInputHabits.problems(in: plain.joined(separator: "\n"), file: "x.yaml").map { $0.span!.line } == [4, 7, 10, 13, 16])
    }

    /// Prose that names something in capitals before a ： (`- ISMAP：登録の更新`) is no key typed in
    /// Japanese input mode (every key is a lower-case name); a comment after `key:` leaves its
    /// value to come on the next line, quoted or not; a key quoted in a message is cut short.
    @Test func proseAndCommentsAreNotTakenForInputHabits() throws {
        let valid = [
            "changes:",
            "  - ISMAP：登録の更新",
            "  - SOC_2：報告書の受領",
            "note:   # 注記",
            "  \"初版の作成",
            "  \u{3000}全体\"",
        ]
        #expect(JapaneseInputHabits.problems(in: valid.joined(separator: "\n"), file: "x.yaml").isEmpty)
        let habits = [
            "  - number：1",
            "note:   # 注記",
            "  \"引用\"",
            "\u{3000}next: x",
            String(repeating: "k", count: 5_000) + "：1",
        ]
        let problems = JapaneseInputHabits.problems(in: habits.joined(separator: "\n"), file: "x.yaml")
        #expect(problems.map { "\($0.code.id) \($0.span!.line)" } == ["yaml-fullwidth-colon 1", "yaml-fullwidth-indent 4", "yaml-fullwidth-colon 5"])
        let long = try #require(problems.last)
        #expect(long.message.english.count < 200 && long.message.japanese.count < 200)
    }

    /// A full-width space after ASCII indentation before text (字下げ in a value over lines) is
    /// text; before a key or a dash it is still indentation. The text of `- key: |` is measured
    /// from its key, so a sibling key right after it is read; a full-width space after a dash is
    /// named.
    @Test func fullWidthSpacesAreTextOrIndentationByWhatFollows() throws {
        let schema = ObjectSchema("T", "試験", [.required("content", "内容", .text), .optional("other", "他", .text)])
        let (value, diagnostics) = load("content: 障害の経過は次のとおり。\n  \u{3000}字下げした続きの行\nother: x\n", schema: schema)
        #expect(diagnostics.map(summary) == [])
        #expect(value?["content"]?.text == "障害の経過は次のとおり。 \u{3000}字下げした続きの行")
        let habits = [
            "- id: A",
            "  note: |",
            "    text",
            "  title：x",
            "-\u{3000}number: 1",
            "changes:",
            "  \u{3000}- item",
            "  \u{3000}name: x",
            "  - \u{3000}",
        ]
        let problems = JapaneseInputHabits.problems(in: habits.joined(separator: "\n"), file: "x.yaml")
        #expect(problems.map { "\($0.code.id) \($0.span!.line):\($0.span!.column)" } == [
            "yaml-fullwidth-colon 4:8", "yaml-fullwidth-indent 5:2", "yaml-fullwidth-indent 7:3", "yaml-fullwidth-indent 8:3",
        ])
        #expect(problems[1].message.english == "line 5 has a full-width space (U+3000) after a list's dash")
    }

    /// A full-width space is text only where ASCII indentation already makes its line part of a
    /// plain value (deeper than the value's key after a line that left it open, or the first line
    /// under `key:`) and words follow it; a line of such a value is text whatever it holds. A
    /// block's header alone under its key opens the block; a block after a key typed with ：
    /// is still read as one, so its lines are not judged too.
    @Test func fullWidthSpacesAreIndentationUnlessALineOfAValueHoldsThem() {
        let valid = [
            "report:",
            "  items:",
            "    - title: x",
            "      content: 次のとおり実施した。",
            "        \u{3000}- 運用監視",
            "        -\u{3000}点検",
            "        tel：03-1234-5678",
            "summary:",
            "    |-",
            "      県民",
            "      \u{3000}- 項目",
            "      \u{3000}note: 本文",
            "content:",
            "  \u{3000}字下げした本文",
            "  続き",
        ]
        #expect(JapaneseInputHabits.problems(in: valid.joined(separator: "\n"), file: "x.yaml").map { "\($0.span!.line)" } == [])
        let habits = [
            "contract:",
            "  summary: |-",
            "  \u{3000}県民・事業者が",
            "items:",
            "  - title: x",
            "    content:",
            "    \u{3000}24時間",
            "  - content: abc",
            "  \u{3000}また",
            "contract:",
            "  number: 瀬デ推",
            "    \u{3000}",
            "    \u{3000}# 要確認",
            "  - \u{3000}number: 2",
            "  summary：|-",
            "    本文",
            "    \u{3000}- 項目一",
            "    note：注記",
            "    -\u{3000}項目三",
            "next：x",
        ]
        let problems = JapaneseInputHabits.problems(in: habits.joined(separator: "\n"), file: "x.yaml")
        #expect(problems.map { "\($0.code.id) \($0.span!.line):\($0.span!.column)" } == [
            "yaml-fullwidth-indent 3:3", "yaml-fullwidth-indent 7:5", "yaml-fullwidth-indent 9:3", "yaml-fullwidth-indent 12:5",
            "yaml-fullwidth-indent 13:5", "yaml-fullwidth-indent 14:5", "yaml-fullwidth-colon 15:10", "yaml-fullwidth-colon 20:5",
        ])
    }

    /// With the file's schema, a word before a ： is a key only if the schema has it (or keys a
    /// mapping by identifiers like it, outside a list's item): prose that puts another word there
    /// is text. A comment line or an anchor before a value leaves the value's lines text; a
    /// full-width space after an ASCII colon, or a space before a ：, is named; after a line
    /// named, the lines that follow are read as if it were typed right.
    @Test func keysAreTheSchemasAndValuesGoOnPastCommentsAndAnchors() {
        let status = ObjectSchema("S", "状況", [.required("state", "状態", .text)])
        let schema = ObjectSchema("T", "試験", [
            .required("content", "内容", .text), .optional("other", "他", .text), .optional("changes", "変更", .textList(item: "change")),
            .optional("status", "状況", .map(MapKey(pattern: "^[A-Z0-9-]+$", japanese: "番号", english: "ID", item: "s", attribute: "id"), status)),
        ])
        let valid = [
            "content:",
            "  # 注記",
            "  \u{3000}24時間の運用監視を実施した。",
            "other: &a 24時間の運用監視を実施し、",
            "  \u{3000}定期メンテナンスを行った。",
            "changes:",
            "  - web：申請画面のURLを変更",
            "  - ISO-27001：認証の更新",
            "  - tel：03-5281-4410 に変更した",
        ]
        #expect(JapaneseInputHabits.problems(in: valid.joined(separator: "\n"), file: "x.yaml", schema: schema).map(\.span!.line) == [])
        let habits = [
            "content:\u{3000}24時間",
            "other ：x",
            "changes：|-",
            "  本文",
            "  \u{3000}- 項目",
            "status:",
            "  SP-02：",
            "    state：\"完了",
            "  \u{3000}した\"",
        ]
        let problems = JapaneseInputHabits.problems(in: habits.joined(separator: "\n"), file: "x.yaml", schema: schema)
        #expect(problems.map { "\($0.code.id) \($0.span!.line):\($0.span!.column)" } == [
            "yaml-fullwidth-colon 1:9", "yaml-fullwidth-colon 2:7", "yaml-fullwidth-colon 3:8", "yaml-fullwidth-colon 7:8", "yaml-fullwidth-colon 8:10",
        ])
        #expect(problems[0].message.english == "the key 'content' is followed by ':' and a full-width space (typed in Japanese input mode)")
    }

    /// A comment at the start of a line is a comment (its `: ` opens no value, and a value
    /// still to come stays to come); after a line named, the rest is read as if typed right;
    /// a misspelt key (not in a list's item) is named; a line's key is told alike whether a
    /// full-width space stands before it or not.
    @Test func commentsAtColumnOneAndMisspeltKeysAreRead() {
        let schema = ObjectSchema("T", "試験", [
            .required("title", "件名", .text), .optional("content", "内容", .text),
            .optional("notes", "注記", .list(.object(ObjectSchema("N", "注記", [.required("text", "本文", .text), .optional("status", "状況", .text)])), item: "note")),
            .optional("contract", "契約", .object(ObjectSchema("C", "契約", [.required("title", "件名", .text)]))),
            .optional("audiences", "対象", .textList(item: "audience")),
        ])
        // Under a key the schema knows as text, the next line is the value's words, keys or not;
        // a flow list's lines are its items; an item's words after a full-width space are text.
        let valid = [
            "content:",
            "# 注記",
            "  \u{3000}24時間の運用監視を実施した。",
            "title:",
            "  web：申請画面を変更した。",
            "content:",
            "  title：件名の変更",
            "audiences: [業務責任者, プロジェクトマネージャー,",
            "    \u{3000}運用リーダー, title：運用担当]",
            "notes:",
            "  - text: x",
            "  - \u{3000}ISO-27001：認証",
            "content: &a !!str |",
            "  \u{3000}本文",
        ]
        #expect(JapaneseInputHabits.problems(in: valid.joined(separator: "\n"), file: "x.yaml", schema: schema).map(\.span!.line) == [])
        let habits = [
            "contract:",
            "# 注意: 以下は甲の情報",
            "  title：件名",
            "notes:",
            "\u{3000}- text: |",
            "      status：対応中",
            "titl：件名",
        ]
        let problems = JapaneseInputHabits.problems(in: habits.joined(separator: "\n"), file: "x.yaml", schema: schema)
        #expect(problems.map { "\($0.code.id) \($0.span!.line):\($0.span!.column)" } == [
            "yaml-fullwidth-colon 3:8", "yaml-fullwidth-indent 5:1", "yaml-fullwidth-colon 7:5",
        ])
        // A million lines of a full-width space are a bounded list of problems.
        let many = JapaneseInputHabits.problems(in: String(repeating: "\u{3000}\n", count: 100_000), file: "x.yaml", schema: schema)
        #expect(many.count == 1_000)
        #expect(many.last?.notes.last?.message.english == "this file has 99,000 more problems, not recorded")
    }

    /// A carriage return alone ends a line in YAML: the line the parser names is the line quoted.
    @Test func aCarriageReturnAloneEndsALine() throws {
        let yaml = "# 要件一覧\r（注）\nname: x\nrequirements: []\n"
        let (_, diagnostics) = load(yaml)
        let problem = try #require(diagnostics.first)
        let span = try #require(problem.span)
        #expect(problem.code.id == "yaml-syntax")
        #expect(YAMLLoader.lines(yaml).line(span.line) == "name: x", "\(span.line):\(span.column)")
        // A value with one: the same lines, and CRLF is left as it is.
        let lines = YAMLLoader.lines("a: 1\r\nb: 2\rc: 3")
        #expect(lines.line(1) == "a: 1" && lines.line(2) == "b: 2" && lines.line(3) == "c: 3")
        #expect(lines.text == "a: 1\r\nb: 2\nc: 3")
    }

    @Test func malformedYAMLIsLocated() {
        let (value, diagnostics) = load("name: x\nrequirements:\n  - id: A\n   category: c\n")
        #expect(value == nil)
        #expect(diagnostics.map(summary) == [
            "yaml-syntax 4:4 YAML syntax error: did not find expected '-' indicator (while parsing a block collection at line 3)",
        ])
        #expect(diagnostics[0].message.japanese.contains("インデントの誤り"))
    }

    /// What is left open at the end of the file (a quote, a bracket) is said at the last thing
    /// written, whether or not the file ends with a line break: not past the end of the line.
    @Test func whatIsLeftOpenIsPlacedAtTheLastCharacter() {
        for ending in ["", "\n", "\n\n  \n"] {
            let quote = load("name: x\nsummary: \"abc" + ending).1
            #expect(quote.map { "\($0.span!.line):\($0.span!.column)" } == ["2:13"], "\(ending.debugDescription): \(quote.map(summary))")
            let bracket = load("name: x\nitems: [a, b" + ending).1
            #expect(bracket.map { "\($0.span!.line):\($0.span!.column)" } == ["2:12"], "\(ending.debugDescription): \(bracket.map(summary))")
        }
    }

    @Test func unknownKeysSuggestTheirNeighbourAndDoNotRepeatAsMissing() {
        let (_, diagnostics) = load("name: x\nrequirements:\n  - id: REQ-A\n    categry: c\n    title: t\n    text: x\n")
        #expect(diagnostics.map(summary) == [
            "yaml-unknown-key 4:5 unknown key 'categry' in requirement (requirements[1]); did you mean 'category'?",
        ])
    }

    @Test func everyProblemOfARunIsReported() {
        let (_, diagnostics) = load("nam: x\nrequirements:\n  - id: REQ-A\n  - title: t\n")
        // 'nam' suggests nothing missing-and-near ('name' is 1 edit away: its missing error is folded in);
        // the two requirements lack 3 and 3 keys.
        #expect(diagnostics.map(\.code.id) == ["yaml-unknown-key"] + Array(repeating: "yaml-missing-key", count: 6))
    }

    @Test func wrongTypesSayWhatWasExpectedAndFound() {
        let (_, diagnostics) = load("name: [a, b]\nrequirements: lots\n")
        #expect(diagnostics.map(summary) == [
            "yaml-type 1:7 'name' should be text, but is a list",
            "yaml-type 2:15 'requirements' should be a list of mappings (requirement), but is the text 'lots'",
        ])
    }

    /// The caret under a value covers it exactly, quotes included, on any line (the last one
    /// without a newline too), counted in characters, not bytes.
    @Test func spansCoverTheValueAsWritten() {
        let yaml = #"""
        name: "要件一覧"
        requirements:
          - id: 'REQ-''A'''
            category: c
            title: "題\"名"
            text: 本文
        """#
        let (value, diagnostics) = load(yaml)
        #expect(diagnostics.isEmpty)
        func span(_ v: Value?) -> String { v.map { "\($0.span.line):\($0.span.column)+\($0.span.length)" } ?? "-" }
        #expect(span(value?["name"]) == "1:7+6")
        guard case .list(let items)? = value?["requirements"]?.kind, case .object(let requirement)? = items.first?.kind else {
            Issue.record("no requirement")
            return
        }
        #expect(span(requirement["id"]) == "3:9+11")
        #expect(span(requirement["title"]) == "5:12+6")
        #expect(span(requirement["text"]) == "6:11+2")
    }

    @Test func duplicateKeysPointAtTheSecondOne() {
        let (value, diagnostics) = load("name: x\nrequirements: []\nname: y\n")
        // The last one stands (as in most YAML readers), and the rest of the file is read on.
        #expect(value?["name"]?.text == "y")
        #expect(diagnostics.map(summary) == ["yaml-duplicate-key 3:1 duplicate key 'name' (first at line 1)",
                                             "yaml-too-few-items 2:15 'requirements' needs at least 1 item (has 0)"])
        #expect(diagnostics[0].notes.first?.span?.line == 1)
    }

    /// Every key written twice is named, in every mapping, at its second place (however it is quoted).
    @Test func everyDuplicateKeyIsNamed() {
        let yaml = "name: x\nrequirements:\n  - id: A\n    'id': B\n    title: t\n\"name\": y\n"
        let (value, all) = load(yaml)
        #expect(value?["name"]?.text == "y")
        #expect(value?["requirements"]?.list.first?.object?["id"]?.text == "B")
        let diagnostics = all.filter { $0.code.id == "yaml-duplicate-key" }
        #expect(diagnostics.map(summary) == [
            "yaml-duplicate-key 4:5 duplicate key 'id' (first at line 3)",
            "yaml-duplicate-key 6:1 duplicate key 'name' (first at line 1)",
        ])
        #expect(diagnostics.map { $0.span?.length } == [4, 6])
        #expect(diagnostics.map { $0.notes.first?.span.map { "\($0.line):\($0.column)+\($0.length)" } } == ["3:5+2", "1:1+4"])
    }

    /// A syntax error reads wholly in Japanese in its Japanese message: libyaml's own words,
    /// problem and context, are all translated (a tab in an indent, an unclosed bracket were not).
    @Test func syntaxErrorsAreWhollyJapanese() {
        let broken = ["name: x\nrequirements:\n\t- id: A\n", "name: a\n\tb\nrequirements: []\n", "name: [a, b\n", "name: {a\n",
                      "name: \"a\\qb\"\n", "name: &\n", "name: *\n", "name: x\n- a\n", "name: |0\n  x\n", "name: 'a\n--- b'\n",
                      "name: \"\\xZZ\"\n", "- a\nname: b\n", "name: x\n  y: z\n", "name: !<a b> x\n", "%FOO\n---\nname: x\n"]
        for text in broken {
            let found = load(text).1.filter { $0.code.id == "yaml-syntax" }
            #expect(!found.isEmpty, "\(text)")
            for d in found {
                // Past its prefix, no word of English is left (YAML and the marks quoted from the text aside).
                let words = d.message.japanese.replacingOccurrences(of: "YAML", with: "").split { !$0.isASCII || !$0.isLetter }
                #expect(words.allSatisfy { $0.count < 3 }, "\(d.message.japanese)")
            }
        }
    }

    /// A key written twice does not hide the file's other problems: one run names them all
    /// (it did: the file was read no further).
    @Test func aDuplicateKeyHidesNothingElse() {
        let yaml = "name: x\nname: y\nrequirements:\n  - {id: A, id: B, category: c, title: t, text: x, bogus: 1}\nextra: 2\n"
        let (value, diagnostics) = load(yaml)
        #expect(value?["name"]?.text == "y")
        #expect(value?["requirements"]?.list.first?.object?["id"]?.text == "B")
        let codes = diagnostics.map { "\($0.code.id) \($0.span?.line ?? 0):\($0.span?.column ?? 0)" }
        #expect(codes.filter { $0.hasPrefix("yaml-duplicate-key") }.sorted() == ["yaml-duplicate-key 2:1", "yaml-duplicate-key 4:13"])
        #expect(diagnostics.count == 4, "\(diagnostics.map(summary))")
        #expect(diagnostics.contains { $0.message.english.contains("bogus") && $0.span?.line == 4 }, "\(diagnostics.map(summary))")
        #expect(diagnostics.contains { $0.message.english.contains("extra") && $0.span?.line == 5 }, "\(diagnostics.map(summary))")
        // The mapping read for a key written twice is in question: the rules do not judge it
        // (they said the first copy lacked what the second has, or the reverse).
        let contract = "client:\n  name: A市\nclient:\n  name: B市\ncontractor:\n  name: C社\n"
        let (read, _) = load(contract, schema: ContractSchema.root)
        #expect(read?["client"]?.object?["name"]?.text == "B市")
        #expect(read?["client"]?.object?.hadErrors == true)
        #expect(read?["contractor"]?.object?.hadErrors == false)
        // Written three times: the last stands, and the two after the first are named.
        let (thrice, problems) = load("name: a\nrequirements: []\nname: b\nname: c\n")
        #expect(thrice?["name"]?.text == "c")
        #expect(problems.filter { $0.code.id == "yaml-duplicate-key" }.map { $0.span?.line } == [3, 4])
    }

    /// A file of a key written a million times keeps the first thousand problems and counts the rest.
    @Test func duplicateKeysPastTheLimitAreCounted() {
        let (_, diagnostics) = load(String(repeating: "a: 1\n", count: 1_501))
        let duplicates = diagnostics.filter { $0.code.id == "yaml-duplicate-key" }
        #expect(duplicates.count == 1_000)
        #expect(duplicates.errorCount == 1_500)
    }

    /// A U+FEFF pasted at the start of a value or a key is not part of it; NEL, LS and PS end a
    /// line for the YAML parser, so they end the line quoted too.
    @Test func invisibleMarksAndOtherLineBreaks() {
        let (value, diagnostics) = load("name: \u{FEFF}x\nrequirements:\n  - \u{FEFF}id: A\n    category: \"\u{FEFF}c\"\n    title: t\n    text: x\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(summary))")
        #expect(value?["name"]?.text == "x")
        for separator in ["\u{2028}", "\u{2029}", "\u{85}"] {
            let yaml = "# 注記\(separator)\nname: x\nname: y\n"
            let found = load(yaml).1.filter { $0.code.id == "yaml-duplicate-key" }
            #expect(found.map(summary) == ["yaml-duplicate-key 4:1 duplicate key 'name' (first at line 3)"], "\(separator.unicodeScalars.first!.value)")
            #expect(YAMLLoader.lines(yaml).line(4) == "name: y")
        }
    }

    /// An alias repeats what its anchor names; an alias inside the very value it names (which
    /// would make the value endless) is undefined, as in YAML.
    @Test func aliasesRepeatTheirValueButNeverThemselves() throws {
        let requirement = "{id: A, category: c, title: t, text: x}"
        let (value, diagnostics) = load("name: x\nrequirements: [&r \(requirement), *r]\n")
        #expect(diagnostics.isEmpty, "\(diagnostics.map(summary))")
        #expect(value?["requirements"]?.list.count == 2)
        let (selfValue, selfDiagnostics) = load("name: x\nrequirements: &r [*r]\n")
        #expect(selfValue == nil)
        #expect(selfDiagnostics.map(summary) == ["yaml-syntax 2:19 YAML syntax error: found undefined alias"])
    }

    /// One file is one document: a second after `---` is refused where it starts.
    @Test func aSecondDocumentIsRefused() {
        let (value, diagnostics) = load("name: x\nrequirements: []\n---\nname: y\n")
        #expect(value == nil)
        #expect(diagnostics.map(summary) == [
            "yaml-syntax 3:1 YAML syntax error: but found another document (expected a single document in the stream at line 1)",
        ])
    }

    /// A character YAML does not allow is named by its line and its column in characters.
    @Test func aForbiddenCharacterIsLocated() {
        let (value, diagnostics) = load("name: 名前\nrequirements: [\u{1}]\n")
        #expect(value == nil)
        #expect(diagnostics.map(summary) == ["yaml-syntax 2:16 unreadable character: control characters are not allowed"])
        let (_, japanese) = load("name: 名前\u{1}\n")
        #expect(japanese.map(summary) == ["yaml-syntax 1:9 unreadable character: control characters are not allowed"])
    }

    /// A quoted text's span covers its quotes, counted in characters.
    @Test func quotedTextsAreSpannedInCharacters() throws {
        let (value, _) = load("name: '名前の\"例\"'\nrequirements: []\n")
        let name = try #require(value?["name"])
        #expect("\(name.span.line):\(name.span.column)+\(name.span.length)" == "1:7+8")
    }

    @Test func anAliasBombIsRefusedBeforeItExpands() {
        var lines = ["name: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1..<9 {
            let previous = Character(Unicode.Scalar(UInt8(96 + i)))
            let name = Character(Unicode.Scalar(UInt8(97 + i)))
            lines.append("x\(i): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        lines.append("requirements: *i")
        let (value, diagnostics) = load(lines.joined(separator: "\n"))
        #expect(value == nil)
        #expect(diagnostics.map(\.code.id) == ["yaml-alias-limit"])
        #expect(diagnostics[0].span?.line != nil)
        #expect(diagnostics[0].message.english.contains("beyond the limit of 250000"))
    }

    @Test func aliasesAsKeysAreRefused() {
        let (value, diagnostics) = load("a: &k x\n? *k\n: 1\n")
        #expect(value == nil)
        #expect(diagnostics.map(summary) == ["yaml-alias-key 2:3 an alias (*k) cannot be used as a key"])
        // Every one is named, in a flow mapping too, with the rest of the file still read.
        let (_, more) = load("a: &k x\n*k : 1\nb: {*k: 2}\nc: [1\n")
        #expect(more.map(summary).prefix(2) == ["yaml-alias-key 2:1 an alias (*k) cannot be used as a key",
                                                "yaml-alias-key 3:5 an alias (*k) cannot be used as a key"])
        #expect(more.count == 3)
        // The value an alias names is no key written twice, however often it stands as one.
        let (_, twice) = load("a: &k x\nb: {*k : 1, *k : 2}\n&n c: 1\n*n : 2\n")
        #expect(twice.map(\.code.id) == ["yaml-alias-key", "yaml-alias-key", "yaml-alias-key"], "\(twice.map(summary))")
    }

    /// An asterisk starting a line of a block of text, or a value, is text: only where the parser
    /// reads a key is an alias refused.
    @Test func anAsteriskInTextIsNotAnAliasKey() {
        let schema = ObjectSchema("T", "試験", [.required("note", "注記", .text), .optional("other", "他", .text)])
        let (value, diagnostics) = load("note: |\n  *注: 初版\n  **重要**: 期限\nother: '*a: b'\n", schema: schema)
        #expect(diagnostics.map(summary) == [])
        #expect(value?["note"]?.text == "*注: 初版\n**重要**: 期限")
        #expect(value?["other"]?.text == "*a: b")
    }

    @Test func placeholdersAreReportedWithTheirHint() {
        let (_, diagnostics) = load("name: TODO(要件一覧の名称)\nrequirements:\n  - {id: REQ-A, category: c, title: t, text: x}\n")
        #expect(diagnostics.map(summary) == ["placeholder 1:7 'name' is still a placeholder (要件一覧の名称)"])
        #expect(diagnostics[0].message.japanese == "「name」がまだ記入されていません（要件一覧の名称）")
    }

    @Test func datesReadInEveryFormAndBadOnesAreLocated() {
        let schema = ObjectSchema("T", "試験", [.required("d", "日付", .date), .optional("e", "日付", .date)])
        let (value, diagnostics) = load("d: 令和５年１月16日（月）\ne: 2023-02-30\n", schema: schema)
        #expect(value?["d"]?.date?.iso == "2023-01-16")
        #expect(diagnostics.map(summary) == ["yaml-date 2:4 'e': \"2023-02-30\" is not a day of the calendar"])
    }

    @Test func numbersAreExactAndChoicesSuggest() {
        let schema = ObjectSchema("T", "試験", [
            .required("p", "比率", .decimal),
            .required("c", "区分", .choice([Choice("contractor", "乙"), Choice("subcontractor", "再委託先")])),
        ])
        let (value, diagnostics) = load("p: 99.80\nc: subcontracter\n", schema: schema)
        #expect(value?["p"]?.decimal == ExactDecimal(significand: 9980, scale: 2))
        #expect(diagnostics.map(summary) == ["yaml-bad-choice 2:4 'c' cannot be 'subcontracter'; did you mean 'subcontractor'?"])
    }

    @Test func controlCharactersAndEmptyValuesAreErrors() {
        let (_, diagnostics) = load("name: \"a\\x01b\"\nrequirements:\n  - id: \"\"\n    category: c\n    title: t\n    text: x\n")
        #expect(diagnostics.map(\.code.id) == ["text-control-character", "yaml-empty"])
    }

    @Test func filesAreBoundedAndMustBeUTF8() throws {
        let folder = Fixtures.scratchPath("loader")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sjis = folder.appendingPathComponent("sjis.yaml")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x93, 0x8C, 0x8B, 0x9E]).write(to: sjis)
        var texts = SourceTexts()
        let (_, d1) = YAMLLoader.load(path: sjis.path, displayPath: "sjis.yaml", schema: CatalogSchema.root, sources: &texts)
        #expect(d1.map(\.code.id) == ["file-not-utf8"])
        // It points at the first byte that is not UTF-8, its column counted in characters.
        #expect(d1.first?.span.map { "\($0.line):\($0.column)" } == "1:7")
        let mixed = folder.appendingPathComponent("mixed.yaml")
        try Data(Array("a: 1\nname: 名".utf8) + [0x93, 0x8C, 0x0A]).write(to: mixed)
        let (_, dMixed) = YAMLLoader.load(path: mixed.path, displayPath: "mixed.yaml", schema: CatalogSchema.root, sources: &texts)
        #expect(dMixed.map { "\($0.code.id) \($0.span.map { "\($0.line):\($0.column)" } ?? "-")" } == ["file-not-utf8 2:8"])
        let big = folder.appendingPathComponent("big.yaml")
        try Data(repeating: 0x20, count: YAMLLoader.maximumBytes + 1).write(to: big)
        let (_, d2) = YAMLLoader.load(path: big.path, displayPath: "big.yaml", schema: CatalogSchema.root, sources: &texts)
        #expect(d2.map(\.code.id) == ["file-too-large"])
        let (_, d3) = YAMLLoader.load(path: folder.appendingPathComponent("none.yaml").path, displayPath: "none.yaml", schema: CatalogSchema.root, sources: &texts)
        #expect(d3.map(\.code.id) == ["file-missing"])
        let bom = folder.appendingPathComponent("bom.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("name: x\nrequirements:\n  - {id: REQ-A, category: c, title: t, text: x}\n".utf8)).write(to: bom)
        let (value, d4) = YAMLLoader.load(path: bom.path, displayPath: "bom.yaml", schema: CatalogSchema.root, sources: &texts)
        #expect(d4.isEmpty)
        #expect(value?["name"]?.text == "x")
    }

    @Test func theShippedCatalogHasTheThirtyTwoRequirementsOfTheAttachment() {
        let catalog = ContractFolder.shippedCatalog
        #expect(catalog.requirements.count == 32)
        #expect(catalog.ids.first == "REQ-SUPPLY-1")
        #expect(catalog.ids.last == "REQ-DISP-2")
        #expect(Set(catalog.ids).count == 32)
    }
}

@Suite struct ParallelTests {
    @Test func resultsComeBackInIndexOrder() {
        #expect(Parallel.map(0) { $0 }.isEmpty)
        #expect(Parallel.map(1) { "\($0)" } == ["0"])
        let squares = Parallel.map(1000) { $0 * $0 }
        #expect(squares == (0..<1000).map { $0 * $0 })
        // Uneven work still lands in its own slot.
        let strings = Parallel.map(64) { index in String(repeating: "あ", count: (index * 7919) % 5000) }
        #expect(strings.map(\.count) == (0..<64).map { ($0 * 7919) % 5000 })
    }
}

/// Whether a file may hold a full-width colon or space is tested eight bytes at a time: neither
/// is missed wherever it falls, and characters that share their bytes are not taken for them.
@Suite struct InputHabitByteTests {
    @Test func colonAndSpaceAreSeenWhereverTheyFall() {
        func has(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { JapaneseInputHabits.mayHaveHabits($0) }
        }
        for mark in ["：", "\u{3000}"] {
            for filler in ["a", "申", "、", "；", "＜", "耀"] {
                for before in 0..<18 {
                    #expect(has(String(repeating: filler, count: before) + mark + "ab"), "\(before) \(filler)")
                    #expect(has(String(repeating: filler, count: before) + mark), "\(before) \(filler)")
                }
            }
        }
        // Near misses: ； (EF BC 9B), ＜ (EF BC 9C), 、(E3 80 81), 。(E3 80 82), 耀 (E8 80 80),
        // 隚 (E9 9A 9A): their bytes are those of ： or 　 but one.
        for filler in ["a", "申", "；", "＜", "、", "。", "耀", "隚", "\u{80}"] {
            for before in 0..<18 {
                #expect(!has(String(repeating: filler, count: before) + "title: 件名"), "\(before) \(filler)")
            }
        }
    }
}

