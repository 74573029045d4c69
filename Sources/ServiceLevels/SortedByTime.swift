import JapaneseCalendar

extension Array {
    /// The elements in the order of their time, then their ID, then their place in the array:
    /// the order of a stable `sorted { ($0.t, $0.id) < ($1.t, $1.id) }`.
    func sortedByTime(_ time: (Element) -> Instant, id: (Element) -> String) -> [Element] {
        var copy = self
        copy.sortByTime(time, id: id)
        return copy
    }

    /// Sorts in place in the order of `sortedByTime`. The positions are sorted by integer keys,
    /// with IDs compared only between equal times, and each element is then moved once, in
    /// place (a month's records number 100,000, and each is a large value).
    mutating func sortByTime(_ time: (Element) -> Instant, id: (Element) -> String) {
        guard count > 1 else { return }
        let times = map { time($0).secondsSinceEpoch }
        var order: [Int]
        let earliest = times.min() ?? 0, latest = times.max() ?? 0
        if latest - earliest < 1 << 32 && count < 1 << 32 {
            // Time and place packed in one integer (136 years of seconds, then the place): sorted
            // by its digits, then the IDs compared only within a run of equal times.
            var keys = times.indices.map { UInt64(times[$0] - earliest) << 32 | UInt64($0) }
            RadixSort.sort(&keys)
            order = keys.map { Int($0 & 0xFFFF_FFFF) }
            var runStart = 0
            while runStart < count {
                var runEnd = runStart + 1
                while runEnd < count && keys[runEnd] >> 32 == keys[runStart] >> 32 { runEnd += 1 }
                if runEnd - runStart > 1 {
                    order[runStart..<runEnd].sort { a, b in
                        let idA = id(self[a]), idB = id(self[b])
                        return idA != idB ? idA < idB : a < b
                    }
                }
                runStart = runEnd
            }
        } else {
            order = Array<Int>(indices)
            order.sort { a, b in
                if times[a] != times[b] { return times[a] < times[b] }
                let idA = id(self[a]), idB = id(self[b])
                return idA != idB ? idA < idB : a < b
            }
        }
        // The element for place i is at order[i]: follow each cycle once, marking places done.
        withUnsafeMutableBufferPointer { elements in
            for start in elements.indices where order[start] != start {
                let first = elements.moveElement(from: start)
                var place = start
                while order[place] != start {
                    let from = order[place]
                    elements.initializeElement(at: place, to: elements.moveElement(from: from))
                    order[place] = place
                    place = from
                }
                elements.initializeElement(at: place, to: first)
                order[place] = place
            }
        }
    }
}
