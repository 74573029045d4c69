import Testing
import DocumentModel
@testable import Rendering

/// Escaping steps over characters of several bytes whole: it must give what a byte-by-byte
/// escape gives, for text of every width.
@Suite struct ByteEscapingTests {
    static func reference(_ text: String, _ entity: (UInt8) -> String?) -> [UInt8] {
        var out: [UInt8] = []
        for byte in text.utf8 { if let e = entity(byte) { out += e.utf8 } else { out.append(byte) } }
        return out
    }

    static let pieces = ["a", "&", "<", ">", "\"", "'", "\r", "\n", "令和", "７", "é", "𠮷", "（", "—", "Z", " ", "ｱ"]

    @Test func everyWidthIsEscapedAsByteByByte() {
        // Every text of up to three pieces: each piece beside every other, at either end.
        var texts = [""]
        for _ in 0..<3 { texts += texts.flatMap { text in Self.pieces.map { text + $0 } } }
        for text in Set(texts) {
            var html: [UInt8] = []
            var copy = text
            copy.withUTF8 { ByteEscaping.appendHTML($0, into: &html) }
            #expect(html == Self.reference(text) { ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][Character(Unicode.Scalar($0))] }, "\(text)")
            var xml: [UInt8] = []
            XMLWriter.escape(text, into: &xml)
            #expect(String(decoding: xml, as: UTF8.self) == XMLWriter.escape(text), "\(text)")
        }
    }

    /// Runs without a byte to escape are stepped over eight bytes at a time: a byte to escape is
    /// found wherever it falls in a word, after text of every width, and with more after it.
    @Test func aByteToEscapeIsFoundWhereverItFallsInAWord() {
        let html: (UInt8) -> String? = { ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"][Character(Unicode.Scalar($0))] }
        var cases = 0
        for special in ["&", "<", ">", "\"", "'", "\r", "&&", "<a>"] {
            for filler in ["a", "令", "é", "𠮷", "７", "\n"] {
                for before in 0..<20 {
                    for after in [0, 1, 7, 8, 9] {
                        let text = String(repeating: filler, count: before) + special + String(repeating: "和", count: after) + special
                        var out: [UInt8] = []
                        var copy = text
                        copy.withUTF8 { ByteEscaping.appendHTML($0, into: &out) }
                        #expect(out == Self.reference(text, html), "\(text)")
                        var viaRenderer: [UInt8] = []
                        Renderer.escape(text, into: &viaRenderer)
                        #expect(viaRenderer == Self.reference(text, html), "\(text)")
                        var xml: [UInt8] = []
                        XMLWriter.escape(text, into: &xml)
                        #expect(String(decoding: xml, as: UTF8.self) == XMLWriter.escape(text), "\(text)")
                        cases += 1
                    }
                }
            }
        }
        #expect(cases == 8 * 6 * 20 * 5)
    }
}

/// A value is read a character at a time for its dates and identifiers only if it has 年 or an
/// uppercase letter (tested eight bytes at a time): that test must never miss one.
@Suite struct DateSpanTestTests {
    @Test func yearAndUppercaseAreSeenWhereverTheyFall() {
        for mark in ["年"] + (UInt8(ascii: "A")...UInt8(ascii: "Z")).map({ String(UnicodeScalar($0)) }) {
            for filler in ["a", "申", "度", "z", "@", "[", "`", "{"] {
                for before in 0..<18 {
                    let text = String(repeating: filler, count: before) + mark + String(repeating: filler, count: 3)
                    var copy = text
                    #expect(copy.withUTF8 { DateSpans.mayHoldSpan($0) }, "\(text)")
                }
            }
        }
        // Near misses: other characters ending in B4 (平 E5 B9 B3, 幾 E5 B9 BE, 康 E5 BA B7, 嘴 E5
        // 98 B4), lowercase, the bytes beside A and Z.
        for filler in ["a", "申", "平", "幾", "嘴", "度", "z", "@", "[", "`", "{", "ａ", "Ａ", "ｚ"] {
            for before in 0..<18 {
                let text = String(repeating: filler, count: before) + "月日（火）9:30"
                var copy = text
                #expect(!copy.withUTF8 { DateSpans.mayHoldSpan($0) }, "\(text)")
            }
        }
    }

    /// A date or an identifier is kept whole after text of every length.
    @Test func aDateIsKeptWholeAfterTextOfEveryLength() {
        for before in 0..<18 {
            let lead = String(repeating: "申", count: before)
            var out: [UInt8] = []
            DateSpans.escape(lead + "令和７年10月21日に受付（RQ-2025-02）", into: &out)
            #expect(String(decoding: out, as: UTF8.self)
                == lead + "<span class=\"nowrap\">令和７年10月21日</span>に受付<span class=\"nowrap\">（RQ-2025-02）</span>", "\(before)")
        }
    }
}

/// Clocks and ISO dates written on the stack say what the strings they replaced said.
@Suite struct ClockAndISOTests {
    @Test func clocksAsBefore() {
        for second in stride(from: -3_600, through: 100 * 3_600, by: 7) {
            let minutes = second / 60, seconds = second % 60
            let before = "\(minutes / 60):" + (minutes % 60 >= 0 && minutes % 60 < 10 ? "0\(minutes % 60)" : "\(minutes % 60)")
                + (seconds == 0 ? "" : ":" + (seconds >= 0 && seconds < 10 ? "0\(seconds)" : "\(seconds)"))
            #expect(DocumentFormat.clock(second) == before, "\(second)")
        }
    }
}

/// Hundredths written on the stack say what the strings they replaced said.
@Suite struct HundredthsTests {
    @Test func hundredthsAsBefore() {
        for n in Array(0...100_100) + [-5, -100, -12_345, 1_234_567, 99_999_999] {
            let fraction = n % 100
            let before = Digits.grouped(n / 100) + (fraction < 10 ? ".0" : ".") + String(fraction)
            #expect(Digits.hundredths(n) == before, "\(n)")
        }
    }
}
