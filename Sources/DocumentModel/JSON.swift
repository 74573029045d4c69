/// A JSON value written with its keys in the order given, so that output is byte-identical
/// from run to run (CI scripts diff it and parse it).
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// A number already written as JSON text (e.g. an exact decimal).
    case number(String)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (lhs: JSON, rhs: JSON) -> Bool {
        lhs.text == rhs.text
    }

    public static func int(_ value: Int) -> JSON { .int(Int64(value)) }

    /// Compact text.
    public var text: String {
        var out = ""
        write(to: &out, indent: nil, level: 0)
        return out
    }

    /// Text indented by two spaces, with a final newline.
    public var prettyText: String {
        var out = ""
        write(to: &out, indent: "  ", level: 0)
        return out + "\n"
    }

    private func write(to out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let text): out += text
        case .string(let s): JSON.writeString(s, to: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                JSON.newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            JSON.newline(&out, indent, level)
            out += "]"
        case .object(let pairs):
            guard !pairs.isEmpty else { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                JSON.newline(&out, indent, level + 1)
                JSON.writeString(key, to: &out)
                out += indent == nil ? ":" : ": "
                value.write(to: &out, indent: indent, level: level + 1)
            }
            JSON.newline(&out, indent, level)
            out += "}"
        }
    }

    private static func newline(_ out: inout String, _ indent: String?, _ level: Int) {
        guard indent != nil else { return }
        out += level < indentations.count ? indentations[level] : "\n" + String(repeating: "  ", count: level)
    }

    /// A line break and two spaces per level, made once.
    private static let indentations: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }

    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole.
        let plain = s.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 != 0xE2 }
        if plain {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

/// Writes JSON straight into a string, for outputs too large to build as a ``JSON`` tree
/// first (a month of 100,000 incidents). Keys keep the order they are written in.
public struct JSONStream {
    public private(set) var text = ""
    private var needsComma = [false]
    private let pretty: Bool
    /// Receives the text in pieces of about a megabyte, when given; else it accumulates.
    private let sink: ((String) -> Void)?

    public init(pretty: Bool = true, sink: ((String) -> Void)? = nil) {
        self.pretty = pretty
        self.sink = sink
        text.reserveCapacity(sink == nil ? 4096 : 1 << 20 + 4096)
    }

    /// Ends the document with a line break and hands the rest to the sink.
    public mutating func finish() {
        text += "\n"
        flush()
    }

    /// Hands what has been written to the sink (at the end, and whenever a piece is full).
    public mutating func flush() {
        guard let sink, !text.isEmpty else { return }
        sink(text)
        text.removeAll(keepingCapacity: true)
    }

    private mutating func flushIfFull() {
        if sink != nil && text.utf8.count >= 1 << 20 { flush() }
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && needsComma.count > 1 { text += JSONStream.indent(needsComma.count - 1) }
    }

    private static let indents: [String] = (0..<16).map { "\n" + String(repeating: "  ", count: $0) }
    private static func indent(_ level: Int) -> String {
        level < indents.count ? indents[level] : "\n" + String(repeating: "  ", count: level)
    }

    public mutating func key(_ name: String) {
        separator()
        text += "\""
        text += name
        text += pretty ? "\": " : "\":"
        // The value that follows belongs to this key.
        needsComma[needsComma.count - 1] = true
        pendingKey = true
    }

    private var pendingKey = false

    private mutating func valueStart() {
        if pendingKey {
            pendingKey = false
        } else {
            separator()
        }
    }

    public mutating func beginObject() { flushIfFull(); valueStart(); text += "{"; needsComma.append(false) }
    public mutating func endObject() { close("}") }
    public mutating func beginArray() { valueStart(); text += "["; needsComma.append(false) }
    public mutating func endArray() { close("]") }

    private mutating func close(_ bracket: String) {
        let hadItems = needsComma.removeLast()
        if pretty && hadItems { text += JSONStream.indent(needsComma.count - 1) }
        text += bracket
    }

    public mutating func value(_ json: JSON) { valueStart(); text += json.text }
    public mutating func string(_ s: String) {
        valueStart()
        JSON.writeString(s, to: &text)
    }
    public mutating func int(_ i: Int) { valueStart(); text += String(i) }
    public mutating func bool(_ b: Bool) { valueStart(); text += b ? "true" : "false" }

    public mutating func field(_ name: String, _ json: JSON) { key(name); value(json) }
    public mutating func field(_ name: String, _ s: String) { key(name); string(s) }
    public mutating func field(_ name: String, _ i: Int) { key(name); int(i) }
    public mutating func field(_ name: String, _ b: Bool) { key(name); bool(b) }
}
