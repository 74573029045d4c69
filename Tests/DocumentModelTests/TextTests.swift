@testable import DocumentModel
import JapaneseCalendar
import Testing

/// The shared text helpers: digits, dates in messages, English plurals, company and person names.
@Suite struct TextTests {
    @Test func digits() {
        #expect(Digits.two(5) == "05" && Digits.two(12) == "12")
        #expect(Digits.padded("F", 2) == "0F")
        #expect(Digits.grouped(1977) == "1,977" && Digits.grouped(44640) == "44,640" && Digits.grouped(-1000000) == "-1,000,000" && Digits.grouped(999) == "999")
        #expect(Digits.ascii("９９．８") == "99.8" && Digits.ascii(" １０：１５ ") == "10:15")
    }

    @Test func messagesWriteDatesInOneStyle() {
        let wording = MessageWording(digits: .mixed)
        let date = CivilDate(year: 2026, month: 12, day: 4)!
        #expect(wording.date(date).japanese == "令和８年12月４日")
        #expect(wording.date(date).english == "2026-12-04")
        #expect(MessageWording(digits: .half).date(date).japanese == "令和8年12月4日")
        #expect(wording.count(1, ja: "日", en: "day").english == "1 day")
        #expect(wording.count(4, ja: "日", en: "day").japanese == "4日")
        #expect(English.counted(2, "inquiry", plural: "inquiries") == "2 inquiries")
        #expect(English.counted(1_977, "case") == "1,977 cases")
    }

    /// Durations in messages read as the documents give them: hours once there are any.
    @Test func messagesWriteDurationsAsTheDocumentsDo() {
        let wording = MessageWording()
        let cases: [(Int, String, String)] = [
            (1, "1分", "1 minute"), (45, "45分", "45 minutes"), (60, "1時間", "1 hour"), (85, "1時間25分", "1 hour 25 minutes"),
            (335, "5時間35分", "5 hours 35 minutes"), (361, "6時間1分", "6 hours 1 minute"), (2_880, "48時間", "48 hours"), (0, "0分", "0 minutes"),
        ]
        for (minutes, ja, en) in cases {
            #expect(wording.duration(minutes: minutes).japanese == ja)
            #expect(wording.duration(minutes: minutes).english == en)
        }
    }

    @Test func companyNamesMatchAcrossLegalFormsAndSpaces() {
        #expect(CompanyName.same("株式会社データ倉庫", "有限会社 データ倉庫"))
        #expect(CompanyName.same("株式会社ＡＢＣ", "ABC株式会社"))
        #expect(!CompanyName.same("株式会社データ倉庫", "株式会社データ書庫"))
        #expect(CompanyName.closest(to: "有限会社北辰データセンター", among: ["株式会社北辰データセンター", "株式会社ミナト"]) == "株式会社北辰データセンター")
        #expect(CompanyName.closest(to: "株式会社ミナトセキュリティ", among: ["株式会社北辰データセンター"]) == nil)
        #expect(PersonName.key("高橋　誠") == PersonName.key("高橋 誠") && PersonName.key("高橋誠") == PersonName.key("高橋 誠"))
    }

    @Test func companyCoresDropEveryLegalFormSpaceAndWidth() {
        #expect(CompanyName.core("（株）ミナト　システムズ") == "ミナトシステムズ")
        #expect(CompanyName.core("株式会社 株式会社ＡＢＣ") == "abc")
        #expect(CompanyName.core("㈱北辰(有)") == "北辰")
        #expect(CompanyName.core("特定非営利活動法人") == "")
        #expect(CompanyName.core("") == "")
        // A name that only looks like the start of a form keeps it.
        #expect(CompanyName.core("株式データ") == "株式データ")
    }

    @Test func replacingAllReplacesEveryOccurrenceLeftToRight() {
        #expect("a-b-c".replacingAll("-", "+") == "a+b+c")
        #expect("令和５年〜令和６年〜".replacingAll("〜", "–") == "令和５年–令和６年–")
        #expect("aaaa".replacingAll("aa", "b") == "bb")
        #expect("aaa".replacingAll("aa", "") == "a")
        #expect("佐藤　直樹".replacingAll("\u{3000}", "\u{00A0}") == "佐藤\u{00A0}直樹")
        #expect("nothing".replacingAll("x", "y") == "nothing")
        #expect("x".replacingAll("", "y") == "x")
        #expect("".replacingAll("x", "y") == "")
        #expect("ab".replacingAll("abc", "y") == "ab")
    }

    @Test func didYouMeanReadsTheSameEverywhere() {
        #expect(Suggest.didYouMean("title").english == "; did you mean 'title'?")
        #expect(Suggest.didYouMean("title").japanese == "。「title」の誤りではありませんか")
        #expect(Suggest.didYouMean(nil).english.isEmpty)
        #expect(Suggest.closest(to: "titel", among: ["title", "number"]) == "title")
    }

    /// Candidates often come from a dictionary's keys, whose order changes from run to run:
    /// a tie goes to the smallest name, so the message is the same every time.
    @Test func aTieIsBrokenTheSameWayWhateverTheOrder() {
        #expect(Suggest.closest(to: "INC-3", among: ["INC-2", "INC-1"]) == "INC-1")
        #expect(Suggest.closest(to: "INC-3", among: ["INC-1", "INC-2"]) == "INC-1")
        #expect(CompanyName.closest(to: "株式会社ミナトA", among: ["株式会社ミナトC", "株式会社ミナトB"]) == "株式会社ミナトB")
        #expect(CompanyName.closest(to: "株式会社ミナト", among: ["ミナト 株式会社", "有限会社ミナト"].reversed()) == CompanyName.closest(to: "株式会社ミナト", among: ["ミナト 株式会社", "有限会社ミナト"]))
    }
}

/// SHA-256 against the published test vectors (FIPS 180-4 examples).
@Suite struct SHA256Tests {
    @Test func knownVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(SHA256.hex("令和") == SHA256.hex(Array("令和".utf8)))
    }

    /// The processor's SHA extensions (where this machine has them) and the rounds written in
    /// Swift give the same digests, for every length around the block edges and for input fed
    /// in uneven pieces.
    @Test func theExtensionsAndTheRoundsAgree() {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = (0..<1_100).map { _ in UInt8.random(in: 0...255, using: &generator) }
        bytes += Array("令和８年".utf8)
        for length in Array(0...200) + [255, 256, 257, 511, 512, 513, 1_000, bytes.count] {
            let input = Array(bytes.prefix(length))
            var hardware = SHA256(hardware: true), software = SHA256(hardware: false)
            hardware.update(input)
            // The other in pieces of 1, 2, 3 … bytes.
            var start = 0, piece = 1
            while start < input.count {
                software.update(input[start..<min(input.count, start + piece)])
                start += piece
                piece += 1
            }
            #expect(hardware.finish() == software.finish(), "length \(length)")
        }
        var abc = SHA256(hardware: false)
        abc.update("abc")
        #expect(abc.finish() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}

@Suite struct LineBreakTests {
    /// A carriage return in a text value (a CRLF cell, a YAML "\r" escape) reaches no document:
    /// it is read as a line break.
    @Test func carriageReturnsAreReadAsLineBreaks() {
        let (kind, problem) = ScalarReader.read("一行目\r\n二行目\r三行目\n四行目\r\n\r\n五行目", .text, path: "x", format: .yaml, at: .file("t.yaml"))
        #expect(problem == nil)
        guard case .text(let text)? = kind else { Issue.record("not text: \(String(describing: kind))"); return }
        #expect(text == "一行目\n二行目\n三行目\n四行目\n\n五行目")
        #expect(!text.unicodeScalars.contains("\r"))
    }
}

/// Each column of a log's model names its own field of the schema (the positions mirror the cases).
@Suite struct LogColumnTests {
    @Test func everyFieldReadsItsOwnColumn() {
        #expect(Incident.Field.allCases.allSatisfy { $0.column.key == $0.rawValue && $0.column.schema === LogSchema.incident })
        #expect(Inquiry.Field.allCases.allSatisfy { $0.column.key == $0.rawValue && $0.column.schema === LogSchema.inquiry })
        #expect(MaintenanceWindow.Field.allCases.allSatisfy { $0.column.key == $0.rawValue && $0.column.schema === LogSchema.maintenance })
    }
}

/// The byte-level shortcuts of reading text agree with the character-level rules they skip.
@Suite struct TextShortcutTests {
    /// Every scalar ``ScalarReader.isForbidden(_:)`` refuses is seen by the byte check, alone
    /// and between Japanese characters; of those it lets pass, only the scalars past the first
    /// plane are looked at.
    @Test func everyForbiddenScalarIsSeenByTheByteCheck() {
        var missed: [UInt32] = [], flagged = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar)), inside = "申請" + alone + "。"
            if ScalarReader.isForbidden(scalar) {
                if !ScalarReader.mayHaveForbidden(alone) || !ScalarReader.mayHaveForbidden(inside) { missed.append(value) }
            } else if ScalarReader.mayHaveForbidden(alone) {
                flagged += 1
            }
        }
        #expect(missed.isEmpty, "not seen: \(missed.prefix(10).map { String($0, radix: 16) })")
        #expect(flagged == 0x100000 - 32)
        // Plain Japanese, with full-width forms, needs no look at its scalars.
        #expect(!ScalarReader.mayHaveForbidden("申請一覧画面の表示（平均８秒）：遅延、回復。ＡＢＣ〜「」―…※"))
    }

    /// The byte check reads eight bytes at a time: a scalar is seen wherever it falls in a word
    /// (at each of its eight places, and in the bytes left after the last whole word), whatever
    /// is before it (ASCII, or Japanese of three bytes a character, which puts its bytes across
    /// the words' edges).
    @Test func everyScalarIsJudgedWhereverItFallsInAWord() {
        var wrong: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let alone = String(Character(scalar))
            for filler in ["a", "申"] {
                for before in [0, 1, 2, 3, 5, 7, 8, 9, 16] {
                    let text = String(repeating: filler, count: before) + alone + String(repeating: "a", count: 9)
                    if ScalarReader.mayHaveForbidden(text) != ScalarReader.isForbidden(scalar) {
                        wrong.append(String(value, radix: 16) + " after \(before) \(filler)")
                    }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        // Past U+FFFF every scalar is looked at, in a word or after the last.
        for before in 0..<17 { #expect(ScalarReader.mayHaveForbidden(String(repeating: "a", count: before) + "𠮷" + "aaaaaaaa")) }
    }

    /// Trimming by the first and last bytes gives what trimming by characters gives.
    @Test func trimmingAgreesWithTheCharacterRule() {
        func reference(_ text: String) -> String {
            let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" || $0 == "\u{3000}" }
            guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
            return String(text[first...last])
        }
        let pieces = ["", " ", "\t", "\r\n", "\n", "\u{3000}", "あ", "、", "「", "。", "」", "a", "\u{301}", "申", "\u{3001}", "\u{3080}", "ー", "\u{E000}"]
        var cases = 0
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = a + b + c
                    #expect(text.trimmingSpaces() == reference(text), "\(Array(text.unicodeScalars))")
                    cases += 1
                }
            }
        }
        #expect(cases == pieces.count * pieces.count * pieces.count)
        #expect("\u{3000}申請\u{3000}".trimmingSpaces() == "申請")
        #expect("あいう".trimmingSpaces() == "あいう")
    }
}

/// Counting characters by scalars where each scalar is a character of its own agrees with
/// `String.count` (the canonical text of every submission fingerprint counts characters).
@Suite struct CharacterCountTests {
    @Test func everyScalarCountedAloneIsACharacterOfItsOwn() {
        var joined: [String] = []
        var counted = 0
        for value in UInt32(0)...0xFFFF where CharacterCount.standsAlone(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let x = String(Character(scalar))
            counted += 1
            for (text, expected) in [(x + x, 2), ("a" + x + "あ", 3), (x + "\n" + x, 3), ("漢" + x + "。", 3)] where text.count != expected {
                joined.append(String(value, radix: 16))
            }
        }
        #expect(joined.isEmpty, "joined to a neighbour: \(joined.prefix(10))")
        #expect(counted > 30_000)
    }

    @Test func theCountIsStringCountOnEveryKindOfText() {
        let texts = [
            "", "a", "申請一覧画面の表示が遅くなった（平均８秒）。", "ｶﾞｷﾞ", "が", "か\u{3099}", "e\u{301}", "CRLF\r\nline",
            "lone\rCR", "👍🏽 ok", "👨‍👩‍👧", "🇯🇵", "한국어", "\u{200D}", "ﾊﾟﾝ", "①②③ ★☆ ※ ― …", "Ｔａｂ\tｓ", "ä\u{308}", "\u{FEFF}x",
            "〜〃々〆〇", "\u{302A}あ", "ℓ№™→⇒∀∈⌘", "ＡＢＣ￥￡", "naïve café", "x\u{20DD}",
        ]
        for text in texts {
            #expect(CharacterCount.of(text) == text.count, "\(Array(text.unicodeScalars))")
        }
    }
}

@Suite struct PersonNameTests {
    /// Spaces of either width and tabs go, by bytes, as they went scalar by scalar; nothing else does.
    @Test func spacesGoAndNothingElse() {
        func byScalars(_ text: String) -> String {
            String(text.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }.map(Character.init))
        }
        let texts = ["高橋 誠", "高橋　誠", "\t高橋誠\u{3000}", "　", "", "瀬戸内県 デジタル行政推進課", "A\u{3001}B\u{3000}", "é e\u{301}", "𠮷 野家", "\u{3000}\u{3000}x"]
        for text in texts { #expect(PersonName.key(text) == byScalars(text), "\(text)") }
        #expect(PersonName.key("高橋 誠") == PersonName.key("高橋　誠") && PersonName.key("高橋　誠") == "高橋誠")
    }
}

/// Numbers written with thousands commas, as the style asks people to write them.
@Suite struct GroupedNumberTests {
    @Test func commasGroupingThousandsAreRead() {
        #expect(Digits.ungrouped("4,876") == "4876")
        #expect(Digits.ungrouped("１，２３４.５") == "1234.5")
        #expect(Digits.ungrouped("12,345,678") == "12345678")
        #expect(Digits.ungrouped("-1,000") == "-1000")
        #expect(Digits.ungrouped("99.8") == "99.8")
        // Not grouping: left as written, so that the reader refuses it.
        for text in ["0,977", "00,977", "12,34", "1,2345", ",123", "1,,234", "1,234.5,6", "1,23a", "1234,567"] {
            #expect(Digits.ungrouped(text).contains(","), "\(text)")
        }
    }
}
