import DocumentModel
import LibXML

/// Writes a checked value tree as XML, in the order of its schema: deterministic, every text
/// escaped.
public struct XMLWriter {
    /// UTF-8 bytes: every piece appended is a whole string, so the bytes stay valid UTF-8.
    private(set) var output: [UInt8] = []
    /// The XSD's validator, handed each element and text as it is written (nil: not checked).
    private var sink: XMLEventSink?

    /// The document's UTF-8 bytes.
    public static func documentBytes(_ type: XMLDocumentType, _ value: ObjectValue) -> [UInt8] {
        var writer = XMLWriter()
        writer.writeDocument(type, value)
        return writer.output
    }

    /// The document's UTF-8 bytes and every problem its XSD finds in them, checked as they are
    /// written: what a parser of the bytes would report to the validator is handed to it
    /// directly (``XMLEventSink``), without the bytes being read back. Each problem has the
    /// line and column (in characters) of the element or text that raised it.
    public static func checkedDocumentBytes(_ type: XMLDocumentType, _ value: ObjectValue, schema: XMLSchema) -> ([UInt8], [XMLIssue]) {
        var writer = XMLWriter()
        let issues = schema.validate(namespace: type.namespace) { sink in
            writer.sink = sink
            writer.writeDocument(type, value)
            writer.sink = nil
        }
        return (writer.output, issues.map { issue in
            guard let offset = issue.offset else { return issue }
            let (line, column) = SourceLines.place(ofByte: offset, in: writer.output)
            return XMLIssue(line: line, column: column, message: issue.message, isParseError: issue.isParseError)
        })
    }

    private mutating func writeDocument(_ type: XMLDocumentType, _ value: ObjectValue) {
        output.reserveCapacity(64 * 1024)
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        let root = sink?.start(type.root, root: true, attribute: ("version", type.version), at: output.count)
        append("<\(type.root) xmlns=\"\(type.namespace)\" version=\"\(type.version)\">\n")
        writeFields(value, level: 1)
        if let root { sink?.end(root, at: output.count) }
        append("</\(type.root)>\n")
    }

    private mutating func append(_ text: String) {
        // Copied whole from the string's bytes (its UTF-8 view would be read a byte at a time).
        text.withUTF8Bytes { output.append(contentsOf: $0) }
    }

    private mutating func indent(_ level: Int) {
        for _ in 0..<level { output.append(0x20); output.append(0x20) }
    }

    /// Writes `<element attribute>`; what the validator must be given at its end.
    private mutating func open(_ element: String, _ attribute: (name: String, value: String)? = nil) -> XMLEventSink.Element? {
        var started: XMLEventSink.Element?
        if let sink {
            // As a parser gives an attribute's value: a line break or a tab written in it is a space.
            let given = attribute.map { attribute in
                attribute.value.utf8.contains { $0 == 0x0A || $0 == 0x09 }
                    ? (attribute.name, String(String.UnicodeScalarView(attribute.value.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })))
                    : attribute
            }
            started = sink.start(element, attribute: given, at: output.count)
        }
        output.append(0x3C)
        append(element)
        if let attribute {
            output.append(0x20)
            append(attribute.name)
            output.append(0x3D)
            output.append(0x22)
            Self.escape(attribute.value, into: &output)
            output.append(0x22)
        }
        output.append(0x3E)
        return started
    }

    private mutating func close(_ element: String, _ started: XMLEventSink.Element?) {
        if let started { sink?.end(started, at: output.count) }
        output.append(0x3C)
        output.append(0x2F)
        append(element)
        output.append(0x3E)
        output.append(0x0A)
    }

    /// `<element attribute>text</element>` on its own line.
    private mutating func line(_ element: String, _ attribute: (name: String, value: String)? = nil, text: String, level: Int) {
        indent(level)
        let started = open(element, attribute)
        sink?.text(text, at: output.count)
        Self.escape(text, into: &output)
        close(element, started)
    }

    mutating func writeFields(_ object: ObjectValue, level: Int) {
        // By index, each field and value borrowed where it lies (a zip copied every one).
        let fields = object.schema.fields, values = object.values
        for index in 0..<min(fields.count, values.count) where values[index] != nil {
            write(values[index].unsafelyUnwrapped, type: fields[index].type, element: fields[index].key, level: level)
        }
    }

    private mutating func write(_ value: Value, type: FieldType, element: String, level: Int, attribute: (name: String, value: String)? = nil) {
        // The type first, then the value's kind: a switch over the pair copied both.
        switch type {
        case .object:
            guard case .object(let object) = value.kind else { break }
            indent(level)
            let started = open(element, attribute)
            output.append(0x0A)
            writeFields(object, level: level + 1)
            indent(level)
            close(element, started)
            return
        case .list(let elementType, let item, _):
            guard case .list(let items) = value.kind else { break }
            indent(level)
            let started = open(element)
            output.append(0x0A)
            for itemValue in items { write(itemValue, type: elementType, element: item, level: level + 1) }
            indent(level)
            close(element, started)
            return
        case .textList(let item, _):
            indent(level)
            let started = open(element)
            output.append(0x0A)
            for text in value.texts { line(item, text: text, level: level + 1) }
            indent(level)
            close(element, started)
            return
        case .map(let key, let schema):
            guard case .map(let entries) = value.kind else { break }
            indent(level)
            let started = open(element)
            output.append(0x0A)
            for entry in entries {
                guard let object = entry.value.object else { continue }
                write(Value(.object(object), span: entry.value.span), type: .object(schema), element: key.item, level: level + 1,
                      attribute: (key.attribute, entry.key))
            }
            indent(level)
            close(element, started)
            return
        default:
            break
        }
        guard var text = Self.scalarText(value) else { return }
        // A telephone number as the page gives it (half-width digits and hyphens).
        if case .text = value.kind, Self.isPhone(element) { text = DocumentFormat.phone(text) ?? text }
        line(element, attribute, text: text, level: level)
    }

    /// Whether a field holds a telephone number (compared, not hashed: asked of every text written).
    static func isPhone(_ key: String) -> Bool { key == "phone" || key == "contact_phone" }

    static func scalarText(_ value: Value) -> String? {
        switch value.kind {
        case .text(let s), .choice(let s): s
        case .date(let d): d.iso
        case .integer(let i): String(i)
        case .decimal(let d): d.description
        case .bool(let b): b ? "true" : "false"
        case .monthDay(let m, let d): (m < 10 ? "0" : "") + "\(m)-" + (d < 10 ? "0" : "") + "\(d)"
        case .timeOfDay(let minutes): (minutes / 60 < 10 ? "0" : "") + "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        case .instant(let instant): instant.iso
        case .yearMonth(let y, let m): "\(y)-" + (m < 10 ? "0" : "") + "\(m)"
        case .list, .object, .map: nil
        }
    }

    /// Escapes text for element content and attribute values, into UTF-8 bytes.
    static func escape(_ text: String, into output: inout [UInt8]) {
        ByteEscaping.append(text, into: &output) { byte in
            switch byte {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&apos;"
            case 0x0D: "&#13;"
            default: nil
            }
        }
    }

    /// Escapes text for element content and attribute values.
    public static func escape(_ text: String) -> String {
        // Most values need nothing escaped: found on the bytes, returned as they are.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0x0D }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\r": out += "&#13;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
