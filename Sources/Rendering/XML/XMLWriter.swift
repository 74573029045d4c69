import DocumentModel

/// Writes a checked value tree as XML, in the order of its schema: deterministic, every text
/// escaped.
public struct XMLWriter {
    private(set) var output = ""

    public static func document(_ type: XMLDocumentType, _ value: ObjectValue) -> String {
        var writer = XMLWriter()
        writer.output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        writer.output += "<\(type.root) xmlns=\"\(type.namespace)\" version=\"\(type.version)\">\n"
        writer.writeFields(value, level: 1)
        writer.output += "</\(type.root)>\n"
        return writer.output
    }

    private mutating func indent(_ level: Int) {
        output += String(repeating: "  ", count: level)
    }

    mutating func writeFields(_ object: ObjectValue, level: Int) {
        for field in object.schema.fields {
            guard let value = object[field.key] else { continue }
            write(value, type: field.type, element: field.key, level: level)
        }
    }

    private mutating func write(_ value: Value, type: FieldType, element: String, level: Int, attributes: String = "") {
        switch (type, value.kind) {
        case (.object, .object(let object)):
            indent(level)
            output += "<\(element)\(attributes)>\n"
            writeFields(object, level: level + 1)
            indent(level)
            output += "</\(element)>\n"
        case (.list(let elementType, let item, _), .list(let items)):
            indent(level)
            output += "<\(element)>\n"
            for itemValue in items { write(itemValue, type: elementType, element: item, level: level + 1) }
            indent(level)
            output += "</\(element)>\n"
        case (.textList(let item, _), _):
            indent(level)
            output += "<\(element)>\n"
            for text in value.texts {
                indent(level + 1)
                output += "<\(item)>\(Self.escape(text))</\(item)>\n"
            }
            indent(level)
            output += "</\(element)>\n"
        case (.map(let key, let schema), .map(let entries)):
            indent(level)
            output += "<\(element)>\n"
            for entry in entries {
                guard let object = entry.value.object else { continue }
                write(Value(.object(object), span: entry.value.span), type: .object(schema), element: key.item, level: level + 1,
                      attributes: " \(key.attribute)=\"\(Self.escape(entry.key))\"")
            }
            indent(level)
            output += "</\(element)>\n"
        default:
            guard let text = Self.scalarText(value) else { return }
            indent(level)
            output += "<\(element)\(attributes)>\(Self.escape(text))</\(element)>\n"
        }
    }

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
