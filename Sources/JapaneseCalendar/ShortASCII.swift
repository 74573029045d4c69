/// A short ASCII text (a date, a clock, a number) written a byte at a time on the stack: one of
/// 15 bytes or fewer is then made a string without an allocation, where joining its pieces made
/// a string for each. Documents write such texts by the thousand.
public struct ShortASCII {
    @usableFromInline let buffer: UnsafeMutableBufferPointer<UInt8>
    @usableFromInline var count = 0

    @inlinable init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// The text `write` puts, at most `capacity` bytes.
    @inlinable
    public static func make(capacity: Int, _ write: (inout ShortASCII) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var text = ShortASCII(buffer)
            write(&text)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<text.count]), as: UTF8.self)
        }
    }

    /// One ASCII byte (a separator: `-`, `:`, `.`). Named apart from the numbers: an integer
    /// literal would otherwise be read as a number to write.
    @inlinable
    public mutating func put(ascii byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// The decimal digits of `n`, `width` of them at least (zeros in front).
    @inlinable
    public mutating func put(_ n: UInt, width: Int = 1) {
        var digits = 1, rest = n / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for _ in digits..<max(width, digits) { put(ascii: 0x30) }
        var value = n, at = count + digits
        count = at
        repeat {
            at -= 1
            buffer[at] = 0x30 + UInt8(value % 10)
            value /= 10
        } while value > 0
    }

    /// The same, of a number that is not negative.
    @inlinable
    public mutating func put(_ n: Int, width: Int = 1) {
        precondition(n >= 0, "ShortASCII writes numbers that are not negative")
        put(UInt(n), width: width)
    }
}
