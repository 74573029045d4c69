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

/// What a kind of document is made of: one template, one view shape, one XML type.
public struct DocumentKind: Sendable {
    public let template: String
    public let shape: ViewShape
    public let xml: XMLDocumentType

    public static let plan = DocumentKind(template: "plan", shape: PlanView.shape, xml: .plan)
    public static let report = DocumentKind(template: "report", shape: ReportView.shape, xml: .report)

    public static let all: [DocumentKind] = [.plan, .report]

    /// What the template library compiles.
    public static var templates: [(template: String, shape: ViewShape)] { all.map { ($0.template, $0.shape) } }
}

/// One document the tool writes.
public protocol Document: Sendable {
    var kind: DocumentKind { get }
    /// The file name without its extension (`plan`, `report-2025-04`).
    var stem: String { get }
    /// What the HTML template prints.
    func view() -> ViewNode
    /// What the XML holds, in the order of the XML type's schema.
    func xmlContent() -> ObjectValue
}

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

/// An output format: one type each, so that a new format is one new file.
public protocol OutputFormat: Sendable {
    var fileExtension: String { get }
    /// Renders one document; `earlier` holds what the formats before this one made of it.
    func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic])
}

/// Turns documents into files, format by format, on every core; each XML is checked against
/// its XSD before anything is written.
public enum DocumentRenderer {
    /// Every document in every format: files in document order, then format order. Output
    /// bytes do not depend on the number of threads.
    public static func render(_ documents: [any Document], formats: [any OutputFormat], templates: TemplateLibrary,
                              workers: Int = Parallel.cores) -> ([RenderedFile], [Diagnostic]) {
        let results = Parallel.map(documents.count, workers: workers, state: { RenderWorkspace(templates: templates) }) { workspace, index in
            var files: [RenderedFile] = []
            var diagnostics: [Diagnostic] = []
            for format in formats {
                let (file, problems) = format.render(documents[index], earlier: files, workspace: &workspace)
                if let file { files.append(file) }
                diagnostics += problems
            }
            return RenderResult(files: files, diagnostics: diagnostics)
        }
        return (results.flatMap(\.files), results.flatMap(\.diagnostics))
    }

    private struct RenderResult: Sendable {
        let files: [RenderedFile]
        let diagnostics: [Diagnostic]
    }
}

/// HTML from the document's template.
public struct HTMLFormat: OutputFormat {
    public init() {}
    public var fileExtension: String { "html" }

    public func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic]) {
        // A template with a problem has none compiled; its problem is reported once, by the library.
        guard let template = workspace.templates.template(document.kind.template) else { return (nil, []) }
        return (RenderedFile(name: document.stem + "." + fileExtension, contents: template.render(document.view())), [])
    }
}

/// XML from the document's content, checked against the shipped XSD.
public struct XMLFormat: OutputFormat {
    public init() {}
    public var fileExtension: String { "xml" }

    public func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic]) {
        let type = document.kind.xml
        let name = document.stem + "." + fileExtension
        let xml = XMLWriter.document(type, document.xmlContent())
        return (RenderedFile(name: name, contents: xml), Self.validate(xml, as: type, file: name, schema: workspace.schema(type)))
    }

    /// Checks a generated XML document against the compiled XSD of its type.
    public static func validate(_ xml: String, as type: XMLDocumentType, file: String, schema: XMLSchema?) -> [Diagnostic] {
        guard let schema else {
            return [.error(.output(.xsdUnavailable), Message(ja: "XSD（Templates/\(type.xsdPath)）を読めません", en: "the XSD Templates/\(type.xsdPath) cannot be read"), at: nil)]
        }
        let (document, parseIssues) = XMLDocument.parse(Data(xml.utf8), url: file, kind: .xml)
        guard let document else {
            return parseIssues.map { issue in
                .error(.output(.invalidXML), Message(ja: "生成した XML が整形式ではありません: \(issue.message)", en: "the generated XML is not well-formed: \(issue.message)"),
                       at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
            }
        }
        return schema.validate(document).map { issue in
            .error(.output(.xmlSchema),
                   Message(ja: "生成した XML が XSD に適合しません: \(issue.message)", en: "the generated XML does not match its XSD: \(issue.message)"),
                   expected: Message(ja: "Templates/\(type.xsdPath) に適合する文書", en: "a document valid against Templates/\(type.xsdPath)"),
                   at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
        }
    }

    /// Checks an XML document against the shipped XSD of its type, compiling it for this call.
    public static func validate(_ xml: String, as type: XMLDocumentType, file: String) -> [Diagnostic] {
        validate(xml, as: type, file: file, schema: DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) })
    }
}
