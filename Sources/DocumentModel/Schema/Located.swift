import JapaneseCalendar

/// A value with the place it was written.
public struct Located<T: Sendable>: Sendable {
    public let value: T
    public let span: SourceSpan

    public init(_ value: T, at span: SourceSpan) {
        self.value = value
        self.span = span
    }
}

extension Located: Equatable where T: Equatable {}
extension Located: Hashable where T: Hashable {}
