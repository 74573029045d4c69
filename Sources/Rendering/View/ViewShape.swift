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
        self.slots = Dictionary(entries.enumerated().map { ($1.0, $0) }, uniquingKeysWith: { a, _ in a })
        self.unset = entries.map { entry in
            switch entry.1 {
            case .value: .text("")
            case .flag: .flag(false)
            case .list: .list([])
            case .object: .absent
            }
        }
    }

    public func has(_ key: String) -> Bool { slots[key] != nil }

    func slot(_ key: String) -> Int? { slots[key] }

    func kind(_ key: String) -> Kind? { slots[key].map { entries[$0].kind } }

    /// Every name, sorted (for messages).
    public var allNames: [String] { entries.map(\.name) }
}
