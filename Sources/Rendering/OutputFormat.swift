import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// An output format: one type each, so that a new format is one new file.
public protocol OutputFormat: Sendable {
    var fileExtension: String { get }
    /// Renders one document; `earlier` holds what the formats before this one made of it.
    func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic])
}
