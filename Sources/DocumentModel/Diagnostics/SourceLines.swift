import Foundation

/// A text and where each of its lines starts, found in one pass over its bytes; a line is cut
/// only when a diagnostic needs it.
public struct SourceLines: Sendable {
    public let text: String
    /// UTF-8 offset of the start of each line.
    private let starts: [Int32]

    public init(_ text: String) {
        var starts: [Int32] = [0]
        var text = text
        // Line feeds found with memchr, a word at a time.
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(Int32(offset))
            }
        }
        self.text = text
        self.starts = starts
    }

    /// The line and column (in Unicode scalars, both from 1) of the byte at `offset` of `bytes`
    /// (UTF-8 that may be broken from there on).
    public static func place<Bytes: Collection<UInt8>>(ofByte offset: Int, in bytes: Bytes) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Whether the text holds `byte` (memchr over its UTF-8).
    public static func contains(_ byte: UInt8, in text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Line `number` (1-based) without its line break (LF or CRLF), or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[number - 1]))
        var end = number < starts.count
            ? utf8.index(utf8.startIndex, offsetBy: Int(starts[number]) - 1)
            : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return Substring(text[start..<end])
    }
}
