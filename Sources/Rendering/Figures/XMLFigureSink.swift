import DocumentModel

/// The figures as the checked value tree of ``ResultSchema/serviceLevels``, which a report's XML
/// carries (and a draft's stated figures are compared against): only the keys the schema has.
public struct XMLFigureSink: FigureSink {
    private struct Frame {
        let schema: ObjectSchema?
        let key: String?
        /// The object's values in its schema's order.
        var values: [Value?]
        var items: [Value] = []
        let isList: Bool

        init(schema: ObjectSchema?, key: String?, isList: Bool) {
            self.schema = schema
            self.key = key
            self.isList = isList
            values = isList ? [] : Array(repeating: nil, count: schema?.fields.count ?? 0)
        }

        mutating func set(_ key: String, _ value: Value) {
            guard let index = schema?.index(of: key) else { return }
            values[index] = value
        }
    }

    private var stack: [Frame] = []
    private let span: SourceSpan
    public private(set) var result: ObjectValue?

    public init(at span: SourceSpan) {
        self.span = span
    }

    /// The schema of what a key holds within the current object, if the schema has the key.
    private func fieldType(_ key: String) -> FieldType? {
        guard let frame = stack.last else { return .object(ResultSchema.serviceLevels) }
        if frame.isList { return nil }
        return frame.schema?.field(key)?.type
    }

    /// Whether the current frame, and everything above it, is written.
    private var writing: Bool { stack.allSatisfy { $0.schema != nil || $0.isList } }

    public mutating func beginObject(_ key: FigureKey?) {
        if let key {
            if case .object(let schema)? = fieldType(key.name), writing {
                stack.append(Frame(schema: schema, key: key.name, isList: false))
            } else {
                stack.append(Frame(schema: nil, key: key.name, isList: false))
            }
        } else if stack.isEmpty {
            stack.append(Frame(schema: ResultSchema.serviceLevels, key: nil, isList: false))
        } else if let list = stack.last, list.isList, let schema = list.schema {
            stack.append(Frame(schema: schema, key: nil, isList: false))
        } else {
            stack.append(Frame(schema: nil, key: nil, isList: false))
        }
    }

    public mutating func endObject() {
        let frame = stack.removeLast()
        guard let schema = frame.schema else { return }
        let object = ObjectValue(schema: schema, values: frame.values, keyPlaces: [], span: span, hadErrors: false)
        let value = Value(.object(object), span: span)
        if stack.isEmpty {
            result = object
        } else if stack[stack.count - 1].isList {
            stack[stack.count - 1].items.append(value)
        } else if let key = frame.key {
            stack[stack.count - 1].set(key, value)
        }
    }

    public mutating func beginList(_ key: FigureKey) {
        if case .list(.object(let element), _, _)? = fieldType(key.name), writing {
            stack.append(Frame(schema: element, key: key.name, isList: true))
        } else {
            stack.append(Frame(schema: nil, key: key.name, isList: true))
        }
    }

    public mutating func endList() {
        let frame = stack.removeLast()
        guard frame.schema != nil, let key = frame.key, !stack.isEmpty else { return }
        stack[stack.count - 1].set(key, Value(.list(frame.items), span: span))
    }

    public mutating func field(_ key: FigureKey, _ value: FigureValue) {
        guard writing, let type = fieldType(key.name) else { return }
        let kind: Value.Kind?
        switch (value, type) {
        case (.int(let n), _), (.minutes(let n), _): kind = .integer(n)
        case (.decimal(let d), _): kind = .decimal(d)
        case (.percent(let h?), _): kind = .decimal(ExactDecimal(significand: Int64(h), scale: 2))
        case (.percent(nil), _): kind = nil
        case (.bool(let b), _), (.met(let b), _), (.metIfCounted(let b, _), _): kind = .bool(b)
        case (.text(let t), _): kind = .text(t)
        case (.time(let i), _): kind = .instant(i)
        case (.fiscalYear(let y), _): kind = .integer(y)
        case (.month(let m), _): kind = .yearMonth(year: m.year, month: m.month)
        case (.choice(let raw, _), _): kind = .text(raw)
        }
        if let kind { stack[stack.count - 1].set(key.name, Value(kind, span: span)) }
    }

    public mutating func texts(_ key: FigureKey, _ values: [String]) {
        guard writing, fieldType(key.name) != nil else { return }
        stack[stack.count - 1].set(key.name, Value(.list(values.map { Value(.text($0), span: span) }), span: span))
    }
}
