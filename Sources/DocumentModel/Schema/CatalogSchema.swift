/// A requirement catalog file: the requirements a contract's security attachment lists.
public enum CatalogSchema {
    public static let requirement = ObjectSchema("Requirement", "要件", [
        .required("id", "要件番号", .text, help: "REQ-…"),
        .required("category", "区分", .text, help: "The heading of the attachment it stands under."),
        .required("title", "要件（要約）", .text),
        .required("text", "要件（原文）", .text),
    ])

    public static let root = ObjectSchema("RequirementCatalog", "要件一覧", [
        .required("name", "名称", .text, help: "e.g. 別添１ 情報セキュリティ要件一覧"),
        .required("requirements", "要件", .list(.object(requirement), item: "requirement", minItems: 1)),
    ])
}

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

/// The requirements of one contract's attachment, in their order.
public struct RequirementCatalog: Sendable {
    public let name: String
    public let requirements: [Requirement]
    /// The file it was read from (for messages).
    public let source: String
    /// The checked values, when read from a file.
    public let value: ObjectValue?

    public init(name: String, requirements: [Requirement], source: String) {
        self.name = name
        self.requirements = requirements
        self.source = source
        self.value = nil
    }

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.name = value.text("name") ?? ""
        self.requirements = value.objects("requirements").compactMap { r in
            guard let id = r.text("id") else { return nil }
            return Requirement(id: id, category: r.text("category") ?? "", title: r.text("title") ?? "", text: r.text("text") ?? "")
        }
        self.source = source
    }

    public func requirement(_ id: String) -> Requirement? {
        requirements.first { $0.id == id }
    }

    public var ids: [String] { requirements.map(\.id) }
}
