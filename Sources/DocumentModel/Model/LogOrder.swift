import JapaneseCalendar

/// The two times of a log record that come in order (a failure recovers after it occurs, a
/// maintenance window ends after it starts, an answer comes after the question), and what is
/// said when they do not. The rules say it of a record; the loader says it of a row refused for
/// another of its cells, so that one bad cell does not hide it.
public struct LogOrder: Sendable {
    /// The record's ID, then the earlier and the later time, as the schema's field indices.
    public let id: Int, first: Int, second: Int
    let kind: LogKind

    /// The order of a log's records; nil for a schema that is not a log's.
    public init?(_ schema: ObjectSchema) {
        let keys: (String, String, LogKind)
        if schema === LogSchema.incident { keys = ("occurred_at", "recovered_at", .incidents) }
        else if schema === LogSchema.maintenance { keys = ("start", "end", .maintenance) }
        else if schema === LogSchema.inquiry { keys = ("asked_at", "answered_at", .inquiries) }
        else { return nil }
        guard let id = schema.fields.firstIndex(where: { $0.key == "id" }),
              let first = schema.fields.firstIndex(where: { $0.key == keys.0 }),
              let second = schema.fields.firstIndex(where: { $0.key == keys.1 }) else { return nil }
        (self.id, self.first, self.second, kind) = (id, first, second, keys.2)
    }

    /// What is said of a record whose later time comes before its earlier one.
    public static func diagnostic(_ kind: LogKind, id: String, first: Instant, second: Instant, at span: SourceSpan) -> Diagnostic {
        switch kind {
        case .incidents:
            .error(.log(.endBeforeStart),
                   Message(ja: "障害 \(id) の復旧日時 \(second.japanText) が発生日時 \(first.japanText) より前です",
                           en: "incident \(id) recovers (\(second.japanText)) before it occurs (\(first.japanText))"),
                   expected: Message(ja: "発生日時以降", en: "a time after the occurrence"), at: span)
        case .maintenance:
            .error(.log(.endBeforeStart),
                   Message(ja: "計画停止 \(id) の終了 \(second.japanText) が開始 \(first.japanText) より前です",
                           en: "maintenance \(id) ends (\(second.japanText)) before it starts (\(first.japanText))"),
                   expected: Message(ja: "開始以降", en: "a time after the start"), at: span)
        case .inquiries:
            .error(.log(.answerBeforeQuestion),
                   Message(ja: "問合せ \(id) の回答日時 \(second.japanText) が問合せ日時 \(first.japanText) より前です",
                           en: "inquiry \(id) is answered (\(second.japanText)) before it is asked (\(first.japanText))"),
                   expected: Message(ja: "問合せ日時以降", en: "a time after the question"), at: span)
        }
    }

    /// What is said of this log's record, when its times are out of order.
    public func diagnostic(id: String, first: Instant, second: Instant, at span: SourceSpan) -> Diagnostic? {
        second < first ? Self.diagnostic(kind, id: id, first: first, second: second, at: span) : nil
    }
}
