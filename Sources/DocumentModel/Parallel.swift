import Foundation
import Synchronization

/// Work spread over every core.
public enum Parallel {
    /// The cores of this machine.
    public static var cores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Lets a large value go on another thread: freeing every node of a folder's model takes
    /// time the caller need not wait for (the last reference is most often dropped there).
    public static func release<T: Sendable>(_ value: consuming T) {
        let value = value
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(value) {} }
    }

    /// `work(0) … work(count - 1)` run on `workers` threads, results in index order.
    public static func map<T: Sendable>(_ count: Int, workers: Int = cores, _ work: @Sendable (Int) -> T) -> [T] {
        map(count, workers: workers, state: { () }, { _, index in work(index) })
    }

    /// The same, where each worker thread first makes its own `State` (what must not be shared
    /// between threads, such as a compiled XSD) and uses it for every item it takes.
    public static func map<State, T: Sendable>(_ count: Int, workers: Int = cores, state makeState: @Sendable () -> State,
                                               _ work: @Sendable (inout State, Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let threads = max(1, min(workers, count))
        if threads == 1 {
            var state = makeState()
            return (0..<count).map { work(&state, $0) }
        }
        let shared = Shared<T>(count: count)
        withoutActuallyEscaping(makeState) { makeState in
            withoutActuallyEscaping(work) { work in
                DispatchQueue.concurrentPerform(iterations: threads) { _ in
                    var state = makeState()
                    while let index = shared.next() {
                        shared.store(work(&state, index), at: index)
                    }
                }
            }
        }
        return shared.results()
    }

    /// What the worker threads share: the next index to take and one slot per result.
    private final class Shared<T: Sendable>: Sendable {
        private let nextIndex = Mutex(0)
        private let slots: Mutex<[T?]>
        private let count: Int

        init(count: Int) {
            self.count = count
            slots = Mutex([T?](repeating: nil, count: count))
        }

        func next() -> Int? {
            nextIndex.withLock { index in
                guard index < count else { return nil }
                defer { index += 1 }
                return index
            }
        }

        func store(_ value: sending T, at index: Int) {
            slots.withLock { $0[index] = value }
        }

        func results() -> [T] {
            slots.withLock { slots in
                let results = slots.compactMap { $0 }
                precondition(results.count == count, "every index is taken exactly once")
                return results
            }
        }
    }
}
