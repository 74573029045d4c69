/// One problem found in the inputs.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// A related place, e.g. where a name was first defined.
    public struct Note: Hashable, Sendable {
        public let message: Message
        public let span: SourceSpan?

        public init(_ message: Message, at span: SourceSpan?) {
            self.message = message
            self.span = span
        }
    }

    /// What the problem is: its stable identifier, severity and help (``DiagnosticCode``).
    public let code: DiagnosticCode
    public let message: Message
    /// What was expected, printed under the caret.
    public let expected: Message?
    public let span: SourceSpan?
    public let notes: [Note]
    /// Errors and warnings of the same file found past the limit of a ``ProblemList``: counted,
    /// not made; the last problem kept carries them (and a note saying so), so that totals and
    /// exit statuses count them.
    public let unrecordedErrors: Int
    public let unrecordedWarnings: Int

    /// The code's severity, found once: a code's help (messages, an example, a fix) is made to be
    /// asked, and counting a run's errors asks every problem.
    public let severity: Severity

    public init(_ code: DiagnosticCode, _ message: Message, expected: Message? = nil, at span: SourceSpan?, notes: [Note] = [],
                unrecordedErrors: Int = 0, unrecordedWarnings: Int = 0) {
        self.code = code
        self.severity = code.severity
        self.message = message
        self.expected = expected
        self.span = span
        self.notes = notes
        self.unrecordedErrors = unrecordedErrors
        self.unrecordedWarnings = unrecordedWarnings
    }

    /// Hashed by its code and place only: equal diagnostics have equal codes and places, and
    /// hashing each message's Japanese (normalized scalar by scalar) made the check for repeats
    /// a measurable part of a many-folder build. Equality still compares everything.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(span)
    }

    /// Whether it carries problems that were only counted (it is then always shown).
    public var carriesUnrecorded: Bool { unrecordedErrors > 0 || unrecordedWarnings > 0 }

    /// A diagnostic of a code declared as an error.
    public static func error(_ code: DiagnosticCode, _ message: Message, expected: Message? = nil, at span: SourceSpan?,
                             notes: [Note] = []) -> Diagnostic {
        assert(code.severity == .error, "\(code.id) is declared as a warning")
        return Diagnostic(code, message, expected: expected, at: span, notes: notes)
    }

    /// A diagnostic of a code declared as a warning.
    public static func warning(_ code: DiagnosticCode, _ message: Message, expected: Message? = nil, at span: SourceSpan?,
                               notes: [Note] = []) -> Diagnostic {
        assert(code.severity == .warning, "\(code.id) is declared as an error")
        return Diagnostic(code, message, expected: expected, at: span, notes: notes)
    }

    /// Whether the problem is one of usage or I/O (exit status 2), not of the inputs' content (1).
    public var isUsageOrIO: Bool { code.info.isUsageOrIO }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error || $0.unrecordedErrors > 0 } }
    /// Every error, those only counted past a file's limit included.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) + $1.unrecordedErrors } }
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) + $1.unrecordedWarnings } }
    /// Whether any problem is one of usage or I/O (exit status 2).
    public var hasUsageOrIOProblems: Bool { contains(where: \.isUsageOrIO) }

    /// The exit status a command reports for these problems: 2 for usage or I/O, 1 for errors
    /// in the inputs (and warnings when `strict`), else 0.
    public func exitStatus(strict: Bool = false) -> Int32 {
        if hasUsageOrIOProblems { return 2 }
        if hasErrors || (strict && !isEmpty) { return 1 }
        return 0
    }

    /// Sorted by file, line, column, then code: the order every output uses.
    public func sortedForOutput() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let sa = a.element.span, sb = b.element.span
            switch (sa, sb) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default:
                if a.element.code.id != b.element.code.id { return a.element.code.id < b.element.code.id }
                return a.offset < b.offset
            }
        }.map(\.element)
    }
}

/// A diagnostic can be thrown or carried by a `Result` where one problem stops an operation.
extension Diagnostic: Error {}
