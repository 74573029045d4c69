import DocumentModel

/// Where a template's tags fall in the HTML its literal text makes, read in template order: in
/// text that may hold markup, or inside a tag, an attribute, a comment, the raw text of
/// `<title>`, `<style>`, `<script>` or `<textarea>`, or SVG. Only a value in plain text gets
/// markup of its own (see ``DateSpans``); everywhere else it is escaped and nothing more.
struct HTMLContext: Equatable {
    private enum State: Equatable {
        case text
        /// After `<`: a tag's name (`closing` after `</`), a declaration or comment after `<!`.
        case tagName(closing: Bool)
        case inTag
        /// After `=` in a tag, before the value begins.
        case beforeValue
        case attributeValue(quote: UInt8)
        /// A value without quotes: to a space or `>` (a quote or `/` in it is part of it).
        case unquotedValue
        case declaration
        case comment
        /// Raw text has met `</name`: its end tag if a space, `/` or `>` follows.
        case rawEnd
    }

    private var state = State.text
    private var name: [UInt8] = []
    private var closing = false
    /// The element whose content is raw text, while inside it.
    private var rawText: [UInt8]?
    private var pendingRawText: [UInt8]?
    private var svgDepth = 0
    /// The last four bytes seen, the latest lowest: `<!--`, `-->`, `/>`.
    private var window: UInt32 = 0
    /// How much of raw text's end tag (`</style`) the last bytes have matched.
    private var rawMatch = 0

    /// Elements whose content is not markup (raw text, escapable raw text, and those shown as text).
    private static let rawTextElements: [[UInt8]] = ["title", "style", "script", "textarea", "xmp", "iframe", "noembed", "noframes",
                                                     "noscript", "plaintext"].map { Array($0.utf8) }
    /// Set once the template's literal text stops telling where its values fall (a section whose
    /// body leaves the HTML in another state than it found it): no value gets markup after that.
    private var unsure = false

    /// Whether a value here is text whose dates may be kept whole with a span.
    var allowsMarkup: Bool { !unsure && state == .text && rawText == nil && svgDepth == 0 }

    /// A section's body, read once, may be left out or repeated when rendered: if it does not
    /// end where it began, what follows it is not known.
    mutating func sectionEnded(startedAs start: HTMLContext) {
        if self != start { unsure = true }
    }

    /// Where a value would fall, for comparing the HTML before and after a section: anywhere in a
    /// tag outside quotes is the same place (`<tr{{#x}} class="y"{{/x}}>`).
    private var place: State {
        switch state {
        case .tagName, .inTag, .beforeValue, .unquotedValue: .inTag
        default: state
        }
    }

    static func == (a: HTMLContext, b: HTMLContext) -> Bool {
        a.place == b.place && a.rawText == b.rawText && a.svgDepth == b.svgDepth && a.unsure == b.unsure
    }

    mutating func consume(_ text: String) {
        for byte in text.utf8 { consume(byte) }
    }

    private static func word(_ text: StaticString) -> UInt32 {
        var value: UInt32 = 0
        for k in 0..<text.utf8CodeUnitCount { value = value << 8 | UInt32(text.utf8Start[k]) }
        return value
    }
    private static let commentStart = word("<!--"), commentEnd = word("-->")

    private static func lower(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }

    private mutating func consume(_ byte: UInt8) {
        window = window << 8 | UInt32(byte)
        switch state {
        case .text:
            if let raw = rawText {
                // Only its own end tag ends raw text (`</scripts>` does not end a script).
                let expected = rawMatch == 0 ? UInt8(ascii: "<") : rawMatch == 1 ? UInt8(ascii: "/") : raw[rawMatch - 2]
                if Self.lower(byte) == expected {
                    rawMatch += 1
                    if rawMatch == raw.count + 2 {
                        rawMatch = 0
                        state = .rawEnd
                    }
                } else {
                    rawMatch = byte == UInt8(ascii: "<") ? 1 : 0
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
        case .rawEnd:
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20, UInt8(ascii: "/"):
                name = rawText ?? []
                rawText = nil
                closing = true
                state = .inTag
            case UInt8(ascii: ">"):
                name = rawText ?? []
                rawText = nil
                closing = true
                endTag(selfClosing: false)
            default:
                state = .text
            }
        case .inTag:
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .attributeValue(quote: byte)
            case UInt8(ascii: "="): state = .beforeValue
            case UInt8(ascii: ">"): endTag(selfClosing: (window >> 8) & 0xFF == UInt32(UInt8(ascii: "/")))
            default: break
            }
        case .beforeValue:
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20: break
            case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .attributeValue(quote: byte)
            case UInt8(ascii: ">"): endTag(selfClosing: false)
            default: state = .unquotedValue
            }
        case .unquotedValue:
            switch byte {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20: state = .inTag
            case UInt8(ascii: ">"): endTag(selfClosing: false)
            default: break
            }
        case .attributeValue(let quote):
            if byte == quote { state = .inTag }
        case .declaration:
            if window == Self.commentStart { state = .comment } else if byte == UInt8(ascii: ">") { state = .text }
        case .comment:
            if window & 0x00FF_FFFF == Self.commentEnd { state = .text }
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

/// Dates written in 和暦 (令和７年10月21日, 令和５年11月14日（火） 9:30, 令和７年度) and identifiers
/// (改善要求（RQ-2025-02）) kept whole on the page: a narrow table cell breaks before or after
/// one, never inside it. Read on the value's UTF-8 bytes: most values hold neither and are
/// escaped as they are.
enum DateSpans {
    static let open = Array("<span class=\"nowrap\">".utf8), close = Array("</span>".utf8)
    static let eras: [[UInt8]] = ["令和", "平成", "昭和", "大正"].map { Array($0.utf8) }
    static let year = Array("年".utf8), month = Array("月".utf8), day = Array("日".utf8), gan = Array("元".utf8), fiscal = Array("度".utf8)
    static let openers: [[UInt8]] = ["（", "「", "『", "(", "〔", "【"].map { Array($0.utf8) }
    static let closers: [[UInt8]] = ["）", "」", "』", ")", "〕", "】", "、", "。", "，", "．"].map { Array($0.utf8) }
    static let bracketOpen: [[UInt8]] = [Array("（".utf8), Array("(".utf8)], bracketClose: [[UInt8]] = [Array("）".utf8), Array(")".utf8)]

    /// The HTML escape of `text`, with each date and identifier inside a `nowrap` span. In a
    /// text of several lines, a line that begins with an item's number or a bullet (`(1) `,
    /// `１　`, `ア　`, `・`) is an item: its mark and its words in spans of their own (`item`,
    /// `mark`), so that the shipped style sets the item's wrapped lines under its words, not
    /// under its number. Each item keeps its line break inside it: with a style that knows no
    /// `item`, the lines read as they did.
    static func escape(_ text: String, into out: inout [UInt8]) {
        text.withUTF8Bytes { bytes in
            guard bytes.contains(0x0A), let lines = ItemLines.lines(bytes) else {
                escape(bytes, 0..<bytes.count, into: &out)
                return
            }
            for line in lines {
                guard let mark = line.mark else {
                    escape(bytes, line.range, into: &out)
                    continue
                }
                out += ItemLines.open
                ByteEscaping.appendHTML(UnsafeBufferPointer(rebasing: bytes[line.range.lowerBound..<mark]), into: &out)
                out += ItemLines.words
                escape(bytes, mark..<line.range.upperBound, into: &out)
                out += ItemLines.close
            }
        }
    }

    /// The HTML escape of `bytes[range]`, each date and identifier inside a `nowrap` span.
    static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        guard mayHoldSpan(UnsafeBufferPointer(rebasing: bytes[range])) else {
            if !range.isEmpty { ByteEscaping.appendHTML(UnsafeBufferPointer(rebasing: bytes[range]), into: &out) }
            return
        }
        var plainStart = range.lowerBound, i = range.lowerBound
        let bytes = UnsafeBufferPointer(rebasing: bytes[..<range.upperBound])
        func flush(_ range: Range<Int>) {
            if !range.isEmpty { ByteEscaping.appendHTML(UnsafeBufferPointer(rebasing: bytes[range]), into: &out) }
        }
        /// `bytes[start..<end]` in a span, with the brackets and punctuation around it: a line may
        /// not end with （ nor begin with ）or 、, and a span's edge would otherwise allow it.
        func keepWhole(_ start: Int, _ end: Int) {
            var start = start, end = end
            while let opener = openers.first(where: { has($0, in: bytes, endingAt: start) }), start - opener.count >= plainStart { start -= opener.count }
            while let closer = closers.first(where: { has($0, in: bytes, at: end) }) { end += closer.count }
            flush(plainStart..<start)
            out += open
            flush(start..<end)
            out += close
            i = end
            plainStart = end
        }
        while i < bytes.count {
            // An identifier begins with an uppercase letter; an era name with 令 E4 BB, 平 E5 B9,
            // 昭 E6 98 or 大 E5 A4; anything else moves on at once, a character at a time (the
            // bytes are valid UTF-8: a lead byte says how many follow it).
            let b = bytes[i]
            if b < 0x80 {
                // One that is the whole value is left to its cell.
                if b >= 0x41, b <= 0x5A, let end = identifierEnd(bytes, from: i), !(i == range.lowerBound && end == bytes.count) {
                    keepWhole(i, end)
                } else {
                    i += 1
                }
                continue
            }
            if b >= 0xE4, b <= 0xE6, i + 1 < bytes.count {
                let b1 = bytes[i + 1]
                if (b == 0xE4 && b1 == 0xBB) || (b == 0xE5 && (b1 == 0xB9 || b1 == 0xA4)) || (b == 0xE6 && b1 == 0x98),
                   let end = dateEnd(bytes, from: i) {
                    keepWhole(i, end)
                    continue
                }
            }
            i += ByteEscaping.width(b)
        }
        flush(plainStart..<bytes.count)
    }

    /// Whether `bytes` may hold a date or an identifier: every date has 年 (E5 B9 B4), every
    /// identifier begins with an uppercase ASCII letter. Most values have neither, and are
    /// escaped without being read a character at a time; the bytes are tested 8 at a time.
    static func mayHoldSpan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteWords.contains(bytes, candidates: { ByteWords.ascii($0, from: 0x41, to: 0x5A) | ByteWords.equal($0, 0xB4) }) { k in
            let b = bytes[k]
            return (0x41...0x5A).contains(b) || (b == 0xB4 && k >= 2 && bytes[k - 1] == 0xB9 && bytes[k - 2] == 0xE5)
        }
    }

    /// Where an identifier that starts at `i` ends (RQ-2025-02, KZ-RQ-2025-02-1, INC-2025-004):
    /// uppercase letters and digits in parts joined by hyphens, two parts at least, a digit in it,
    /// not part of a longer word, 32 bytes at most; nil for anything else. A line may break at its
    /// hyphens, which would cut it in two.
    static func identifierEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        func isPart(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) }
        func isWord(_ b: UInt8) -> Bool { isPart(b) || (0x61...0x7A).contains(b) || b == 0x2D || b == 0x5F }
        /// What joins words into a file name, an address or a version (A-1.pdf, OPS-24@EXAMPLE.JP,
        /// https://…/DOC-1/, TLS-1.2): an identifier next to one, with a word beyond it, is part of that.
        func joins(_ b: UInt8) -> Bool { b == 0x2E || b == 0x40 || b == 0x2F || b == 0x3A || b == 0x5C || b == 0x23 || b == 0x3D || b == 0x3F || b == 0x26 || b == 0x25 || b == 0x2B }
        if i > 0, isWord(bytes[i - 1]) || (joins(bytes[i - 1]) && i > 1 && isWord(bytes[i - 2])) { return nil }
        var k = i, hyphens = 0, digit = false, partLength = 0
        while k < bytes.count, k - i <= 32 {
            let b = bytes[k]
            if isPart(b) {
                if b <= 0x39 { digit = true }
                partLength += 1
            } else if b == 0x2D, partLength > 0 {
                hyphens += 1
                partLength = 0
            } else {
                break
            }
            k += 1
        }
        guard hyphens > 0, digit, partLength > 0, k - i <= 32, k == bytes.count || !isWord(bytes[k]),
              !(k + 1 < bytes.count && joins(bytes[k]) && isWord(bytes[k + 1])) else { return nil }
        return k
    }

    static func has(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard k >= 0, k + word.count <= bytes.count else { return false }
        for (n, byte) in word.enumerated() where bytes[k + n] != byte { return false }
        return true
    }

    static func has(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, endingAt k: Int) -> Bool {
        has(word, in: bytes, at: k - word.count)
    }

    /// Digits, ASCII or full-width (EF BC 90–99), from `k`: where they end (k itself when none).
    static func digits(_ bytes: UnsafeBufferPointer<UInt8>, from k: Int, ascii: Bool = false) -> Int {
        var k = k
        while k < bytes.count {
            if (0x30...0x39).contains(bytes[k]) { k += 1; continue }
            if !ascii, k + 2 < bytes.count, bytes[k] == 0xEF, bytes[k + 1] == 0xBC, (0x90...0x99).contains(bytes[k + 2]) { k += 3; continue }
            break
        }
        return k
    }

    /// Where a date that starts at `i` ends: an era, a year (digits or 元) and 年 (and 度), then a
    /// month and a day if written, a weekday in brackets, a time after a space.
    static func dateEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int? {
        guard let era = eras.first(where: { has($0, in: bytes, at: i) }) else { return nil }
        var k = i + era.count
        if has(gan, in: bytes, at: k) { k += gan.count } else {
            let after = digits(bytes, from: k)
            guard after > k else { return nil }
            k = after
        }
        guard has(year, in: bytes, at: k) else { return nil }
        k += year.count
        if has(fiscal, in: bytes, at: k) { return k + fiscal.count }
        var end = k
        let afterMonth = digits(bytes, from: k)
        guard afterMonth > k, has(month, in: bytes, at: afterMonth) else { return end }
        k = afterMonth + month.count
        end = k
        let afterDay = digits(bytes, from: k)
        guard afterDay > k, has(day, in: bytes, at: afterDay) else { return end }
        k = afterDay + day.count
        end = k
        // （火） or (火): a bracket, one character of three bytes, a bracket.
        if let o = bracketOpen.first(where: { has($0, in: bytes, at: k) }), k + o.count + 3 <= bytes.count,
           let c = bracketClose.first(where: { has($0, in: bytes, at: k + o.count + 3) }) {
            k += o.count + 3 + c.count
            end = k
        }
        // A time after one space: 9:30, 24:00.
        if k < bytes.count, bytes[k] == 0x20 {
            let hourEnd = digits(bytes, from: k + 1, ascii: true)
            if hourEnd > k + 1, hourEnd - (k + 1) <= 2, hourEnd + 2 < bytes.count, bytes[hourEnd] == 0x3A,
               (0x30...0x39).contains(bytes[hourEnd + 1]), (0x30...0x39).contains(bytes[hourEnd + 2]) {
                end = hourEnd + 3
            }
        }
        return end
    }
}
