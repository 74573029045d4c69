import CLibXML2
import Foundation

/// A problem libxml2 reported, with its place.
public struct XMLIssue: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let message: String
    /// Whether the text is not well-formed XML (the parser's finding, not a schema's).
    public let isParseError: Bool
    /// For a document checked as it was written (``XMLEventSink``), the byte offset of what
    /// raised it; its line and column are then the writer's to give.
    public let offset: Int?

    public init(line: Int, column: Int, message: String, isParseError: Bool = false, offset: Int? = nil) {
        self.line = line
        self.column = column
        self.message = message
        self.isParseError = isParseError
        self.offset = offset
    }
}
