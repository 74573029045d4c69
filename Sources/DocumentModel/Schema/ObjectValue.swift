import JapaneseCalendar

/// A mapping read against an ``ObjectSchema``: only the schema's keys, each checked.
///
/// The values and the places of their keys are kept in the schema's order, one slot per field:
/// code that walks the schema's fields (the XML writer, the style checks, the canonical text)
/// reads them by position, and a key is found by its place in the schema, never hashed into a
/// table of its own for every mapping read.
///
/// A class, every property a constant: a mapping is handed on (to its document, the rules, the
/// XML writer) far more often than made, and a copy of a reference counts one reference, where a
/// copy of the six properties counted five.
public final class ObjectValue: Sendable {
    public let schema: ObjectSchema
    /// The value of each field of the schema, in its order; nil where the file gives none.
    public let values: [Value?]
    /// Where each key of the schema was written, in its order; nil where it is not. Empty for a
    /// mapping the tool made (no key of it was written): ask ``keySpan(_:)``.
    public let keyPlaces: [SourceSpan?]
    /// Keys written with no value (`key:`).
    public let nullKeys: Set<String>
    public let span: SourceSpan
    /// Whether a structural problem was found inside (rules skip what they cannot judge).
    public let hadErrors: Bool

    /// - Parameters:
    ///   - values: one per field of `schema`, in its order.
    ///   - keyPlaces: one per field of `schema`, in its order; empty when no key has a place.
    public init(schema: ObjectSchema, values: [Value?], keyPlaces: [SourceSpan?], nullKeys: Set<String> = [],
                span: SourceSpan, hadErrors: Bool) {
        precondition(values.count == schema.fields.count && (keyPlaces.isEmpty || keyPlaces.count == schema.fields.count),
                     "\(schema.name): one value and one key place per field")
        self.schema = schema
        self.values = values
        self.keyPlaces = keyPlaces
        self.nullKeys = nullKeys
        self.span = span
        self.hadErrors = hadErrors
    }

    /// The same from mappings by key; every key must be a field of `schema`.
    public convenience init(schema: ObjectSchema, fields: [String: Value], keySpans: [String: SourceSpan], nullKeys: Set<String> = [],
                span: SourceSpan, hadErrors: Bool) {
        var values = [Value?](repeating: nil, count: schema.fields.count)
        for (key, value) in fields { values[schema.place(of: key)] = value }
        var places: [SourceSpan?] = []
        if !keySpans.isEmpty {
            places = Array(repeating: nil, count: schema.fields.count)
            for (key, place) in keySpans { places[schema.place(of: key)] = place }
        }
        self.init(schema: schema, values: values, keyPlaces: places, nullKeys: nullKeys, span: span, hadErrors: hadErrors)
    }

    /// The values by key, for code that changes a few and makes a new value of them.
    public var fields: [String: Value] {
        var fields: [String: Value] = [:]
        for (field, value) in zip(schema.fields, values) where value != nil { fields[field.key] = value }
        return fields
    }

    /// Where each key was written, by key.
    public var keySpans: [String: SourceSpan] {
        var spans: [String: SourceSpan] = [:]
        for (field, place) in zip(schema.fields, keyPlaces) where place != nil { spans[field.key] = place }
        return spans
    }

    /// The same mapping with the value of `key` set, or taken out by nil; `key` must be a field
    /// of the schema.
    public func setting(_ key: String, _ value: Value?) -> ObjectValue {
        var values = self.values
        values[schema.place(of: key)] = value
        return ObjectValue(schema: schema, values: values, keyPlaces: keyPlaces, nullKeys: nullKeys, span: span, hadErrors: hadErrors)
    }

    /// Whether no field has a value.
    public var isEmpty: Bool { !values.contains { $0 != nil } }

    /// Where `key` was written; nil when it is not.
    public func keySpan(_ key: String) -> SourceSpan? {
        guard !keyPlaces.isEmpty, let index = schema.index(of: key) else { return nil }
        return keyPlaces[index]
    }

    /// Whether `key` was written with a value that could not be read (its error is reported).
    public func wasRejected(_ key: String) -> Bool {
        guard let index = schema.index(of: key) else { return false }
        return !keyPlaces.isEmpty && keyPlaces[index] != nil && values[index] == nil && !nullKeys.contains(key)
    }

    /// The value of a field of the schema by its key, for code that names fields (the comparison
    /// of revisions); typed models read through their decoders.
    public subscript(_ key: String) -> Value? {
        schema.index(of: key).flatMap { values[$0] }
    }

    /// Where to point for `key`: a scalar's value; the key of a list or mapping (whose own
    /// span is its first item); else the mapping.
    public func span(_ key: String) -> SourceSpan {
        if let value = self[key] {
            switch value.kind {
            case .list, .object, .map: return keySpan(key) ?? value.span
            default: return value.span
            }
        }
        return keySpan(key) ?? span
    }
}
