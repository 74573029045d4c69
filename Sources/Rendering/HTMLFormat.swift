import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// HTML from the document's template.
public struct HTMLFormat: OutputFormat {
    public init() {}
    public var fileExtension: String { "html" }

    public func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic]) {
        // A template with a problem has none compiled; its problem is reported once, by the library.
        guard let template = workspace.templates.template(document.kind.template) else { return (nil, []) }
        return (RenderedFile(name: document.stem + "." + fileExtension, bytes: template.renderBytes(document.view())), [])
    }
}
