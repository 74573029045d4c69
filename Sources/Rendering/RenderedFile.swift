import Foundation

/// A rendered document, not yet written: text (HTML, XML) or bytes (PDF).
public struct RenderedFile: Sendable {
    /// The file name in the output folder (`plan.html`).
    public let name: String
    public let data: Data

    public init(name: String, contents: String) {
        self.name = name
        self.data = Data(contents.utf8)
    }

    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }

    /// The same bytes under another name.
    public func renamed(_ name: String) -> RenderedFile { RenderedFile(name: name, data: data) }

    /// The text of a text file.
    public var contents: String { String(decoding: data, as: UTF8.self) }
}
