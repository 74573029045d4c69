/// What a code means and how a user fixes it.
public struct CodeInfo: Sendable {
    public let severity: Diagnostic.Severity
    /// Whether the problem is one of usage or I/O (exit status 2) rather than of the inputs' content (1).
    public let isUsageOrIO: Bool
    public let help: Message
    /// A short input that triggers it (YAML, CSV or a command), as the user would write it.
    public let example: String
    public let fix: Message

    public init(_ severity: Diagnostic.Severity = .error, io: Bool = false, help: Message, example: String, fix: Message) {
        self.severity = severity
        self.isUsageOrIO = io
        self.help = help
        self.example = example
        self.fix = fix
    }

    static func error(_ help: Message, example: String, fix: Message) -> CodeInfo {
        CodeInfo(.error, help: help, example: example, fix: fix)
    }

    static func warning(_ help: Message, example: String, fix: Message) -> CodeInfo {
        CodeInfo(.warning, help: help, example: example, fix: fix)
    }

    static func io(_ help: Message, example: String, fix: Message) -> CodeInfo {
        CodeInfo(.error, io: true, help: help, example: example, fix: fix)
    }
}

/// A shorthand for the help tables: `m("日本語", "English")`.
@inline(__always)
func m(_ japanese: String, _ english: String) -> Message { Message(ja: japanese, en: english) }
