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
