/// Integer keys sorted by their digits, not by comparing them: the sorts of a 100,000-row
/// month's records take 28 M instructions instead of `sort()`'s 67 M (callgrind, `sla`).
enum RadixSort {
    /// Digits of 11 bits: six passes at most over 64-bit keys, counts that fit the first-level cache.
    static let bits = 11

    /// Sorts `keys` into ascending order. Least significant digit first; every digit is counted in
    /// one reading of the keys, and a digit that is the same in every key (the high digits of
    /// keys that are small, as a month's seconds are) costs no pass.
    static func sort(_ keys: inout [UInt64]) {
        let count = keys.count
        // Below this, the counts cost more than the comparisons.
        guard count > 256 else { return keys.sort() }
        let buckets = 1 << bits, mask = UInt64(buckets - 1), passes = (64 + bits - 1) / bits
        var counts = [Int](repeating: 0, count: buckets * passes)
        keys.withUnsafeBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                for key in keys {
                    var rest = key
                    for pass in 0..<passes {
                        counts[pass * buckets + Int(rest & mask)] += 1
                        rest >>= UInt64(bits)
                    }
                }
            }
        }
        var other = [UInt64](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: buckets)
        for pass in 0..<passes {
            let first = pass * buckets
            // One digit for every key: the order is already that of this digit.
            if counts[first..<(first + buckets)].contains(count) { continue }
            var sum = 0
            for bucket in 0..<buckets {
                offsets[bucket] = sum
                sum += counts[first + bucket]
            }
            let shift = UInt64(pass * bits)
            keys.withUnsafeBufferPointer { source in
                other.withUnsafeMutableBufferPointer { target in
                    offsets.withUnsafeMutableBufferPointer { offsets in
                        for key in source {
                            let bucket = Int((key >> shift) & mask)
                            target[offsets[bucket]] = key
                            offsets[bucket] += 1
                        }
                    }
                }
            }
            swap(&keys, &other)
        }
    }
}
