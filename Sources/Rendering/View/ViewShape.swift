/// The names a template may ask for at one level of a view, declared once.
///
/// Views are built through ``ViewObject``, which refuses a name its shape does not declare,
/// and templates are checked against the same shape (``TemplateChecker``), so a template that
/// asks for a name the view does not have is an error with its file and line, not a blank.
public final class ViewShape: Sendable {
    public let name: String
    /// Names printed with `{{name}}` (strings and numbers).
    public let values: Set<String>
    /// Names used as conditions: `{{#name}}…{{/name}}`, `{{^name}}…{{/name}}`.
    public let flags: Set<String>
    public let lists: [String: ViewShape]
    public let objects: [String: ViewShape]

    public init(_ name: String, values: [String] = [], flags: [String] = [], lists: [String: ViewShape] = [:],
                objects: [String: ViewShape] = [:]) {
        self.name = name
        self.values = Set(values)
        self.flags = Set(flags)
        self.lists = lists
        self.objects = objects
    }

    public func has(_ key: String) -> Bool {
        values.contains(key) || flags.contains(key) || lists[key] != nil || objects[key] != nil
    }

    /// Every name, sorted (for messages).
    public var allNames: [String] {
        (Array(values) + Array(flags) + Array(lists.keys) + Array(objects.keys)).sorted()
    }
}

/// A view dictionary under construction, checked against its shape.
public struct ViewObject {
    public let shape: ViewShape
    public private(set) var dictionary: [String: Any] = [:]

    public init(_ shape: ViewShape) {
        self.shape = shape
    }

    public subscript(key: String) -> String? {
        get { dictionary[key] as? String }
        set {
            precondition(shape.values.contains(key), "view \(shape.name) has no value named \(key)")
            dictionary[key] = newValue ?? ""
        }
    }

    public mutating func set(_ key: String, _ value: Int) {
        precondition(shape.values.contains(key), "view \(shape.name) has no value named \(key)")
        dictionary[key] = value
    }

    public mutating func flag(_ key: String, _ value: Bool) {
        precondition(shape.flags.contains(key), "view \(shape.name) has no flag named \(key)")
        dictionary[key] = value
    }

    public mutating func list<T>(_ key: String, _ items: [T], _ build: (T, inout ViewObject) -> Void) {
        guard let element = shape.lists[key] else { preconditionFailure("view \(shape.name) has no list named \(key)") }
        dictionary[key] = items.map { item in
            var object = ViewObject(element)
            build(item, &object)
            return object.finished
        }
    }

    public mutating func object(_ key: String, _ build: (inout ViewObject) -> Void) {
        guard let element = shape.objects[key] else { preconditionFailure("view \(shape.name) has no object named \(key)") }
        var object = ViewObject(element)
        build(&object)
        dictionary[key] = object.finished
    }

    /// The dictionary, with every declared name present: unset values print as nothing, unset
    /// flags are false, unset lists are empty.
    public var finished: [String: Any] {
        var result = dictionary
        for key in shape.values where result[key] == nil { result[key] = "" }
        for key in shape.flags where result[key] == nil { result[key] = false }
        for key in shape.lists.keys where result[key] == nil { result[key] = [[String: Any]]() }
        return result
    }
}
