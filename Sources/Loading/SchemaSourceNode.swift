import DocumentModel
import JapaneseCalendar

/// A node of a parsed file (YAML or XML), seen through what the schema expects of it.
public protocol SchemaSourceNode {
    var span: SourceSpan { get }
    /// An empty value (`key:` with nothing, `~`, `null`, an empty element).
    var isNull: Bool { get }
    /// The text of a scalar; `nil` when the node is a mapping or a list.
    var scalar: String? { get }
    /// The items of a list; `nil` when the node is not one. `item` is the XML element name.
    func sequence(item: String) -> [Self]?
    /// The keys and values of a mapping, in order; `nil` when the node is not one.
    func mapping() -> [(key: String, keySpan: SourceSpan, value: Self)]?
    /// The entries of an identifier-keyed mapping.
    func keyedEntries(_ key: MapKey) -> [(key: String, keySpan: SourceSpan, value: Self)]?
    /// What the node is, for "expected …, found …".
    var kindName: Message { get }
    /// An empty container that reads as an empty list where a list is expected (an XML
    /// element with no children); a YAML `key:` is not one.
    var isEmptyContainer: Bool { get }
    /// The value of a key written more than once in its mapping (the one read): what it holds
    /// is in question, so the rules do not judge it (no "missing emergency contact" because the
    /// copy read is the other one).
    var isUnderDuplicateKey: Bool { get }
}

extension SchemaSourceNode {
    public var isEmptyContainer: Bool { false }
    public var isUnderDuplicateKey: Bool { false }
}
