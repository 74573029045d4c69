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
