import CLibXML2
import Foundation

/// A problem libxml2 reported, with its place.
public struct XMLIssue: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let message: String
    /// Whether the text is not well-formed XML (the parser's finding, not a schema's).
    public let isParseError: Bool

    public init(line: Int, column: Int, message: String, isParseError: Bool = false) {
        self.line = line
        self.column = column
        self.message = message
        self.isParseError = isParseError
    }
}
