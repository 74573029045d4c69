/// The value a key holds.
public indirect enum FieldType: Sendable {
    /// A non-empty string.
    case text
    /// A date: ISO (2023-01-16) or 和暦 (令和5年1月16日, 令和５年１月16日（月）, R5.1.16).
    case date
    case integer(ClosedRange<Int>)
    /// An exact decimal (99.8): never a binary floating-point number.
    case decimal
    case bool
    case choice([Choice])
    /// A day of every year: `06-23` or `6月23日`.
    case monthDay
    /// A time of day, `08:30`; `24:00` means the end of the day.
    case timeOfDay
    /// An ISO 8601 time, `2024-03-01T10:15` (seconds and offset optional; Japan time without one).
    case instant
    /// A month, `2024-03`.
    case yearMonth
    /// A list; `item` names one element in XML.
    case list(FieldType, item: String, minItems: Int = 0)
    /// One string or a list of strings.
    case textList(item: String, minItems: Int = 1)
    case object(ObjectSchema)
    /// A mapping whose keys are identifiers (REQ-TECH-1: …), each holding an object.
    case map(MapKey, ObjectSchema)

    /// Lists and identifier-keyed mappings.
    public var isCollection: Bool {
        switch self {
        case .list, .textList, .map: true
        default: false
        }
    }

    /// `a list of …` / `…のリスト`: how the type is named in messages.
    public var describe: Message {
        switch self {
        case .text: Message(ja: "文字列", en: "text")
        case .date: Message(ja: "日付（2023-01-16 または 令和5年1月16日）", en: "a date (2023-01-16 or 令和5年1月16日)")
        case .integer(let range): Message(ja: "\(range.lowerBound)〜\(range.upperBound)の整数", en: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        case .decimal: Message(ja: "数値（例: 99.8）", en: "a number such as 99.8")
        case .bool: Message(ja: "true または false", en: "true or false")
        case .choice(let choices):
            Message(ja: choices.map(\.value).joined(separator: "、") + " のいずれか",
                    en: "one of " + choices.map(\.value).joined(separator: ", "))
        case .monthDay: Message(ja: "月日（例: 06-23 または 6月23日）", en: "a month and day such as 06-23 or 6月23日")
        case .timeOfDay: Message(ja: "時刻（例: 08:30）", en: "a time of day such as 08:30")
        case .instant: Message(ja: "日時（例: 2024-03-01T10:15）", en: "a time such as 2024-03-01T10:15")
        case .yearMonth: Message(ja: "年月（例: 2024-03）", en: "a month such as 2024-03")
        case .list(.object(let schema), _, _): Message(ja: schema.japanese + "（キーと値の組）のリスト", en: "a list of mappings (\(schema.english))")
        case .list(let element, _, _): Message(ja: element.describe.japanese + "のリスト", en: "a list of " + element.describe.english)
        case .textList: Message(ja: "文字列または文字列のリスト", en: "text or a list of texts")
        case .object(let schema): Message(ja: schema.japanese + "（キーと値の組）", en: "a mapping (\(schema.english))")
        case .map(let key, _): Message(ja: key.japanese + "をキーとするマッピング", en: "a mapping keyed by \(key.english)")
        }
    }
}
