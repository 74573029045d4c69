/// Where a template's tags fall in the HTML its literal text makes, read in template order: in
/// text that may hold markup, or inside a tag, an attribute, a comment, the raw text of
/// `<title>`, `<style>`, `<script>` or `<textarea>`, or SVG. Only a value in plain text gets
/// markup of its own (see ``DateSpans``); everywhere else it is escaped and nothing more.
struct HTMLContext {
    private enum State: Equatable {
        case text
        /// After `<`: a tag's name (`closing` after `</`), a declaration or comment after `<!`.
        case tagName(closing: Bool)
        case inTag
        case attributeValue(quote: UInt8)
        case declaration
        case comment
    }

    private var state = State.text
    private var name: [UInt8] = []
    private var closing = false
    /// The element whose content is raw text, while inside it.
    private var rawText: [UInt8]?
    private var pendingRawText: [UInt8]?
    private var svgDepth = 0
    /// The last bytes seen: the end of a comment (`-->`) and of raw text (`</style`).
    private var recent: [UInt8] = []

    private static let rawTextElements: [[UInt8]] = ["title", "style", "script", "textarea"].map { Array($0.utf8) }

    /// Whether a value here is text whose dates may be kept whole with a span.
    var allowsMarkup: Bool { state == .text && rawText == nil && svgDepth == 0 }

    mutating func consume(_ text: String) {
        for byte in text.utf8 { consume(byte) }
    }

    private mutating func remember(_ byte: UInt8) {
        recent.append(byte)
        if recent.count > 12 { recent.removeFirst(recent.count - 12) }
    }

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    private mutating func consume(_ byte: UInt8) {
        remember(byte)
        switch state {
        case .text:
            if let raw = rawText {
                // Only its own end tag ends raw text.
                let end = [UInt8(ascii: "<"), UInt8(ascii: "/")] + raw
                if recent.count >= end.count, recent.suffix(end.count).map(Self.lower) == end {
                    rawText = nil
                    name = raw
                    closing = true
                    state = .inTag
                }
            } else if byte == UInt8(ascii: "<") {
                name = []
                state = .tagName(closing: false)
            }
        case .tagName(let isClosing):
            switch byte {
            case UInt8(ascii: "/") where name.isEmpty && !isClosing:
                state = .tagName(closing: true)
            case UInt8(ascii: "!") where name.isEmpty:
                state = .declaration
            case UInt8(ascii: ">"):
                closing = isClosing
                finishName()
                endTag(selfClosing: false)
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20, UInt8(ascii: "/"):
                closing = isClosing
                finishName()
                state = .inTag
            default:
                name.append(Self.lower(byte))
            }
        case .inTag:
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .attributeValue(quote: byte)
            case UInt8(ascii: ">"): endTag(selfClosing: recent.count >= 2 && recent[recent.count - 2] == UInt8(ascii: "/"))
            default: break
            }
        case .attributeValue(let quote):
            if byte == quote { state = .inTag }
        case .declaration:
            if recent.suffix(4) == Array("<!--".utf8) { state = .comment } else if byte == UInt8(ascii: ">") { state = .text }
        case .comment:
            if recent.suffix(3) == Array("-->".utf8) { state = .text }
        }
    }

    /// A start tag's name is known: SVG is entered, raw text begins at its `>`.
    private mutating func finishName() {
        if name == Array("svg".utf8) {
            svgDepth = max(0, svgDepth + (closing ? -1 : 1))
        }
        pendingRawText = !closing && Self.rawTextElements.contains(name) ? name : nil
    }

    private mutating func endTag(selfClosing: Bool) {
        if selfClosing && !closing && name == Array("svg".utf8) { svgDepth = max(0, svgDepth - 1) }
        rawText = selfClosing ? nil : pendingRawText
        pendingRawText = nil
        state = .text
    }
}

/// Dates written in 和暦 (令和７年10月21日, 令和５年11月14日（火） 9:30, 令和７年度) kept whole on
/// the page: a narrow table cell breaks before or after a date, never inside it.
enum DateSpans {
    static let open = Array("<span class=\"nowrap\">".utf8), close = Array("</span>".utf8)
    static let eras: [[Unicode.Scalar]] = ["令和", "平成", "昭和", "大正"].map { Array($0.unicodeScalars) }

    static let openers: Set<Unicode.Scalar> = ["（", "「", "『", "(", "〔", "【"]
    static let closers: Set<Unicode.Scalar> = ["）", "」", "』", ")", "〕", "】", "、", "。", "，", "．"]

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || ("０"..."９").contains(s) }

    /// The HTML escape of `text`, with each date inside a `nowrap` span.
    static func escape(_ text: String, into out: inout [UInt8]) {
        // Most values hold no era name: one look at the bytes (令 E4, 平 E5, 昭 E6, 大 E5).
        guard text.utf8.contains(where: { $0 == 0xE4 || $0 == 0xE5 || $0 == 0xE6 }),
              text.contains("令和") || text.contains("平成") || text.contains("昭和") || text.contains("大正") else {
            Renderer.escape(text, into: &out)
            return
        }
        let scalars = Array(text.unicodeScalars)
        var plainStart = 0, i = 0
        func flushPlain(to end: Int) {
            if end > plainStart { Renderer.escape(String(String.UnicodeScalarView(scalars[plainStart..<end])), into: &out) }
        }
        while i < scalars.count {
            if var end = dateEnd(scalars, from: i) {
                // The brackets and punctuation around a date go with it: a line may not end
                // with （ nor begin with ）or 、, and a span's edge would otherwise allow it.
                var start = i
                while start > plainStart, openers.contains(scalars[start - 1]) { start -= 1 }
                while end < scalars.count, closers.contains(scalars[end]) { end += 1 }
                flushPlain(to: start)
                out += open
                Renderer.escape(String(String.UnicodeScalarView(scalars[start..<end])), into: &out)
                out += close
                i = end
                plainStart = end
            } else {
                i += 1
            }
        }
        flushPlain(to: scalars.count)
    }

    /// Where a date that starts at `i` ends: an era, a year (digits or 元) and 年, then a month
    /// and a day if written, a weekday in brackets, a time after a space.
    static func dateEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        guard let era = eras.first(where: { i + $0.count <= s.count && Array(s[i..<(i + $0.count)]) == $0 }) else { return nil }
        var k = i + era.count
        func digits() -> Bool {
            let start = k
            while k < s.count, isDigit(s[k]) { k += 1 }
            return k > start
        }
        if k < s.count, s[k] == "元" { k += 1 } else if !digits() { return nil }
        guard k < s.count, s[k] == "年" else { return nil }
        k += 1
        var end = k
        let monthStart = k
        if digits(), k < s.count, s[k] == "月" {
            k += 1
            end = k
            let dayStart = k
            if digits(), k < s.count, s[k] == "日" {
                k += 1
                end = k
                // （火） or (火)
                if k + 2 < s.count, s[k] == "（" || s[k] == "(", s[k + 2] == "）" || s[k + 2] == ")" {
                    k += 3
                    end = k
                }
                // A time after one space: 9:30, 24:00.
                if k + 1 < s.count, s[k] == " " {
                    var t = k + 1
                    let hourStart = t
                    while t < s.count, ("0"..."9").contains(s[t]) { t += 1 }
                    if t > hourStart, t - hourStart <= 2, t + 2 < s.count, s[t] == ":", ("0"..."9").contains(s[t + 1]), ("0"..."9").contains(s[t + 2]) {
                        end = t + 3
                    }
                }
            } else {
                k = dayStart
            }
        } else {
            k = monthStart
        }
        return end
    }
}
