@_exported import CLibXML2
import Foundation

enum LibXML {
    /// `xmlInitParser` once, and the XSD built-in types: libxml2 2.9 makes those on a schema's
    /// first parse without a lock, and two threads compiling their XSDs at once (each worker
    /// compiles its own) sometimes both made them, one failing every XSD it compiled then (a
    /// valid folder's build ended in xsd-unavailable: with three threads at once, 96 processes in
    /// 3,000; none in 6,000 with the types made first). The process-wide handlers stay silent
    /// (libxml2 would otherwise print to stderr for errors raised without a context).
    static let initialized: Bool = {
        xmlInitParser()
        xmlSchemaInitTypes()
        silence()
        return true
    }()

    /// The handler for errors with no context of their own, which libxml2 keeps per thread:
    /// silent, never stderr (a document's lines would be printed). Set again after each use.
    static func silence() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }
}
