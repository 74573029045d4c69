import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// A rendered document, not yet written.
public struct RenderedFile: Sendable {
    /// The file name in the output folder (`plan.html`).
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}
