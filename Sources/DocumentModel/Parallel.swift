import Foundation

/// Work spread over every core.
public enum Parallel {
    /// `work(0) … work(count - 1)`, run concurrently, in index order. `work` must only read
    /// shared state.
    public static func map<T>(_ count: Int, _ work: (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(work) }
        return withoutActuallyEscaping(work) { work in
            let run = Run(count: count, work: work)
            defer { run.slots.deallocate() }
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (run.slots.baseAddress! + index).initialize(to: run.work(index))
            }
            return (0..<count).map { (run.slots.baseAddress! + $0).move() }
        }
    }

    /// What the worker threads share: the work and one slot per result, each written once.
    private final class Run<T>: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<T>
        let work: (Int) -> T

        init(count: Int, work: @escaping (Int) -> T) {
            slots = .allocate(capacity: count)
            self.work = work
        }
    }
}
