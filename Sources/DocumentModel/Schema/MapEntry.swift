import JapaneseCalendar

public struct MapEntry: Sendable {
    public let key: String
    public let keySpan: SourceSpan
    public let value: Value

    public init(key: String, keySpan: SourceSpan, value: Value) {
        self.key = key
        self.keySpan = keySpan
        self.value = value
    }
}
