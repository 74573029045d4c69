/// A day off under the 国民の祝日に関する法律 (the national-holiday law) or a special law.
public struct Holiday: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// 国民の祝日: a day the law names (元日, 春分の日, …).
        case national
        /// A one-off day a special law made a holiday and treats as a 国民の祝日
        /// (大喪の礼, 即位礼正殿の儀, …).
        case special
        /// 振替休日: the day after a 国民の祝日 that fell on a Sunday (法第3条第2項).
        case substitute
        /// 国民の休日: a day between two 国民の祝日 (法第3条第3項).
        case citizens
    }

    public let date: CivilDate
    /// The name as the law gives it; `振替休日` and `国民の休日` for the 休日 of 法第3条.
    public let name: String
    public let kind: Kind

    public init(date: CivilDate, name: String, kind: Kind) {
        self.date = date
        self.name = name
        self.kind = kind
    }
}
