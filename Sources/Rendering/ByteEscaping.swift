import DocumentModel

/// Text into UTF-8 bytes with some bytes replaced by entities (HTML, XML): the runs between
/// them are copied whole, and most values, which have none, in one copy. Only ASCII bytes are
/// ever replaced: a character of several bytes is stepped over whole (its lead byte says how
/// many), which for Japanese text is a third of the steps.
enum ByteEscaping {
    /// How many bytes the UTF-8 character whose first byte is `lead` has.
    @inline(__always)
    static func width(_ lead: UInt8) -> Int { lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// The bytes of `word` that either escape replaces (& < > " ' and the carriage return): a run
    /// of words without one is stepped over a word at a time (``ByteWords/skip(_:from:_:)``; it
    /// may land inside a character, whose bytes are above ASCII and stepped over one by one).
    @inline(__always)
    static func specials(_ word: UInt64) -> UInt64 {
        ByteWords.equal(word, 0x26) | ByteWords.equal(word, 0x3C) | ByteWords.equal(word, 0x3E) | ByteWords.equal(word, 0x22)
            | ByteWords.equal(word, 0x27) | ByteWords.equal(word, 0x0D)
    }

    @inline(__always)
    static func append(_ text: String, into output: inout [UInt8], _ entity: (UInt8) -> StaticString?) {
        text.withUTF8Bytes { bytes in
            var start = 0, index = ByteWords.skip(bytes, from: 0, specials)
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                guard byte < 0x80 else { index += width(byte); continue }
                guard let replacement = entity(byte) else { index += 1; continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += 1
                start = index
                index = ByteWords.skip(bytes, from: index, specials)
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[min(start, count)...]))
        }
    }

    /// HTML escaping (& < > " ') of bytes that are already UTF-8, as ``Renderer`` escapes text.
    static func appendHTML(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0, index = ByteWords.skip(bytes, from: 0, specials)
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
            index = ByteWords.skip(bytes, from: index, specials)
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[min(start, count)...]))
    }
}
