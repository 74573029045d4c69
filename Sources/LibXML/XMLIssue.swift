import CLibXML2
import Foundation

/// A problem libxml2 reported, with its place.
public struct XMLIssue: Sendable, Hashable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
