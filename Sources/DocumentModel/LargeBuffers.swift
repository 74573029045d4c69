#if canImport(Glibc)
import Glibc
#endif

/// Large buffers, written through once (a log's bytes, its table of rows): the kernel is asked
/// for 2 MB pages for them, so that filling one costs one page fault per 2 MB rather than one per
/// 4 KB. Where transparent huge pages are off (or not Linux), nothing changes.
public enum LargeBuffers {
    @usableFromInline static let hugePage = 2 << 20

    /// Reserves room for `capacity` elements, with huge pages when that is 4 MB or more.
    @inlinable public static func reserve<T>(_ array: inout [T], capacity: Int) {
        array.reserveCapacity(capacity)
        #if canImport(Glibc)
        let bytes = array.capacity * MemoryLayout<T>.stride
        guard bytes >= 2 * hugePage else { return }
        array.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            // madvise takes whole huge pages: the part of the buffer they fill.
            let start = Int(bitPattern: base), from = (start + hugePage - 1) & ~(hugePage - 1), to = (start + bytes) & ~(hugePage - 1)
            guard to > from, let pointer = UnsafeMutableRawPointer(bitPattern: from) else { return }
            _ = madvise(pointer, to - from, MADV_HUGEPAGE)
        }
        #endif
    }

    /// `items.filter(isIncluded)` into room reserved once for every item (filter grows its array
    /// as it goes, copying the whole, every reference counted, each time it doubles).
    @inlinable public static func filter<T>(_ items: [T], _ isIncluded: (T) -> Bool) -> [T] {
        var kept: [T] = []
        reserve(&kept, capacity: items.count)
        for item in items where isIncluded(item) { kept.append(item) }
        return kept
    }

    /// `items.compactMap(transform)` into room reserved once for every item (compactMap grows its
    /// array as it goes, copying the whole each time it doubles): a log's rows made into records.
    /// Inlinable, so that the caller's types are known where it loops (not looked up per item).
    @inlinable public static func compactMap<T, U>(_ items: [T], _ transform: (T) -> U?) -> [U] {
        var made: [U] = []
        reserve(&made, capacity: items.count)
        for item in items {
            if let one = transform(item) { made.append(one) }
        }
        return made
    }
}
