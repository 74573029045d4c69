/// The lines of a text that begin with an item's number or a bullet, the way a free text of a
/// plan numbers its steps: `(1) `, `（１）`, `1 `, `１　`, `1.`, `ア　`, `（ア）`, `①`, `・`, `※`.
/// An item's wrapped lines belong under its words, so that its number stands out; the HTML
/// gives each such line an `item` span (see `DateSpans.escape`).
enum ItemLines {
    static let open = Array("<span class=\"item\"><span class=\"mark\">".utf8)
    static let words = Array("</span><span>".utf8)
    static let close = Array("</span></span>".utf8)

    struct Line {
        /// The line with its line break, if it has one.
        let range: Range<Int>
        /// Where the item's words begin (after its number and the spaces after it); nil for a
        /// line that is not an item.
        let mark: Int?
    }

    /// The lines of `bytes`, or nil when none of them is an item.
    static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        var lines: [Line] = []
        var start = 0, anyItem = false
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let mark = wordsStart(bytes, start, end)
            if mark != nil { anyItem = true }
            lines.append(Line(range: start..<min(end + 1, bytes.count), mark: mark))
            start = end + 1
        }
        return anyItem ? lines : nil
    }

    /// Where the words of the item on `bytes[start..<end]` begin, or nil when the line is not an
    /// item: no mark, nothing after it, or a number that is referred to or goes on (`1.5時間`,
    /// `1、2回目`, `（1）の内容`, `24 時間`).
    static func wordsStart(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let line = UnsafeBufferPointer(rebasing: bytes[..<end])
        let k = spaces(line, from: start)
        guard let (first, length) = scalar(line, at: k) else { return nil }
        var after: Int
        if digit(first) {
            var e = k + length, count = 1
            while let (c, n) = scalar(line, at: e), digit(c) { e += n; count += 1 }
            guard count <= 2, let (next, n) = scalar(line, at: e) else { return nil }
            if space(next) {
                after = spaces(line, from: e)
                guard let (word, _) = scalar(line, at: after), !digit(word), !units.contains(word) else { return nil }
                return after
            }
            guard marks.contains(next), let (word, _) = scalar(line, at: e + n), !digit(word), !followers.contains(word) else { return nil }
            after = e + n
        } else if first == "(" || first == "（" {
            guard let (inner, n) = scalar(line, at: k + length) else { return nil }
            var e = k + length + n
            if digit(inner) {
                if let (c, m) = scalar(line, at: e), digit(c) { e += m }
            } else if !kana.contains(inner) {
                return nil
            }
            guard let (closing, m) = scalar(line, at: e), closing == ")" || closing == "）",
                  let (word, _) = scalar(line, at: e + m), !followers.contains(word) else { return nil }
            after = e + m
        } else if ("\u{2460}"..."\u{2473}").contains(first) || bullets.contains(first) {
            after = k + length
        } else if kana.contains(first) {
            // ア　…: a katakana alone is an item only with a space after it (アクセス is a word).
            guard let (next, _) = scalar(line, at: k + length), space(next) else { return nil }
            after = k + length
        } else {
            return nil
        }
        after = spaces(line, from: after)
        guard let (word, _) = scalar(line, at: after), !space(word) else { return nil }
        return after
    }

    /// Marks after a number: 1. 1． 1、 1) 1）
    static let marks: Set<Unicode.Scalar> = [".", "．", "、", ")", "）"]
    /// What after a number's mark makes it a number referred to or going on: 1.〜3.の, 1、2回目.
    static let followers: Set<Unicode.Scalar> = ["の", "と", "は", "が", "を", "に", "も", "や", "へ", "及", "又", "並", "〜", "～", "、", "。", "，", "．", ","]
    /// Words a number counts: `24 時間` is a figure, not item 24.
    static let units: Set<Unicode.Scalar> = ["時", "日", "月", "年", "件", "回", "名", "人", "分", "秒", "週", "か", "ヶ", "ケ", "箇", "個", "台", "円", "社", "%", "％", "万", "千", "百", "割", "倍", "歳", "部", "枚", "頁", "号", "条", "項", "章", "節", "次", "期", "点"]
    static let bullets: Set<Unicode.Scalar> = ["・", "●", "○", "■", "□", "◆", "◇", "※"]
    /// The katakana of items: ア, イ, … in 五十音 order, and イロハ.
    static let kana: Set<Unicode.Scalar> = Set("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン".unicodeScalars)

    static func digit(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("０"..."９").contains(c)
    }

    static func space(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" || c == "\r"
    }

    static func spaces(_ bytes: UnsafeBufferPointer<UInt8>, from k: Int) -> Int {
        var k = k
        while let (c, n) = scalar(bytes, at: k), space(c) { k += n }
        return k
    }

    /// The scalar of the valid UTF-8 at `k`, and its length; nil at the end.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (Unicode.Scalar, Int)? {
        guard k >= 0, k < bytes.count else { return nil }
        let b0 = UInt32(bytes[k])
        let length = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4
        guard k + length <= bytes.count else { return nil }
        var value = length == 1 ? b0 : b0 & (0xFF >> (length + 1))
        for n in 1..<length { value = value << 6 | UInt32(bytes[k + n] & 0x3F) }
        return Unicode.Scalar(value).map { ($0, length) }
    }
}
