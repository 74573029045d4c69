@_exported import CLibXML2
import Foundation

enum LibXML {
    /// `xmlInitParser` once; the process-wide handlers stay silent (libxml2 would otherwise
    /// print to stderr for errors raised without a context).
    static let initialized: Bool = {
        xmlInitParser()
        silence()
        return true
    }()

    /// The handler for errors with no context of their own, which libxml2 keeps per thread:
    /// silent, never stderr (a document's lines would be printed). Set again after each use.
    static func silence() {
        xmlSetStructuredErrorFunc(nil) { _, _ in }
    }
}
