import DocumentModel

/// Text into UTF-8 bytes with some bytes replaced by entities (HTML, XML): the runs between
/// them are copied whole, and most values, which have none, in one copy. Only ASCII bytes are
/// ever replaced: a character of several bytes is stepped over whole (its lead byte says how
/// many), which for Japanese text is a third of the steps.
enum ByteEscaping {
    /// How many bytes the UTF-8 character whose first byte is `lead` has.
    @inline(__always)
    static func width(_ lead: UInt8) -> Int { lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// Whether the 8 bytes of `word` hold none of the bytes either escape replaces (& < > " ' and
    /// the carriage return): a run of them is stepped over a word at a time.
    @inline(__always)
    static func plain(_ word: UInt64) -> Bool {
        ByteWords.equal(word, 0x26) | ByteWords.equal(word, 0x3C) | ByteWords.equal(word, 0x3E) | ByteWords.equal(word, 0x22)
            | ByteWords.equal(word, 0x27) | ByteWords.equal(word, 0x0D) == 0
    }

    /// Where the first byte at or after `index` that an escape may replace can be, a word of
    /// plain bytes at a time (it may land inside a character: its bytes are above ASCII and
    /// stepped over one by one).
    @inline(__always)
    static func skipPlain(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        var index = index
        while index &+ 8 <= bytes.count, plain(ByteWords.load(base, index)) {
            index &+= 8
        }
        return index
    }

    @inline(__always)
    static func append(_ text: String, into output: inout [UInt8], _ entity: (UInt8) -> StaticString?) {
        text.withUTF8Bytes { bytes in
            var start = 0, index = 0
            let count = bytes.count
            index = skipPlain(bytes, from: index)
            while index < count {
                let byte = bytes[index]
                guard byte < 0x80 else { index += width(byte); continue }
                guard let replacement = entity(byte) else { index += 1; continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += 1
                start = index
                index = skipPlain(bytes, from: index)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[min(start, count)...]))
        }
    }

    /// HTML escaping (& < > " ') of bytes that are already UTF-8, as ``Renderer`` escapes text.
    static func appendHTML(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0, index = skipPlain(bytes, from: 0)
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard byte < 0x80 else { index += width(byte); continue }
            let replacement: StaticString
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default:
                index += 1
                continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            index += 1
            start = index
            index = skipPlain(bytes, from: index)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[min(start, count)...]))
    }
}
