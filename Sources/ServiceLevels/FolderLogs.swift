import DocumentModel

/// Every log record of a contract folder, once each: the union of the reports' logs (a log
/// shared by several reports, or a record repeated in the next month's log, is one record).
public struct FolderLogs: Sendable {
    public let incidents: [Incident]
    public let maintenance: [MaintenanceWindow]
    public let inquiries: [Inquiry]
    /// Records of the same ID with different times: which one counts is unknown (a rule reports them).
    public let conflicts: [Conflict]

    public struct Conflict: Sendable {
        public let kind: LogKind
        public let id: String
        public let span: SourceSpan
        public let other: SourceSpan
    }

    public init(_ reports: [Report]) {
        var conflicts: [Conflict] = []
        incidents = Self.union(reports.incidentsOnce, kind: .incidents, conflicts: &conflicts, id: \.id, span: { $0.span(.id) }) {
            "\($0.occurredAt.secondsSinceEpoch)|\($0.recoveredAt?.secondsSinceEpoch ?? -1)|\($0.impact.rawValue)"
        }
        maintenance = Self.union(reports.maintenanceOnce, kind: .maintenance, conflicts: &conflicts, id: \.id, span: { $0.span(.id) }) {
            "\($0.start.secondsSinceEpoch)|\($0.end.secondsSinceEpoch)"
        }
        inquiries = Self.union(reports.inquiriesOnce, kind: .inquiries, conflicts: &conflicts, id: \.id, span: { $0.span(.id) }) {
            "\($0.askedAt.secondsSinceEpoch)|\($0.answeredAt?.secondsSinceEpoch ?? -1)"
        }
        self.conflicts = conflicts
    }

    private static func union<T: LogRecord>(_ items: [T], kind: LogKind, conflicts: inout [Conflict], id: (T) -> String, span: (T) -> SourceSpan,
                                 times: (T) -> String) -> [T] {
        var seen: [String: (times: String, span: SourceSpan)] = [:]
        var result: [T] = []
        // The same row object (a log shared by several reports) is the same record: no compare.
        var rows: Set<LogRow.Identity> = []
        for item in items {
            if let identity = item.row.identity, !rows.insert(identity).inserted { continue }
            let identifier = id(item), where_ = span(item)
            if let first = seen[identifier] {
                // The same record read twice (a shared log, or a record repeated) is fine.
                if first.times != times(item) && first.span != where_ {
                    conflicts.append(Conflict(kind: kind, id: identifier, span: where_, other: first.span))
                }
                continue
            }
            seen[identifier] = (times(item), where_)
            result.append(item)
        }
        return result
    }
}

/// A log record with its row.
protocol LogRecord { var row: LogRow { get } }
extension Incident: LogRecord {}
extension MaintenanceWindow: LogRecord {}
extension Inquiry: LogRecord {}
