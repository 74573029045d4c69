import JapaneseCalendar

/// A mapping read against an ``ObjectSchema``: only the schema's keys, each checked.
public struct ObjectValue: Sendable {
    public let schema: ObjectSchema
    public let fields: [String: Value]
    /// Where each key was written.
    public let keySpans: [String: SourceSpan]
    /// Keys written with no value (`key:`).
    public let nullKeys: Set<String>
    public let span: SourceSpan
    /// Whether a structural problem was found inside (rules skip what they cannot judge).
    public let hadErrors: Bool

    public init(schema: ObjectSchema, fields: [String: Value], keySpans: [String: SourceSpan], nullKeys: Set<String> = [],
                span: SourceSpan, hadErrors: Bool) {
        self.schema = schema
        self.fields = fields
        self.keySpans = keySpans
        self.nullKeys = nullKeys
        self.span = span
        self.hadErrors = hadErrors
    }

    /// Whether `key` was written with a value that could not be read (its error is reported).
    public func wasRejected(_ key: String) -> Bool {
        keySpans[key] != nil && fields[key] == nil && !nullKeys.contains(key)
    }

    /// The value of a field of the schema, for code that walks the schema's fields (the XML
    /// writer, the comparison of revisions); typed models read through their decoders.
    public subscript(_ key: String) -> Value? { fields[key] }

    /// Where to point for `key`: a scalar's value; the key of a list or mapping (whose own
    /// span is its first item); else the mapping.
    public func span(_ key: String) -> SourceSpan {
        if let value = fields[key] {
            switch value.kind {
            case .list, .object, .map: return keySpans[key] ?? value.span
            default: return value.span
            }
        }
        return keySpans[key] ?? span
    }
}
