import JapaneseCalendar

/// One difference between two versions of a document.
public struct ValueChange: Sendable {
    public enum Kind: String, Sendable { case added, removed, changed }
    public let kind: Kind
    /// `organization.roles[運用担当].members`: the field path, for scripts and diagnostics.
    public let path: String
    /// The same path in the words of the documents: the fields' Japanese names, an item by its
    /// name (`株式会社あおばクラウドシステムズの資本金`); the top-level part is left out.
    public let labels: [String]
    /// The values as plain text (ISO dates), for scripts.
    public let old: String?
    public let new: String?
    /// The values themselves, for documents that write them in their own style.
    public let oldValue: Value?
    public let newValue: Value?
    /// The schema's field whose value changed (its type tells how to write the values).
    public let field: Field?
    /// Where the new version says it (or the old one, for a removal).
    public let span: SourceSpan?

    /// The Japanese path (`株式会社あおばクラウドシステムズの資本金`), the field path in English.
    public var labelPath: Message {
        Message(ja: labels.isEmpty ? path : labels.joined(separator: "の"), en: path)
    }
}
