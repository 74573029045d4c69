@_exported import CLibXML2
import Foundation

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
    /// - Parameter blanks: whether text of spaces alone between elements is kept as text nodes
    ///   (the indentation of a document written by this tool need not be).
    public static func parse(_ data: Data, url: String, kind: Kind, blanks: Bool = true) -> (XMLDocument?, [XMLIssue]) {
        _ = LibXML.initialized
        let collector = XMLIssueCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        // The HTML parser reports through this thread's handler, not its context's (its SAX
        // handler is not SAX2): collected too, never printed.
        xmlSetStructuredErrorFunc(unmanaged.toOpaque(), collectSchemaError)
        defer { LibXML.silence() }
        var document: xmlDocPtr?
        switch kind {
        case .xml:
            guard let context = xmlNewParserCtxt() else { return (nil, [XMLIssue(line: 0, column: 0, message: "out of memory")]) }
            defer { xmlFreeParserCtxt(context) }
            context.pointee._private = unmanaged.toOpaque()
            context.pointee.sax.pointee.serror = collectParserError
            // Small text nodes kept compact (the tree is only read, never changed).
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue | (blanks ? 0 : XML_PARSE_NOBLANKS.rawValue))
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
