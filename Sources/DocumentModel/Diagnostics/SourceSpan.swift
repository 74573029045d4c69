/// Where a value came from: a file, a line and a column (both from 1; the column counts
/// Unicode scalars, as YAML and XML parsers do).
public struct SourceSpan: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    /// How many scalars the value spans on its line, when known (for the caret underline).
    public let length: Int

    public init(file: String, line: Int, column: Int, length: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
        self.length = max(1, length)
    }

    /// The start of a file, for problems that concern a whole file.
    public static func file(_ path: String) -> SourceSpan {
        SourceSpan(file: path, line: 1, column: 1)
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceSpan, rhs: SourceSpan) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
