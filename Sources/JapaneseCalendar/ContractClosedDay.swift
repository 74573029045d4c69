/// A day a contract adds to the closed days (e.g. 沖縄県の慰霊の日, 6月23日).
public struct ContractClosedDay: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// Every year on this month and day.
        case annual(month: Int, day: Int)
        /// One date.
        case once(CivilDate)
    }

    public let rule: Rule
    /// The name printed as the reason (慰霊の日, 県民の日, …).
    public let name: String

    public init(_ rule: Rule, name: String) {
        self.rule = rule
        self.name = name
    }

    func applies(to date: CivilDate) -> Bool {
        switch rule {
        case .annual(let month, let day): date.month == month && date.day == day
        case .once(let once): once == date
        }
    }
}
