public struct Choice: Sendable {
    public let value: String
    public let japanese: String

    public init(_ value: String, _ japanese: String) {
        self.value = value
        self.japanese = japanese
    }
}
