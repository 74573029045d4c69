/// One requirement the plan must answer (情報セキュリティ要件).
public struct Requirement: Sendable, Hashable {
    public let id: String
    public let category: String
    public let title: String
    public let text: String

    public init(id: String, category: String, title: String, text: String) {
        self.id = id
        self.category = category
        self.title = title
        self.text = text
    }
}
