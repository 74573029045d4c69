import CLibXML2
import Foundation

/// Collects libxml2's structured errors for one operation (never the process-wide handler).
final class XMLIssueCollector {
    var issues: [XMLIssue] = []
    /// Where in the written bytes the event being checked lies, for a document checked as it is
    /// written (``XMLEventSink``); nil for one parsed.
    var position: UnsafeMutablePointer<Int>?

    func record(_ error: xmlErrorPtr?) {
        guard let error else { return }
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        issues.append(XMLIssue(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message,
                               isParseError: error.pointee.domain == Int32(XML_FROM_PARSER.rawValue), offset: position?.pointee))
    }
}

/// The structured-error callback: `data` is the collector for schema contexts, or the parser
/// context (whose `_private` holds the collector) for parsing.
let collectSchemaError: xmlStructuredErrorFunc = { data, error in
    guard let data else { return }
    Unmanaged<XMLIssueCollector>.fromOpaque(data).takeUnretainedValue().record(error)
}

let collectParserError: xmlStructuredErrorFunc = { data, error in
    guard let data else { return }
    let context = data.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let collector = context.pointee._private else { return }
    Unmanaged<XMLIssueCollector>.fromOpaque(collector).takeUnretainedValue().record(error)
}
