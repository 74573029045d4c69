import DocumentModel
import Rendering

/// JSON Schema (draft-07) and Markdown reference of the input files, from the same
/// declarations the loader uses.
public enum SchemaExport {
    public static let datePattern = "^\\s*(\\d{4}-\\d{2}-\\d{2}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}年\\d{1,2}月\\d{1,2}日|(大正|昭和|平成|令和)\\s*([0-9０-９]{1,2}|元)\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日|[TSHR]([0-9]{1,2}|元)\\.[0-9]{1,2}\\.[0-9]{1,2})\\s*([（(][日月火水木金土][）)])?\\s*$"

    public static func jsonSchema(_ kind: InputFileKind) -> JSON {
        var definitions: [(String, JSON)] = []
        var seen: Set<String> = [kind.schema.name]
        let root = objectSchema(kind.schema, definitions: &definitions, seen: &seen)
        guard case .object(var pairs) = root else { return root }
        pairs.insert(("$schema", .string("http://json-schema.org/draft-07/schema#")), at: 0)
        pairs.insert(("$id", .string("https://teishutsu.invalid/schema/\(kind.rawValue).schema.json")), at: 1)
        pairs.append(("definitions", .object(definitions.sorted { $0.0 < $1.0 })))
        return .object(pairs)
    }

    private static func objectSchema(_ schema: ObjectSchema, definitions: inout [(String, JSON)], seen: inout Set<String>) -> JSON {
        var properties: [(String, JSON)] = []
        for field in schema.fields {
            var property = type(field.type, definitions: &definitions, seen: &seen)
            if case .object(var pairs) = property {
                pairs.insert(("title", .string(field.japanese)), at: 0)
                if !field.help.isEmpty { pairs.insert(("description", .string(field.help)), at: 1) }
                property = .object(pairs)
            }
            properties.append((field.key, property))
        }
        var pairs: [(String, JSON)] = [
            ("type", .string("object")),
            ("title", .string(schema.japanese)),
        ]
        if !schema.help.isEmpty { pairs.append(("description", .string(schema.help))) }
        pairs.append(("properties", .object(properties)))
        let required = schema.fields.filter(\.required).map { JSON.string($0.key) }
        if !required.isEmpty { pairs.append(("required", .array(required))) }
        pairs.append(("additionalProperties", .bool(false)))
        return .object(pairs)
    }

    private static func type(_ type: FieldType, definitions: inout [(String, JSON)], seen: inout Set<String>) -> JSON {
        switch type {
        case .text:
            return .object([("type", .array([.string("string"), .string("number")])), ("minLength", .int(1))])
        case .date:
            return .object([("type", .string("string")), ("pattern", .string(datePattern))])
        case .integer(let range):
            return .object([("type", .string("integer")), ("minimum", .int(range.lowerBound)), ("maximum", .int(range.upperBound))])
        case .decimal:
            return .object([("anyOf", .array([
                .object([("type", .string("number"))]),
                .object([("type", .string("string")), ("pattern", .string("^-?[0-9]+(\\.[0-9]+)?$"))]),
            ]))])
        case .bool:
            return .object([("type", .string("boolean"))])
        case .choice(let choices):
            return .object([
                ("type", .string("string")),
                ("enum", .array(choices.map { .string($0.value) })),
                ("description", .string(choices.map { "\($0.value): \($0.japanese)" }.joined(separator: "; "))),
            ])
        case .monthDay:
            return .object([("type", .string("string")), ("pattern", .string("^(\\d{1,2}-\\d{1,2}|\\d{1,2}月\\d{1,2}日)$"))])
        case .timeOfDay:
            return .object([("type", .string("string")), ("pattern", .string("^([01]?[0-9]|2[0-3]):[0-5][0-9]$|^24:00$"))])
        case .instant:
            return .object([("type", .string("string")),
                            ("pattern", .string("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}(:?\\d{2})?)?$"))])
        case .yearMonth:
            return .object([("type", .string("string")), ("pattern", .string("^\\d{4}-(0[1-9]|1[0-2])$"))])
        case .list(let element, _, let minItems):
            var pairs: [(String, JSON)] = [("type", .string("array")), ("items", Self.type(element, definitions: &definitions, seen: &seen))]
            if minItems > 0 { pairs.append(("minItems", .int(minItems))) }
            return .object(pairs)
        case .textList(_, let minItems):
            return .object([("anyOf", .array([
                .object([("type", .array([.string("string"), .string("number")])), ("minLength", .int(1))]),
                .object([("type", .string("array")), ("items", .object([("type", .array([.string("string"), .string("number")])), ("minLength", .int(1))])),
                         ("minItems", .int(minItems))]),
            ]))])
        case .object(let schema):
            return reference(schema, definitions: &definitions, seen: &seen)
        case .map(let key, let schema):
            return .object([
                ("type", .string("object")),
                ("propertyNames", .object([("pattern", .string(key.pattern))])),
                ("additionalProperties", reference(schema, definitions: &definitions, seen: &seen)),
            ])
        }
    }

    private static func reference(_ schema: ObjectSchema, definitions: inout [(String, JSON)], seen: inout Set<String>) -> JSON {
        if seen.insert(schema.name).inserted {
            let definition = objectSchema(schema, definitions: &definitions, seen: &seen)
            definitions.append((schema.name, definition))
        }
        return .object([("$ref", .string("#/definitions/\(schema.name)"))])
    }

    /// The Markdown reference of one input file: every key with its Japanese name.
    public static func markdown(_ kind: InputFileKind) -> String {
        var out = "## `\(kind.fileName)` — \(kind.schema.japanese)\n\n"
        if !kind.isYAML {
            out += "UTF-8 CSV with this header row (any column order; an empty cell is an empty value). "
                + "A time is ISO 8601 (`2024-03-01T10:15`, seconds optional, an offset such as `+09:00` or `Z` optional: without one it is Japan time), or as a spreadsheet writes it (`2024/03/01 10:15`, seconds optional, Japan time). "
                + "The same records may be written inline in a report under the key of the same name.\n\n"
            out += "```\n" + kind.schema.keys.joined(separator: ",") + "\n```\n\n"
        }
        var queue: [(String, ObjectSchema)] = [("", kind.schema)]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let (path, schema) = queue.removeFirst()
            guard seen.insert(schema.name).inserted else { continue }
            out += "### \(path.isEmpty ? (kind.isYAML ? "(top level)" : "columns") : "`\(path)`") — \(schema.japanese)\n\n"
            if !schema.help.isEmpty { out += schema.help + "\n\n" }
            out += "| key | 日本語 | type | required | notes |\n|---|---|---|---|---|\n"
            for field in schema.fields {
                let childPath = path.isEmpty ? field.key : path + "." + field.key
                out += "| `\(field.key)` | \(field.japanese) | \(describe(field.type)) | \(field.required ? "yes" : "") | \(field.help.replacingAll("|", "\\|")) |\n"
                for child in children(field.type) { queue.append((childPath + (isList(field.type) ? "[]" : ""), child)) }
            }
            out += "\n"
        }
        return out
    }

    private static func isList(_ type: FieldType) -> Bool {
        if case .list = type { return true }
        if case .map = type { return true }
        return false
    }

    private static func children(_ type: FieldType) -> [ObjectSchema] {
        switch type {
        case .object(let schema): [schema]
        case .list(let element, _, _): children(element)
        case .map(_, let schema): [schema]
        default: []
        }
    }

    private static func describe(_ type: FieldType) -> String {
        switch type {
        case .text: "text"
        case .date: "date (2023-01-16 / 令和5年1月16日)"
        case .integer(let r): "integer \(r.lowerBound)–\(r.upperBound)"
        case .decimal: "decimal (99.8)"
        case .bool: "true / false"
        case .choice(let choices): choices.map { "`\($0.value)` (\($0.japanese))" }.joined(separator: ", ")
        case .monthDay: "month-day (06-23)"
        case .timeOfDay: "time (08:30)"
        case .instant: "time (2024-03-01T10:15, Japan time without an offset)"
        case .yearMonth: "month (2024-03)"
        case .list(let element, _, let minItems): "list of " + describe(element) + (minItems > 0 ? " (at least \(minItems))" : "")
        case .textList: "text, or list of text"
        case .object(let schema): "mapping: \(schema.japanese)"
        case .map(let key, let schema): "mapping \(key.english) → \(schema.japanese)"
        }
    }

    /// The XSD of an XML document type.
    public static func xsd(_ name: String) -> String? {
        switch name {
        case "plan": XSDGenerator.xsd(.plan)
        case "report": XSDGenerator.xsd(.report)
        case "incident": XSDGenerator.xsd(.incident)
        case "closing": XSDGenerator.xsd(.closing)
        case "annual": XSDGenerator.xsd(.annual)
        default: nil
        }
    }
}
