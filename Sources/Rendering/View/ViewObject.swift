/// A view under construction, checked against its shape.
public struct ViewObject {
    public let shape: ViewShape
    private var slots: [ViewValue]

    public init(_ shape: ViewShape) {
        self.shape = shape
        slots = shape.unset
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
