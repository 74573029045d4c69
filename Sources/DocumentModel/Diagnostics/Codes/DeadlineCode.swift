/// Deadlines judged on a day (`validate --today`).
public enum DeadlineCode: Hashable, Sendable, CaseIterable {
    case overdue(ObligationKind)

    public static let allCases: [DeadlineCode] = ObligationKind.allCases.map(DeadlineCode.overdue)

    public var id: String {
        switch self {
        case .overdue(let kind): "DEADLINE-\(kind.rawValue)-overdue"
        }
    }

    public var info: CodeInfo {
        switch self {
        case .overdue(let kind):
            .warning(m("期限を過ぎた義務があります: \(kind.title.japanese)。teishutsu status が一覧を示します。",
                       "An obligation is overdue: \(kind.title.english); teishutsu status lists them."),
                     example: "teishutsu validate demo --today 2026-04-30",
                     fix: m(kind.fix.japanese, kind.fix.english))
        }
    }
}
