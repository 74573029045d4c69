import JapaneseCalendar

/// A document sent again, corrected (`teishutsu submit --resubmit`): 訂正版 after its title, and a
/// sentence that says which submission it corrects.
enum Correction {
    static let mark = "（訂正版）"
    /// What a view that can be a correction holds.
    static let values = ["correction", "correction_mark"]
    static let flag = "is_correction"

    /// - Parameters:
    ///   - corrects: the days of the earlier submissions, oldest first (none: not a correction).
    ///   - document: how the text names the document (本報告書).
    static func fill(_ view: inout ViewObject, corrects: [CivilDate], document: String, format: DocumentFormat) {
        view.flag(flag, !corrects.isEmpty)
        guard let last = corrects.last else { return }
        view["correction_mark"] = mark
        let day = format.date(last)
        view["correction"] = format.say("\(day)付けで提出した\(document)の記載を訂正し、改めて提出する。",
                                        "\(day)付けで提出した\(document)の記載を訂正し、改めて提出します。")
    }
}
