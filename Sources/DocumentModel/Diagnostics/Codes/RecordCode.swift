/// Submission records (`submitted/`), and the documents made by the hour: incident reports,
/// 甲's requests, the closing record.
public enum RecordCode: String, Hashable, Sendable, CaseIterable {
    case fileAltered = "SUBMIT-file-altered"
    case fileMissing = "SUBMIT-file-missing"
    case inputsChanged = "SUBMIT-inputs-changed"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .fileAltered:
            .error(m("提出記録のファイル（submitted/）が、提出時の SHA-256 と一致しません。提出したものが後から書き換えられています。",
                     "A file in submitted/ no longer matches the SHA-256 recorded when it was sent: what was submitted has been altered."),
                   example: "submitted/report-2025-08.xml を手で編集した",
                   fix: m("submitted/ のファイルは編集せず、版管理（git）から提出時のものに戻してください。",
                          "Never edit submitted/; restore the file as submitted from version control."))
        case .fileMissing:
            .error(m("提出記録にあるファイルが submitted/ にありません。", "A file the submission record lists is not in submitted/."),
                   example: "submitted/report-2025-08.xml を削除した",
                   fix: m("版管理（git）から戻してください。", "Restore it from version control."))
        case .inputsChanged:
            .error(m("提出した文書の元になった記載（報告書・ログ・契約情報・計画書）が、提出の後で変わっています。提出したものと、今の記載から作られるものが違います。",
                     "The inputs a submitted document was made from (the report, the logs, the contract, the plan) changed after it was submitted: what was sent and what the inputs make now differ."),
                   example: "# 2025-08 を提出した後で logs/incidents.csv の INC-2025-004 の復旧日時を直した",
                   fix: m("変更を元に戻すか、訂正した文書を提出し直して記録してください（teishutsu submit --report 2025-08 --resubmit）。",
                          "Undo the change, or submit the corrected document again and record it (teishutsu submit --report 2025-08 --resubmit)."))
        }
    }
}
