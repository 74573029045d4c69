/// A Japanese era (元号) from 大正 onwards.
public enum Era: Int, CaseIterable, Sendable, Comparable {
    case taisho, showa, heisei, reiwa

    /// 大正, 昭和, 平成, 令和.
    public var kanji: String {
        switch self {
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The letter of the short form (R5.1.16).
    public var letter: Character {
        switch self {
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }

    public var romaji: String {
        switch self {
        case .taisho: "Taisho"
        case .showa: "Showa"
        case .heisei: "Heisei"
        case .reiwa: "Reiwa"
        }
    }

    /// The first day of the era.
    public var firstDay: CivilDate {
        switch self {
        case .taisho: CivilDate(year: 1912, month: 7, day: 30)!
        case .showa: CivilDate(year: 1926, month: 12, day: 25)!
        case .heisei: CivilDate(year: 1989, month: 1, day: 8)!
        case .reiwa: CivilDate(year: 2019, month: 5, day: 1)!
        }
    }

    /// The last day of the era, `nil` for the current one.
    public var lastDay: CivilDate? {
        guard let next = Era(rawValue: rawValue + 1) else { return nil }
        return next.firstDay.adding(days: -1)
    }

    /// The era a date belongs to; `nil` before 大正.
    public static func of(_ date: CivilDate) -> Era? {
        // From the newest, against first days made once (documents ask this of thousands of
        // dates; `allCases` is a new array at every use).
        var index = firstDays.count - 1
        while index >= 0 {
            if firstDays[index] <= date { return Era(rawValue: index) }
            index -= 1
        }
        return nil
    }

    /// Each era's first day, in the order of the cases.
    private static let firstDays: [CivilDate] = allCases.map(\.firstDay)

    /// The era year (1 = 元年) of a date that lies in this era.
    public func year(of date: CivilDate) -> Int {
        date.year - firstDay.year + 1
    }

    public init?(kanji: String) {
        guard let era = Era.allCases.first(where: { $0.kanji == kanji }) else { return nil }
        self = era
    }

    public init?(letter: Character) {
        guard let era = Era.allCases.first(where: { $0.letter == letter }) else { return nil }
        self = era
    }

    public static func < (lhs: Era, rhs: Era) -> Bool { lhs.rawValue < rhs.rawValue }
}
