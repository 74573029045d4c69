/// 曜日. Raw values follow the usual Sunday-first numbering.
public enum Weekday: Int, Sendable, CaseIterable {
    case sunday = 0, monday, tuesday, wednesday, thursday, friday, saturday

    /// The one-kanji form used in documents: 日 月 火 水 木 金 土.
    public var kanji: String {
        ["日", "月", "火", "水", "木", "金", "土"][rawValue]
    }

    /// 日曜日, 月曜日, …
    public var japaneseName: String { kanji + "曜日" }

    public var englishName: String {
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][rawValue]
    }

    public init?(kanji: Character) {
        guard let index = ["日", "月", "火", "水", "木", "金", "土"].firstIndex(of: String(kanji)) else { return nil }
        self.init(rawValue: index)
    }
}
