/// Why a day is closed.
public struct ClosedReason: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case saturday, sunday, holiday, yearEnd, contract
    }

    public let kind: Kind
    /// 土曜日, 日曜日, the holiday's name, 年末年始, or the contract's own name.
    public let name: String
}
