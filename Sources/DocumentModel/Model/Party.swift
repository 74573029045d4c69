import JapaneseCalendar

/// 甲 or 乙.
public struct Party: Sendable, Hashable {
    public let name: String
    public let department: String?
    public let representative: String?
    public let address: String?
    /// 甲's other names (`other_names`), by which its staff are told apart in the inquiries.
    public let otherNames: [String]

    init(_ value: ObjectValue?) {
        // Only 甲's schema has other names.
        otherNames = value.flatMap { $0.schema.keys.contains("other_names") ? $0.texts(at: "other_names").map(\.value) : nil } ?? []
        name = value?.text(at: "name")?.value ?? ""
        department = value?.text(at: "department")?.value
        representative = value?.text(at: "representative")?.value
        address = value?.text(at: "address")?.value
    }
}
