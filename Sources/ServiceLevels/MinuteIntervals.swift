/// Half-open intervals of minutes `[start, end)`, kept sorted and merged.
struct MinuteIntervals: Sendable, Equatable {
    private(set) var ranges: [Range<Int>]

    init() { ranges = [] }

    /// Sorts and merges overlapping or touching ranges.
    init(_ unsorted: [Range<Int>]) {
        var sorted = unsorted.filter { !$0.isEmpty }
        sorted.sort { $0.lowerBound < $1.lowerBound }
        var merged: [Range<Int>] = []
        merged.reserveCapacity(sorted.count)
        for range in sorted {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }

    var total: Int { ranges.reduce(0) { $0 + $1.count } }

    func intersection(_ other: MinuteIntervals) -> MinuteIntervals {
        var result: [Range<Int>] = []
        var i = 0, j = 0
        while i < ranges.count && j < other.ranges.count {
            let a = ranges[i], b = other.ranges[j]
            let lo = max(a.lowerBound, b.lowerBound), hi = min(a.upperBound, b.upperBound)
            if lo < hi { result.append(lo..<hi) }
            if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
        }
        var out = MinuteIntervals()
        out.ranges = result
        return out
    }

    func subtracting(_ other: MinuteIntervals) -> MinuteIntervals {
        var result: [Range<Int>] = []
        var j = 0
        for range in ranges {
            var lo = range.lowerBound
            while j < other.ranges.count && other.ranges[j].upperBound <= lo { j += 1 }
            var k = j
            while k < other.ranges.count && other.ranges[k].lowerBound < range.upperBound {
                let cut = other.ranges[k]
                if cut.lowerBound > lo { result.append(lo..<cut.lowerBound) }
                lo = max(lo, cut.upperBound)
                k += 1
            }
            if lo < range.upperBound { result.append(lo..<range.upperBound) }
        }
        var out = MinuteIntervals()
        out.ranges = result
        return out
    }

    /// The minutes of `range` that these intervals cover (binary search: O(log n + overlaps)).
    func overlap(with range: Range<Int>) -> Int {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var total = 0
        var i = lo
        while i < ranges.count && ranges[i].lowerBound < range.upperBound {
            total += min(ranges[i].upperBound, range.upperBound) - max(ranges[i].lowerBound, range.lowerBound)
            i += 1
        }
        return total
    }

    /// The minutes of `range` within these intervals, and how many of those `other` covers: what
    /// `MinuteIntervals([range]).intersection(self)` and its overlap with `other` add up to,
    /// without making either.
    func clip(_ range: Range<Int>, coveredBy other: MinuteIntervals) -> (total: Int, covered: Int) {
        var lo = 0, hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var total = 0, covered = 0
        var i = lo
        while i < ranges.count && ranges[i].lowerBound < range.upperBound {
            let piece = max(ranges[i].lowerBound, range.lowerBound)..<min(ranges[i].upperBound, range.upperBound)
            if !piece.isEmpty {
                total += piece.count
                covered += other.overlap(with: piece)
            }
            i += 1
        }
        return (total, covered)
    }

    /// Minutes per day (index = day of the month from 0), for `days` days of 1440 minutes.
    func perDay(days: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: days)
        for range in ranges {
            var start = range.lowerBound
            while start < range.upperBound {
                let day = start / 1440
                let dayEnd = (day + 1) * 1440
                let end = min(dayEnd, range.upperBound)
                if day >= 0 && day < days { counts[day] += end - start }
                start = end
            }
        }
        return counts
    }
}
