/// Whose inquiries count toward SLA-RESPONSE. The attachment measures "甲の担当者が行った問合せ":
/// an inquiry of a municipality's staff or anyone else stays in the report's table, marked
/// 対象外, but does not count.
public enum InquirerRule: Sendable, Hashable {
    /// 甲's staff only: an inquiry whose `party` is `buyer`, or, where the column is empty, whose
    /// `asked_by` begins with one of these names (甲's name and its other names).
    case buyer(names: [String])
    /// Every inquiry (the contract's `count_all_inquiries: true`).
    case everyone
    /// No contract to tell 甲 by: every inquiry counts unless its `party` says `other`.
    case unknownBuyer

    /// Why an inquiry counts or not.
    public enum Decision: Sendable, Hashable {
        /// 甲's staff by the log's party column, or by the name it begins with.
        case buyerByColumn, buyerByName(String)
        /// Someone else by the log's party column, or because no name of 甲 begins it.
        case otherByColumn, otherByName
        /// Counted because the contract counts every inquiry, or because 甲 is not known.
        case everyone, unknown

        public var counted: Bool {
            switch self {
            case .buyerByColumn, .buyerByName, .everyone, .unknown: true
            case .otherByColumn, .otherByName: false
            }
        }

        /// The reason printed beside an inquiry outside the level.
        public var reason: String? {
            switch self {
            case .otherByColumn: "甲以外からの問合せ（ログの区分による）"
            case .otherByName: "甲以外からの問合せ"
            default: nil
            }
        }
    }

    public func decide(_ inquiry: Inquiry) -> Decision {
        switch self {
        case .everyone: return .everyone
        case .unknownBuyer: return inquiry.party == .other ? .otherByColumn : .unknown
        case .buyer(let names):
            switch inquiry.party {
            case .buyer?: return .buyerByColumn
            case .other?: return .otherByColumn
            case nil:
                let asked = Self.compact(inquiry.askedBy)
                if let name = names.first(where: { !$0.isEmpty && asked.hasPrefix(Self.compact($0)) }) { return .buyerByName(name) }
                return .otherByName
            }
        }
    }

    /// Without spaces of either width, so that "瀬戸内県 デジタル行政推進課" and "瀬戸内県デジタル行政推進課" agree.
    static func compact(_ text: String) -> String { PersonName.withoutSpaces(text) }
}
