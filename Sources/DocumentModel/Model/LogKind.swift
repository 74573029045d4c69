import JapaneseCalendar

/// The three logs a report reads.
public enum LogKind: String, Sendable, CaseIterable, Hashable {
    case incidents, maintenance, inquiries

    /// The key in `logs:` and for the inline list.
    public var key: String { rawValue }

    public var schema: ObjectSchema {
        switch self {
        case .incidents: LogSchema.incident
        case .maintenance: LogSchema.maintenance
        case .inquiries: LogSchema.inquiry
        }
    }

    /// The log a CSV header row most likely belongs to: the one with the most of its columns.
    public static func guess(header: String) -> LogKind {
        let columns = Set(header.split(separator: ",").map { String($0).trimmingSpaces() })
        return allCases.max { a, b in
            a.schema.keys.filter(columns.contains).count < b.schema.keys.filter(columns.contains).count
        } ?? .incidents
    }
}
