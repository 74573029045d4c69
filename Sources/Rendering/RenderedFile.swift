import Foundation

/// A rendered document, not yet written: text (HTML, XML) or bytes (PDF).
public struct RenderedFile: Sendable {
    /// The file name in the output folder (`plan.html`).
    public let name: String
    /// The file's bytes, as the renderers make them: a `Data` made from them was a copy of every
    /// document (a megabyte a folder) and an allocation as large.
    public let bytes: [UInt8]

    public init(name: String, contents: String) {
        self.name = name
        self.bytes = Array(contents.utf8)
    }

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public init(name: String, data: Data) {
        self.name = name
        self.bytes = [UInt8](data)
    }

    /// The bytes as `Data` (a copy).
    public var data: Data { Data(bytes) }

    /// The same bytes under another name.
    public func renamed(_ name: String) -> RenderedFile { RenderedFile(name: name, bytes: bytes) }

    /// The text of a text file.
    public var contents: String { String(decoding: bytes, as: UTF8.self) }
}
