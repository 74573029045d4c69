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
