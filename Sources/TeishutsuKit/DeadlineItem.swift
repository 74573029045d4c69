import DocumentModel
import JapaneseCalendar

/// Something the contract requires by a date: the plan, a month's report, a certificate's
/// renewal, a training course or an audit the plan scheduled.
public struct DeadlineItem: Sendable {
    public typealias Kind = ObligationKind
    public enum State: String, Sendable, Comparable {
        case overdue, dueSoon = "due_soon", upcoming, done
        /// Owed, but its date is not known yet (a deadline left as a placeholder in contract.yaml).
        case unknown

        private var rank: Int {
            switch self {
            case .overdue: 0
            case .unknown: 1
            case .dueSoon: 2
            case .upcoming: 3
            case .done: 4
            }
        }
        public static func < (lhs: State, rhs: State) -> Bool { lhs.rank < rhs.rank }
    }

    /// Where a document stands: only a recorded submission is submitted.
    public enum Progress: String, Sendable {
        case submitted, written, notWritten = "not_written"
        /// Its file is there with placeholders (TODO) still to fill in: being written.
        case draft
        /// A training course or audit whose result a report records.
        case recorded
        /// Not a document (a certificate's renewal).
        case none
    }

    public let kind: Kind
    public let state: State
    public let progress: Progress
    public let date: CivilDate
    public let title: Message
    public let detail: Message
    public let span: SourceSpan?

    /// A document to submit (the plan, a report …), as opposed to a date to keep.
    public var isDocument: Bool {
        switch progress {
        case .submitted, .written, .notWritten, .draft: true
        case .recorded, .none: false
        }
    }
}
