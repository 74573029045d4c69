import Foundation

/// A JSON Schema validator for the keywords the project's schemas and SARIF's use (drafts 04
/// and 07): type, properties, required, additionalProperties, patternProperties,
/// propertyNames, items, minItems, uniqueItems, enum, const, pattern, minLength, minimum,
/// maximum, anyOf, oneOf, allOf, not, $ref to local definitions. Tests only.
struct JSONSchemaValidator {
    let root: [String: Any]

    init(_ schema: [String: Any]) {
        root = schema
    }

    /// Every violation, as "path: problem".
    func validate(_ instance: Any) -> [String] {
        var errors: [String] = []
        check(instance, root, path: "$", errors: &errors)
        return errors
    }

    private func resolve(_ ref: String) -> [String: Any]? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in ref.dropFirst(2).split(separator: "/") {
            guard let dict = node as? [String: Any], let next = dict[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    /// Booleans are Swift `Bool`s or Foundation's boolean numbers (from JSONSerialization).
    private func isBoolean(_ value: Any) -> Bool {
        Swift.type(of: value) == Bool.self || String(describing: Swift.type(of: value)).contains("Boolean")
    }

    private func number(_ value: Any) -> Double? {
        guard !isBoolean(value) else { return nil }
        if let i = value as? Int, Swift.type(of: value) == Int.self { return Double(i) }
        if let d = value as? Double, Swift.type(of: value) == Double.self { return d }
        return (value as? NSNumber)?.doubleValue
    }

    private func isType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer": return number(value).map { $0 == $0.rounded() } ?? false
        case "number": return number(value) != nil
        case "null": return value is NSNull
        default: return false
        }
    }

    private func check(_ value: Any, _ schema: [String: Any], path: String, errors: inout [String]) {
        if let ref = schema["$ref"] as? String {
            guard let target = resolve(ref) else { errors.append("\(path): unresolved \(ref)"); return }
            check(value, target, path: path, errors: &errors)
            return
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [(type as? String) ?? ""]
            if !types.contains(where: { isType(value, $0) }) {
                errors.append("\(path): expected \(types.joined(separator: "|"))")
                return
            }
        }
        if let options = schema["enum"] as? [Any], !options.contains(where: { equal($0, value) }) {
            errors.append("\(path): not one of the enum")
        }
        if let constant = schema["const"], !equal(constant, value) { errors.append("\(path): not the const") }
        if let string = value as? String {
            if let pattern = schema["pattern"] as? String, string.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): \"\(string)\" does not match \(pattern)")
            }
            if let min = schema["minLength"] as? Int, string.count < min { errors.append("\(path): shorter than \(min)") }
        }
        if let n = number(value) {
            if let min = schema["minimum"].flatMap(number), n < min { errors.append("\(path): below \(min)") }
            if let max = schema["maximum"].flatMap(number), n > max { errors.append("\(path): above \(max)") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                errors.append("\(path): missing required \(key)")
            }
            let patterns = schema["patternProperties"] as? [String: Any] ?? [:]
            for (key, item) in object {
                if let names = schema["propertyNames"] as? [String: Any] { check(key, names, path: "\(path).\(key)(name)", errors: &errors) }
                var matched = false
                if let sub = properties[key] as? [String: Any] {
                    matched = true
                    check(item, sub, path: "\(path).\(key)", errors: &errors)
                }
                for (pattern, sub) in patterns where key.range(of: pattern, options: .regularExpression) != nil {
                    matched = true
                    if let sub = sub as? [String: Any] { check(item, sub, path: "\(path).\(key)", errors: &errors) }
                }
                if !matched {
                    if let allowed = schema["additionalProperties"] as? Bool, !allowed {
                        errors.append("\(path): additional property \(key)")
                    } else if let sub = schema["additionalProperties"] as? [String: Any] {
                        check(item, sub, path: "\(path).\(key)", errors: &errors)
                    }
                }
            }
        }
        if let array = value as? [Any] {
            if let min = schema["minItems"] as? Int, array.count < min { errors.append("\(path): fewer than \(min) items") }
            if let sub = schema["items"] as? [String: Any] {
                for (i, item) in array.enumerated() { check(item, sub, path: "\(path)[\(i)]", errors: &errors) }
            }
            if schema["uniqueItems"] as? Bool == true {
                for i in 0..<array.count { for j in (i + 1)..<max(i + 1, array.count) where equal(array[i], array[j]) {
                    errors.append("\(path): items \(i) and \(j) are equal")
                } }
            }
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            for sub in all { check(value, sub, path: path, errors: &errors) }
        }
        if let any = schema["anyOf"] as? [[String: Any]] {
            if !any.contains(where: { sub in var e: [String] = []; check(value, sub, path: path, errors: &e); return e.isEmpty }) {
                errors.append("\(path): matches none of anyOf")
            }
        }
        if let one = schema["oneOf"] as? [[String: Any]] {
            let passing = one.filter { sub in var e: [String] = []; check(value, sub, path: path, errors: &e); return e.isEmpty }.count
            if passing != 1 { errors.append("\(path): matches \(passing) of oneOf") }
        }
        if let not = schema["not"] as? [String: Any] {
            var e: [String] = []
            check(value, not, path: path, errors: &e)
            if e.isEmpty { errors.append("\(path): matches not") }
        }
    }

    private func equal(_ a: Any, _ b: Any) -> Bool {
        guard JSONSerialization.isValidJSONObject([a]), JSONSerialization.isValidJSONObject([b]),
              let x = try? JSONSerialization.data(withJSONObject: [a], options: .sortedKeys),
              let y = try? JSONSerialization.data(withJSONObject: [b], options: .sortedKeys) else { return false }
        return x == y
    }
}
