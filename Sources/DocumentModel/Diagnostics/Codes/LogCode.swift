/// The logs: incidents, justified stops, inquiries.
public enum LogCode: String, Hashable, Sendable, CaseIterable {
    case duplicateID = "LOG-duplicate-id"
    case endBeforeStart = "LOG-end-before-start"
    case answerBeforeQuestion = "LOG-answer-before-question"
    case conflict = "LOG-conflict"
    case noContract = "sla-no-contract"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .duplicateID:
            .error(m("ログの中で同じ番号（id）が2回使われています。", "An ID is used twice in a log."),
                   example: "id,occurred_at,…\nINC-1,…\nINC-1,…",
                   fix: m("番号を一意にしてください。", "Make every ID unique."))
        case .endBeforeStart:
            .error(m("障害の復旧日時、または計画停止の終了日時が、開始より前です。", "An incident recovers, or a justified stop ends, before it starts."),
                   example: "INC-1,2025-08-19T07:45,2025-08-19T02:10,stop,…",
                   fix: m("日時の順序を確認してください。", "Check the order of the times."))
        case .answerBeforeQuestion:
            .error(m("問合せの回答日時が問合せ日時より前です。", "An inquiry is answered before it is asked."),
                   example: "Q-1,2025-04-01T11:40,…,2025-04-01T09:40,…",
                   fix: m("日時を確認してください。", "Check the times."))
        case .noContract:
            .warning(m("--contract がないため、契約で定めた閉庁日とサービスレベルの目標値を使わず（国の祝日と既定値のみ）、ログの区分（party）が other でない問合せをすべて対象にしています。",
                       "Without --contract, the contract's own closed days and targets are not used (national holidays and the defaults only), and every inquiry counts unless its party column says other."),
                     example: "teishutsu sla --month 2025-08 --inquiries logs/inquiries.csv",
                     fix: m("--contract contract.yaml を付けてください。", "Add --contract contract.yaml."))
        case .conflict:
            .error(m("同じ番号の記録が、ログの別の箇所（別のファイル・別の報告書）で異なる日時で記録されています。",
                     "The same ID is recorded elsewhere (another file or report) with different times."),
                   example: "# 2025-08.yaml と 2025-09.yaml の incidents に INC-4 が別の日時で書かれている",
                   fix: m("どちらが正しいか確認し、一方にそろえてください。", "Find which is right and make both agree."))
        }
    }
}
