import CLibXML2
import Foundation

/// A compiled XSD. Not `Sendable` (libxml2 pointers): each thread that validates compiles its own.
public final class XMLSchema {
    private let schema: xmlSchemaPtr
    /// The names of documents checked as they are written (``XMLEventSink``), interned.
    let dictionary: OpaquePointer

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
        guard let dictionary = xmlDictCreate() else {
            xmlSchemaFree(parsed)
            return nil
        }
        schema = parsed
        self.dictionary = dictionary
    }

    deinit {
        xmlSchemaFree(schema)
        xmlDictFree(dictionary)
    }

    /// Every problem the XSD finds in the bytes, checked as they are parsed, without building
    /// the document (libxml2's xmlSchemaValidateStream): a document that is not well-formed has
    /// its parse errors. No DTD is loaded, no entity substituted, nothing fetched.
    public func validate(bytes: Data) -> [XMLIssue] {
        check { context, collector in
            // The parser this call makes has no error handler of its own: its errors go to the
            // thread's structured handler (libxml2 keeps it per thread), this call's collector
            // while it runs, then none again.
            xmlSetStructuredErrorFunc(collector, collectSchemaError)
            defer { LibXML.silence() }
            return bytes.withUnsafeBytes { raw in
                // The stream takes the buffer and frees it with its parser.
                guard let input = xmlParserInputBufferCreateMem(raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                                                                XML_CHAR_ENCODING_UTF8) else { return -1 }
                return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_UTF8, nil, nil)
            }
        }
    }

    /// Every problem the XSD finds in the document; empty when valid.
    public func validate(_ document: XMLDocument) -> [XMLIssue] {
        check { context, _ in xmlSchemaValidateDoc(context, document.pointer) }
    }

    /// A validation context for one check, its problems collected; `run` validates with it
    /// (the collector is passed as libxml2's error context) and returns libxml2's result.
    func check(_ run: (xmlSchemaValidCtxtPtr, UnsafeMutableRawPointer) -> Int32) -> [XMLIssue] {
        guard let context = xmlSchemaNewValidCtxt(schema) else { return [XMLIssue(line: 0, column: 0, message: "out of memory")] }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = XMLIssueCollector()
        let unmanaged = Unmanaged.passRetained(collector)
        defer { unmanaged.release() }
        xmlSchemaSetValidStructuredErrors(context, collectSchemaError, unmanaged.toOpaque())
        let result = run(context, unmanaged.toOpaque())
        if result != 0 && collector.issues.isEmpty {
            return [XMLIssue(line: 0, column: 0, message: "the document does not match the schema (libxml2 code \(result))")]
        }
        return collector.issues
    }
}
