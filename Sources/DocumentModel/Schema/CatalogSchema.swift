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
        self.writtenIDs = []
    }

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.name = value.text(at: "name")?.value ?? ""
        var ids: [Located<String>] = []
        self.requirements = value.objects(at: "requirements") { r -> Requirement? in
            guard let id = r.text(at: "id") else { return nil }
            ids.append(id)
            return Requirement(id: id.value, category: r.requiredText(at: "category").value, title: r.requiredText(at: "title").value,
                               text: r.requiredText(at: "text").value)
        }.compactMap { $0 }
        self.writtenIDs = ids
        self.source = source
    }

    /// The requirement IDs as written in the catalog file (for its rules); empty for the shipped one.
    public let writtenIDs: [Located<String>]

    public func requirement(_ id: String) -> Requirement? {
        requirements.first { $0.id == id }
    }

    public var ids: [String] { requirements.map(\.id) }
}
