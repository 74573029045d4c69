import CSHA256

/// SHA-256 (FIPS 180-4), for the fingerprints of submitted documents: the exact bytes sent and
/// the inputs they were made from. Input is taken as contiguous bytes where it can be (a
/// String's UTF-8, an Array, Data) and compressed in place, 64 bytes at a time: with the
/// processor's SHA extensions where it has them (CSHA256), else by the rounds below.
public struct SHA256: Sendable {
    /// Whether this processor compresses blocks itself.
    static let hardwareAvailable = teishutsu_sha256_hardware() == 1
    private let hardware: Bool
    private var state: SIMD8<UInt32> = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    /// A partial block, waiting for the next bytes.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    public init() {
        self.init(hardware: Self.hardwareAvailable)
    }

    /// `hardware: false` uses the rounds written here (the tests compare the two).
    init(hardware: Bool) {
        self.hardware = hardware && Self.hardwareAvailable
        pending.reserveCapacity(64)
    }

    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in update(UnsafeRawBufferPointer(buffer)) }
        if done == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { update($0) }
        }
    }

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        length &+= UInt64(bytes.count)
        var offset = 0
        // Complete a waiting block first.
        if !pending.isEmpty {
            let take = min(64 - pending.count, bytes.count)
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base, count: take))
            offset = take
            guard pending.count == 64 else { return }
            pending.withUnsafeBytes { compress($0.baseAddress!, blocks: 1) }
            pending.removeAll(keepingCapacity: true)
        }
        let blocks = (bytes.count - offset) / 64
        if blocks > 0 {
            compress(base + offset, blocks: blocks)
            offset += 64 * blocks
        }
        if offset < bytes.count {
            pending.append(contentsOf: UnsafeRawBufferPointer(start: base + offset, count: bytes.count - offset))
        }
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public mutating func finish() -> String {
        let bits = length &* 8
        var tail = pending + [0x80]
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
        tail.withUnsafeBytes { raw in compress(raw.baseAddress!, blocks: raw.count / 64) }
        pending = []
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for i in 0..<8 {
            let word = state[i]
            for shift in stride(from: 28, through: 0, by: -4) { out.append(digits[Int((word >> UInt32(shift)) & 0xF)]) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var hash = SHA256()
        hash.update(bytes)
        return hash.finish()
    }

    public static func hex(_ text: String) -> String {
        var hash = SHA256()
        hash.update(text)
        return hash.finish()
    }

    /// `blocks` 64-byte blocks from `start` on.
    private mutating func compress(_ start: UnsafeRawPointer, blocks: Int) {
        if hardware {
            withUnsafeMutableBytes(of: &state) { words in
                teishutsu_sha256_blocks(words.baseAddress!.assumingMemoryBound(to: UInt32.self),
                                        start.assumingMemoryBound(to: UInt8.self), blocks)
            }
            return
        }
        for block in 0..<blocks { compress(start + 64 * block) }
    }

    /// One 64-byte block at `block`.
    private mutating func compress(_ block: UnsafeRawPointer) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            for i in 0..<16 {
                let p = block + 4 * i
                w[i] = UInt32(p.load(as: UInt8.self)) << 24 | UInt32((p + 1).load(as: UInt8.self)) << 16
                    | UInt32((p + 2).load(as: UInt8.self)) << 8 | UInt32((p + 3).load(as: UInt8.self))
            }
            for i in 16..<64 {
                let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
                let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            // The round constants, from the table the SHA extensions use too.
            let k = teishutsu_sha256_round_constants()!
            for i in 0..<64 {
                let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                let choice = (e & f) ^ (~e & g)
                let t1 = h &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
            }
            state &+= SIMD8(a, b, c, d, e, f, g, h)
        }
    }
}

extension UInt32 {
    @inline(__always)
    fileprivate func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
}
