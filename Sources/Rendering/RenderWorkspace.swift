import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// What a worker thread keeps while it renders: the shared templates, and the XSDs it compiled
/// for itself (libxml2's compiled schemas are not shared between threads).
public struct RenderWorkspace {
    public let templates: TemplateLibrary
    private var schemas: [String: XMLSchema?] = [:]

    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The shipped XSD of `type`, compiled on first use.
    mutating func schema(_ type: XMLDocumentType) -> XMLSchema? {
        if let known = schemas[type.xsdPath] { return known }
        let compiled = DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) }
        schemas[type.xsdPath] = .some(compiled)
        return compiled
    }
}
