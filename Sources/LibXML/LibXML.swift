@_exported import CLibXML2
import Foundation

enum LibXML {
    /// `xmlInitParser` once; the process-wide handlers stay silent (libxml2 would otherwise
    /// print to stderr for errors raised without a context).
    static let initialized: Bool = {
        xmlInitParser()
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        return true
    }()
}
