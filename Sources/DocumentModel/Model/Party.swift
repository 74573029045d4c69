import JapaneseCalendar

/// 甲 or 乙.
public struct Party: Sendable, Hashable {
    public let name: String
    public let department: String?
    public let representative: String?
    public let address: String?

    init(_ value: ObjectValue?) {
        name = value?.text(at: "name")?.value ?? ""
        department = value?.text(at: "department")?.value
        representative = value?.text(at: "representative")?.value
        address = value?.text(at: "address")?.value
    }
}
