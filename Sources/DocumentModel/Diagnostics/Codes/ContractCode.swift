/// contract.yaml and the requirement catalog.
public enum ContractCode: String, Hashable, Sendable, CaseIterable {
    case period = "CONTRACT-period"
    case year = "CONTRACT-year"
    case reportDue = "CONTRACT-report-due"
    case target = "CONTRACT-target"
    case operatingHours = "CONTRACT-operating-hours"
    case closedDay = "CONTRACT-closed-day"
    case catalogMissing = "catalog-missing"
    case catalogDuplicateID = "CATALOG-duplicate-id"
    case catalogBadID = "CATALOG-bad-id"
    case letterNumber = "CONTRACT-letter-number"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .period:
            .error(m("契約期間の終了日が開始日より前です。", "The contract ends before it starts."),
                   example: "contract:\n  start: 2026-04-01\n  end: 2023-03-31",
                   fix: m("契約書のとおりの開始日・終了日を書いてください。", "Write the start and end as the contract states them."))
        case .year:
            .error(m("日付が対応範囲（1955〜2099年）の外です。", "A date outside the supported years 1955–2099."),
                   example: "contract:\n  end: 2150-03-31",
                   fix: m("日付の年を確認してください。", "Check the date's year."))
        case .reportDue:
            .error(m("報告書の提出期限（reports.due）は day（翌月の日）か open_day（翌月の第n開庁日）のどちらか一方で指定します。",
                     "The reports' due rule (reports.due) needs exactly one of day (a day of the next month) and open_day (the n-th open day)."),
                   example: "reports:\n  due:\n    day: 10\n    open_day: 5",
                   fix: m("契約書の定めに合う方だけを残してください。", "Keep only the one the contract states."))
        case .target:
            .error(m("目標稼働率は 0 より大きく 100 以下の数値です。", "The availability target must be above 0 and at most 100."),
                   example: "service_levels:\n  availability:\n    target_percent: 998",
                   fix: m("百分率で書いてください（例: 99.8）。", "Write it as a percentage (99.8)."))
        case .operatingHours:
            .error(m("運用時間帯に時間がありません（開始と終了が同じ時刻）。", "The operating hours hold no time (they end when they start)."),
                   example: "operating_hours: { from: \"08:30\", to: \"08:30\" }",
                   fix: m("終日なら 00:00〜24:00、日をまたぐなら 22:00〜06:00 のように書いてください。",
                          "Write 00:00 to 24:00 for all day, or 22:00 to 06:00 for a window overnight."))
        case .closedDay:
            .error(m("追加の閉庁日は month_day（毎年の月日）か date（特定の日）のどちらか一方で指定します。",
                     "An extra closed day needs exactly one of month_day (every year) and date (once)."),
                   example: "closed_days:\n  - name: 県民の日",
                   fix: m("month_day: 05-15 または date: 2025-05-15 のどちらかを加えてください。", "Add month_day: 05-15 or date: 2025-05-15."))
        case .catalogMissing:
            .error(m("contract.yaml の document.requirements_catalog が指す要件一覧ファイルがありません。",
                     "The requirement catalog that contract.yaml's document.requirements_catalog names does not exist."),
                   example: "document:\n  requirements_catalog: catalog.yml",
                   fix: m("契約フォルダからの相対パスを確認してください。", "Check the path, relative to the contract folder."))
        case .catalogDuplicateID:
            .error(m("要件一覧で同じ要件番号が2回使われています。", "A requirement ID appears twice in the catalog."),
                   example: "requirements:\n  - id: REQ-LAW\n  - id: REQ-LAW",
                   fix: m("番号を一意にしてください。", "Make every ID unique."))
        case .letterNumber:
            .warning(m("送付状の文書番号（cover_letter.number）が番号まで書かれているため、すべての送付状に同じ番号が印字されます。",
                       "The cover letter's number (cover_letter.number) is written in full, so every cover letter prints the same number."),
                     example: "cover_letter:\n  number: あおば発第123号",
                     fix: m("番号の部分を空けて「あおば発第　　号」と書き、発信のときに記入してください。",
                            "Leave the number blank (あおば発第　　号) and write it in when each letter is sent."))
        case .catalogBadID:
            .error(m("要件番号は REQ- で始まる英大文字・数字・ハイフンの形です。", "A requirement ID is REQ- followed by capitals, digits and hyphens."),
                   example: "requirements:\n  - id: law-1",
                   fix: m("REQ-LAW のような形にしてください。", "Write it like REQ-LAW."))
        }
    }
}
