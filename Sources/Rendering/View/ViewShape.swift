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
    private let slots: [String: Int]

    public init(_ name: String, values: [String] = [], flags: [String] = [], lists: [String: ViewShape] = [:],
                objects: [String: ViewShape] = [:]) {
        self.name = name
        var entries: [(String, Kind)] = values.map { ($0, .value) } + flags.map { ($0, .flag) }
        entries += lists.map { ($0.key, .list($0.value)) } + objects.map { ($0.key, .object($0.value)) }
        entries.sort { $0.0 < $1.0 }
        self.entries = entries
        self.slots = Dictionary(entries.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func has(_ key: String) -> Bool { slots[key] != nil }

    func slot(_ key: String) -> Int? { slots[key] }

    func kind(_ key: String) -> Kind? { slots[key].map { entries[$0].kind } }

    /// Every name, sorted (for messages).
    public var allNames: [String] { entries.map(\.name) }
}

/// A value of a view: what a template prints or enters.
public enum ViewValue: Sendable {
    case text(String)
    case flag(Bool)
    case list([ViewNode])
    case object(ViewNode)
    case absent
}

/// A built view: one value per slot of its shape.
public struct ViewNode: Sendable {
    public let shape: ViewShape
    var slots: [ViewValue]
}

/// A view under construction, checked against its shape.
public struct ViewObject {
    public let shape: ViewShape
    private var slots: [ViewValue]

    public init(_ shape: ViewShape) {
        self.shape = shape
        // Unset values print as nothing, unset flags are false, unset lists are empty, unset
        // objects are absent.
        slots = shape.entries.map { entry in
            switch entry.kind {
            case .value: .text("")
            case .flag: .flag(false)
            case .list: .list([])
            case .object: .absent
            }
        }
    }

    private func slot(_ key: String, _ expected: String) -> Int {
        guard let slot = shape.slot(key) else { preconditionFailure("view \(shape.name) has no \(expected) named \(key)") }
        return slot
    }

    public subscript(key: String) -> String? {
        get {
            if case .text(let text) = slots[slot(key, "value")] { return text }
            return nil
        }
        set {
            let index = slot(key, "value")
            guard case .value = shape.entries[index].kind else { preconditionFailure("\(key) is not a value of \(shape.name)") }
            slots[index] = .text(newValue ?? "")
        }
    }

    public mutating func set(_ key: String, _ value: Int) {
        self[key] = String(value)
    }

    public mutating func flag(_ key: String, _ value: Bool) {
        let index = slot(key, "flag")
        guard case .flag = shape.entries[index].kind else { preconditionFailure("\(key) is not a flag of \(shape.name)") }
        slots[index] = .flag(value)
    }

    public mutating func list<T>(_ key: String, _ items: [T], _ build: (T, inout ViewObject) -> Void) {
        let index = slot(key, "list")
        guard case .list(let element) = shape.entries[index].kind else { preconditionFailure("\(key) is not a list of \(shape.name)") }
        slots[index] = .list(items.map { item in
            var object = ViewObject(element)
            build(item, &object)
            return object.finished
        })
    }

    public mutating func object(_ key: String, _ build: (inout ViewObject) -> Void) {
        let index = slot(key, "object")
        guard case .object(let element) = shape.entries[index].kind else { preconditionFailure("\(key) is not an object of \(shape.name)") }
        var object = ViewObject(element)
        build(&object)
        slots[index] = .object(object.finished)
    }

    /// The view, every declared name present.
    public var finished: ViewNode { ViewNode(shape: shape, slots: slots) }
}
