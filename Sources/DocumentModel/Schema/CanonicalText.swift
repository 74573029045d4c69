/// The canonical text of values (``Value/canonical``) as UTF-8 bytes in one growing buffer:
/// the fingerprints of submitted documents hash it as it is, with no String made per value.
public struct CanonicalText: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {
        bytes.reserveCapacity(1024)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }
    public var sha256: String { SHA256.hex(bytes) }

    /// Empties the buffer, keeping its room.
    public mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
    }

    public mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    public mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// A decimal integer, as `String(n)` writes it (a small string: nothing allocated).
    public mutating func append(_ n: Int) {
        bytes.append(contentsOf: String(n).utf8)
    }

    /// An object: `{key=value;…}`, the fields present in the schema's order (`kind` gives a
    /// field's value by its place, nil when it has none).
    public mutating func appendObject(_ schema: ObjectSchema, _ kind: (Int, Field) -> Value.Kind?) {
        append("{")
        var first = true
        for (index, field) in schema.fields.enumerated() {
            guard let value = kind(index, field) else { continue }
            if !first { append(";") }
            first = false
            append(field.key)
            append("=")
            value.writeCanonical(into: &self)
        }
        append("}")
    }
}

/// What has a canonical text: its fingerprint is the SHA-256 of it.
public protocol CanonicallyWritten {
    /// The canonical text, written into `out`.
    func writeCanonical(into out: inout CanonicalText)
}

extension CanonicallyWritten {
    /// The content as text, with no formatting or places: two files that say the same thing
    /// (other quoting, order of mapping keys, comments, 99.8 or 99.80) give the same text.
    public var canonical: String {
        var out = CanonicalText()
        writeCanonical(into: &out)
        return out.string
    }

    /// The SHA-256 of ``canonical``, hashed from the bytes (no String made).
    public var canonicalSHA256: String {
        var out = CanonicalText()
        writeCanonical(into: &out)
        return out.sha256
    }
}
