import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// XML from the document's content, checked against the shipped XSD.
public struct XMLFormat: OutputFormat {
    public init() {}
    public var fileExtension: String { "xml" }

    public func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic]) {
        let type = document.kind.xml
        let name = document.stem + "." + fileExtension
        guard let schema = workspace.schema(type) else {
            return (RenderedFile(name: name, bytes: XMLWriter.documentBytes(type, document.xmlContent())), Self.diagnostics([], as: type, file: name, schema: nil))
        }
        // Checked as it is written (the validator handed each element and text), not parsed back.
        let (xml, issues) = XMLWriter.checkedDocumentBytes(type, document.xmlContent(), schema: schema)
        return (RenderedFile(name: name, bytes: xml), Self.diagnostics(issues, as: type, file: name, schema: schema))
    }

    /// Checks a generated XML document against the compiled XSD of its type.
    public static func validate(_ xml: Data, as type: XMLDocumentType, file: String, schema: XMLSchema?) -> [Diagnostic] {
        // Checked as it is parsed: no document is built for it.
        diagnostics(schema?.validate(bytes: xml) ?? [], as: type, file: file, schema: schema)
    }

    /// What the XSD found, as diagnostics of the file; an error of its own when there is no XSD.
    static func diagnostics(_ issues: [XMLIssue], as type: XMLDocumentType, file: String, schema: XMLSchema?) -> [Diagnostic] {
        guard schema != nil else {
            return [.error(.output(.xsdUnavailable), Message(ja: "XSD（Templates/\(type.xsdPath)）を読めません", en: "the XSD Templates/\(type.xsdPath) cannot be read"), at: nil)]
        }
        return issues.map { issue in
            issue.isParseError
            ? .error(.output(.invalidXML), Message(ja: "生成した XML が整形式ではありません: \(issue.message)", en: "the generated XML is not well-formed: \(issue.message)"),
                     at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
            : .error(.output(.xmlSchema),
                   Message(ja: "生成した XML が XSD に適合しません: \(issue.message)", en: "the generated XML does not match its XSD: \(issue.message)"),
                   expected: Message(ja: "Templates/\(type.xsdPath) に適合する文書", en: "a document valid against Templates/\(type.xsdPath)"),
                   at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
        }
    }

    /// Checks an XML document against the shipped XSD of its type, compiling it for this call.
    public static func validate(_ xml: String, as type: XMLDocumentType, file: String) -> [Diagnostic] {
        validate(Data(xml.utf8), as: type, file: file, schema: DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) })
    }
}
