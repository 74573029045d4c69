/// A built view: one value per slot of its shape.
public struct ViewNode: Sendable {
    public let shape: ViewShape
    var slots: [ViewValue]
}
