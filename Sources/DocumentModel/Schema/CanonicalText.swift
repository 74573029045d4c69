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
}
