@_exported import CLibXML2
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

/// Collects libxml2's structured errors for one operation (never the process-wide handler).
final class XMLIssueCollector {
    var issues: [XMLIssue] = []

    func record(_ error: xmlErrorPtr?) {
        guard let error else { return }
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        issues.append(XMLIssue(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message))
    }
}

/// The structured-error callback: `data` is the collector for schema contexts, or the parser
/// context (whose `_private` holds the collector) for parsing.
private let collectSchemaError: xmlStructuredErrorFunc = { data, error in
    guard let data else { return }
    Unmanaged<XMLIssueCollector>.fromOpaque(data).takeUnretainedValue().record(error)
}

private let collectParserError: xmlStructuredErrorFunc = { data, error in
    guard let data else { return }
    let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = context.pointee._private else { return }
    Unmanaged<XMLIssueCollector>.fromOpaque(collector).takeUnretainedValue().record(error)
}

enum LibXML {
    /// `xmlInitParser` once; the process-wide handlers stay silent (libxml2 would otherwise
    /// print to stderr for errors raised without a context).
    static let initialized: Bool = {
        xmlInitParser()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        return true
    }()
}

/// A parsed XML or HTML document, freed with its owner. Not `Sendable`: a document and its
/// nodes are used on the thread that parsed them.
public final class XMLDocument {
    public let pointer: xmlDocPtr

    private init(_ pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit { xmlFreeDoc(pointer) }

    public enum Kind: Sendable { case xml, html }

    /// Parses untrusted bytes: no network, no entity substitution, no external DTD, bounded
    /// sizes (libxml2's default limits stay on: no XML_PARSE_HUGE).
    public static func parse(_ data: Data, url: String, kind: Kind) -> (XMLDocument?, [XMLIssue]) {
        _ = LibXML.initialized
        let collector = XMLIssueCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        var document: xmlDocPtr?
        switch kind {
        case .xml:
            guard let context = xmlNewParserCtxt() else { return (nil, [XMLIssue(line: 0, column: 0, message: "out of memory")]) }
            defer { xmlFreeParserCtxt(context) }
            context.pointee._private = unmanaged.toOpaque()
            context.pointee.sax.pointee.serror = collectParserError
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue)
            document = data.withUnsafeBytes { bytes in
                xmlCtxtReadMemory(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, "UTF-8", options)
            }
        case .html:
            guard let context = htmlNewParserCtxt() else { return (nil, [XMLIssue(line: 0, column: 0, message: "out of memory")]) }
            defer { htmlFreeParserCtxt(context) }
            context.pointee._private = unmanaged.toOpaque()
            context.pointee.sax.pointee.serror = collectParserError
            let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_RECOVER.rawValue)
            document = data.withUnsafeBytes { bytes in
                htmlCtxtReadMemory(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), url, "UTF-8", options)
            }
        }
        return (document.map(XMLDocument.init), collector.issues)
    }

    public var root: xmlNodePtr? { xmlDocGetRootElement(pointer) }

    /// Whether the document declares a DTD (internal subset or external), the carrier of entity
    /// tricks (XXE, "billion laughs"); drafts never need one.
    public var hasDoctypeDeclarations: Bool {
        pointer.pointee.intSubset != nil || pointer.pointee.extSubset != nil
    }
}

/// A compiled XSD. Not `Sendable` (libxml2 pointers): each thread that validates compiles its own.
public final class XMLSchema {
    private let schema: xmlSchemaPtr

    public init?(xsd: String) {
        _ = LibXML.initialized
        let collector = XMLIssueCollector()
        let data = Data(xsd.utf8)
        let parsed: xmlSchemaPtr? = data.withUnsafeBytes { bytes in
            guard let context = xmlSchemaNewMemParserCtxt(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count)) else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            let unmanaged = Unmanaged.passRetained(collector)
            defer { unmanaged.release() }
            xmlSchemaSetParserStructuredErrors(context, collectSchemaError, unmanaged.toOpaque())
            return xmlSchemaParse(context)
        }
        guard let parsed else { return nil }
        schema = parsed
    }

    deinit { xmlSchemaFree(schema) }

    /// Every problem the XSD finds in the document; empty when valid.
    public func validate(_ document: XMLDocument) -> [XMLIssue] {
        guard let context = xmlSchemaNewValidCtxt(schema) else { return [XMLIssue(line: 0, column: 0, message: "out of memory")] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLIssueCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(context, collectSchemaError, unmanaged.toOpaque())
        let result = xmlSchemaValidateDoc(context, document.pointer)
        if result != 0 && collector.issues.isEmpty {
            return [XMLIssue(line: 0, column: 0, message: "the document does not match the schema (libxml2 code \(result))")]
        }
        return collector.issues
    }
}

/// Reading a DOM.
extension xmlNodePtr {
    public var name: String { String(cString: pointee.name) }

    public var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    public var line: Int { Int(xmlGetLineNo(self)) }

    public var children: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    public var elementChildren: [xmlNodePtr] { children.filter(\.isElement) }

    /// The text of the node and its descendants.
    public var textContent: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { teishutsu_xmlFree(content) }
        return String(cString: content)
    }

    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { teishutsu_xmlFree(value) }
        return String(cString: value)
    }

    public var namespaceURI: String? {
        pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }
}
