/// Problems found in one file, bounded: a hostile file may hold a problem in every row, and
/// past ``limit`` they are counted, not kept (the last kept one says how many more there are).
public struct ProblemList: Sendable {
    private var recorded: [Diagnostic] = []
    private var suppressed = 0
    /// Of those, the errors.
    private var suppressedErrors = 0
    public private(set) var hasErrors = false
    public let limit: Int

    public init(limit: Int = 1_000) {
        self.limit = limit
    }

    /// Keeps the problem (or counts it, past the limit); `always` keeps one that explains the
    /// others, such as a file too large to read to its end.
    public mutating func record(_ diagnostic: Diagnostic, always: Bool = false) {
        if diagnostic.severity == .error { hasErrors = true }
        if recorded.count < limit || always { recorded.append(diagnostic) } else { countSuppressed(error: diagnostic.severity == .error) }
    }

    /// Whether a problem recorded now would only be counted.
    public var isFull: Bool { recorded.count >= limit }

    /// Counts a problem past the limit without making it.
    public mutating func countSuppressed(error: Bool) {
        if error {
            hasErrors = true
            suppressedErrors += 1
        }
        suppressed += 1
    }

    /// Keeps an error, or past the limit only counts it: its message is not even made (a file
    /// of a million bad rows).
    public mutating func recordError(_ make: @autoclosure () -> Diagnostic) {
        if isFull { countSuppressed(error: true) } else { record(make()) }
    }

    /// Another list's problems after these, as if each had been recorded here in turn: the
    /// first `limit` of both are kept, the rest counted.
    public mutating func append(_ other: ProblemList) {
        for (index, diagnostic) in other.recorded.enumerated() {
            // Past its own limit, the other list kept only problems it had to keep.
            record(diagnostic, always: index >= other.limit)
        }
        suppressed += other.suppressed
        suppressedErrors += other.suppressedErrors
        if other.hasErrors { hasErrors = true }
    }

    public var diagnostics: [Diagnostic] {
        guard suppressed > 0, let last = recorded.last else { return recorded }
        let note = Diagnostic.Note(Message(ja: "このファイルにはほかに\(Digits.grouped(suppressed))件の問題があります（記録を省略）",
                                           en: "this file has \(English.counted(suppressed, "more problem")), not recorded"), at: nil)
        return recorded.dropLast() + [Diagnostic(last.code, last.message, expected: last.expected, at: last.span, notes: last.notes + [note],
                                                 unrecordedErrors: suppressedErrors, unrecordedWarnings: suppressed - suppressedErrors)]
    }
}
