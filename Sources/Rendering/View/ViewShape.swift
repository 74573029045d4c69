/// The names a template may ask for at one level of a view, declared once.
///
/// Views are built through ``ViewObject``, which refuses a name its shape does not declare,
/// and templates are compiled against the same shape (``TemplateCompiler``): a template that
/// asks for a name the view does not have is an error with its file and line, not a blank.
/// Every name has a slot; a compiled template reads a view by slot, never by name.
public final class ViewShape: Sendable {
    public enum Kind: Sendable {
        /// Printed with `{{name}}`: text.
        case value
        /// A condition: `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`.
        case flag
        /// Repeated for each element.
        case list(ViewShape)
        /// Entered once when present.
        case object(ViewShape)
    }

    public let name: String
    /// Every name in slot order (sorted), with its kind.
    let entries: [(name: String, kind: Kind)]
    private let slots: NameIndex
    /// A view's slots before anything is set: unset values print as nothing, unset flags are
    /// false, unset lists are empty, unset objects are absent.
    let unset: [ViewValue]

    public init(_ name: String, values: [String] = [], flags: [String] = [], lists: [String: ViewShape] = [:],
                objects: [String: ViewShape] = [:]) {
        self.name = name
        var entries: [(String, Kind)] = values.map { ($0, .value) } + flags.map { ($0, .flag) }
        entries += lists.map { ($0.key, .list($0.value)) } + objects.map { ($0.key, .object($0.value)) }
        entries.sort { $0.0 < $1.0 }
        self.entries = entries
        self.slots = NameIndex(entries.map(\.0))
        self.unset = entries.map { entry in
            switch entry.1 {
            case .value: .text("")
            case .flag: .flag(false)
            case .list: .list([])
            case .object: .absent
            }
        }
    }

    public func has(_ key: String) -> Bool { slots.index(key) != nil }

    func slot(_ key: String) -> Int? { slots.index(key) }

    func kind(_ key: String) -> Kind? { slots.index(key).map { entries[$0].kind } }

    /// Every name, sorted (for messages).
    public var allNames: [String] { entries.map(\.name) }
}

/// Names to their places, for the few dozen names of a view looked up thousands of times a
/// document: an open-addressed table on FNV-1a of the bytes of ASCII names, where a dictionary
/// would seed and run SipHash for every lookup; a name past ASCII is looked for by `==`, as a
/// dictionary would find it. The first of equal names keeps its place.
struct NameIndex: Sendable {
    private let names: [String]
    /// A place in `names` per bucket, -1 where empty; twice as many buckets as names at least.
    private let buckets: [Int32]
    private let mask: Int

    init(_ names: [String]) {
        self.names = names
        var size = 8
        while size < names.count * 2 { size *= 2 }
        var buckets = [Int32](repeating: -1, count: size)
        for (place, name) in names.enumerated() {
            guard let hash = Self.hash(name) else { continue }
            var bucket = hash & (size - 1)
            while buckets[bucket] >= 0 && names[Int(buckets[bucket])] != name { bucket = (bucket + 1) & (size - 1) }
            if buckets[bucket] < 0 { buckets[bucket] = Int32(place) }
        }
        self.buckets = buckets
        mask = size - 1
    }

    func index(_ name: String) -> Int? {
        guard let hash = Self.hash(name) else {
            // Past ASCII, Strings that are equal may differ in their bytes (composed or not): by ==.
            return names.firstIndex(of: name)
        }
        var bucket = hash & mask
        while true {
            let place = Int(buckets[bucket])
            if place < 0 { return nil }
            if names[place] == name { return place }
            bucket = (bucket + 1) & mask
        }
    }

    /// FNV-1a of an ASCII name; nil past ASCII.
    static func hash(_ name: String) -> Int? {
        name.withUTF8Bytes { bytes -> Int? in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325, all: UInt8 = 0
            for byte in bytes {
                all |= byte
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return all < 0x80 ? Int(truncatingIfNeeded: hash ^ (hash >> 32)) : nil
        }
    }
}
