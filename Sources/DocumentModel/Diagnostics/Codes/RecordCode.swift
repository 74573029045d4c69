/// Submission records (`submitted/`), and the documents made by the hour: incident reports,
/// 甲's requests, the closing record.
public enum RecordCode: String, Hashable, Sendable, CaseIterable {
    case fileAltered = "SUBMIT-file-altered"
    case fileMissing = "SUBMIT-file-missing"
    case inputsChanged = "SUBMIT-inputs-changed"
    case recordDuplicate = "SUBMIT-record-duplicate"
    case recordFileName = "SUBMIT-record-file-name"
    case recordAfterToday = "SUBMIT-record-after-today"
    case incidentUnknown = "INCIDENT-unknown"
    case incidentFileName = "INCIDENT-file-name"
    case incidentReportMissing = "INCIDENT-report-missing"
    case incidentNoFirst = "INCIDENT-no-first-report"
    case incidentFirstLate = "INCIDENT-first-report-late"
    case incidentFinalLate = "INCIDENT-final-report-late"
    case incidentUpdateLate = "INCIDENT-update-late"
    case incidentFinalIncomplete = "INCIDENT-final-incomplete"
    case incidentExposure = "INCIDENT-security-exposure"
    case incidentOrder = "INCIDENT-order"
    case measureDuplicate = "MEASURE-duplicate-id"
    case measureIDForm = "MEASURE-id-form"
    case measureMissingStatus = "MEASURE-missing-status"
    case measureUnknown = "MEASURE-unknown"
    case measureDoneIncomplete = "MEASURE-done-incomplete"
    case measureReopened = "MEASURE-reopened"
    case requestFileName = "REQUEST-file-name"
    case requestDates = "REQUEST-dates"
    case closingSubcontractorMissing = "CLOSING-subcontractor-missing"
    case closingNoCertificate = "CLOSING-no-certificate"
    case closingAfterDeadline = "CLOSING-after-deadline"
    case closingNoRecipient = "CLOSING-no-recipient"
    case closingNoWitness = "CLOSING-no-witness"
    case closingNoPerformer = "CLOSING-no-performer"

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
        case .incidentUnknown:
            .error(m("障害報告書の番号が障害ログにありません。", "The incident report's ID is not in the incidents log."),
                   example: "# incidents/INC-2025-099.yaml\nid: INC-2025-099",
                   fix: m("障害ログ（incidents.csv）の番号にそろえてください。", "Use the ID of the incident in the incidents log."))
        case .incidentFileName:
            .error(m("障害報告書のファイル名と id が違うか、障害番号が文書のファイル名（incident-<ID>.html）にできません（長すぎる、制御文字や改行がある）。",
                     "The incident report's file is not named after its id (incidents/<ID>.yaml), or the id cannot name its documents (incident-<ID>.html): too long, or with a control character or a line break."),
                   example: "# incidents/INC-2025-004.yaml\nid: INC-2025-005",
                   fix: m("ファイル名を id にそろえてください。障害番号は234バイト（漢字なら78字）までで、制御文字も改行もないものにしてください。",
                          "Name the file after its id; keep the id within 234 bytes (78 kanji), without control characters or line breaks."))
        case .incidentReportMissing:
            .error(m("サービス停止・一部停止・誤処理の障害に障害報告書（incidents/<ID>.yaml）がありません。",
                     "An incident that stopped the service, part of it, or misprocessed has no incident report (incidents/<ID>.yaml)."),
                   example: "INC-2025-004,2025-08-19T02:10,2025-08-19T07:45,stop,…",
                   fix: m("teishutsu init DIR --incident INC-2025-004 で作成し、甲への報告を記録してください。",
                          "Create it with teishutsu init DIR --incident INC-2025-004 and record the reports made to 甲."))
        case .incidentNoFirst:
            .error(m("障害報告書に第一報（kind: first）がありません。", "The incident report has no first report (kind: first)."),
                   example: "reports:\n  - kind: final\n    …",
                   fix: m("甲への第一報を reports に記録してください。", "Record the first report to 甲 under reports."))
        case .incidentFirstLate:
            .warning(m("第一報が、計画書の連絡体制で約束した時間（first_report_within_minutes）より遅れています。遅れは事実として障害報告書に【期限超過】と示されます。",
                       "The first report came later than the plan's contact section promises (first_report_within_minutes): a finding, shown as 【期限超過】 in the incident report."),
                     example: "detected_at: 2025-08-19T02:20\nreports:\n  - kind: first\n    at: 2025-08-19T04:00",
                     fix: m("報告日時が正しいか確認してください。正しければ、遅れた経緯を報告の内容（content）に記載してください。",
                            "Check the time; if it is right, say why it was late in the report's content."))
        case .incidentFinalLate:
            .warning(m("最終報告が、計画書で約束した開庁日数（final_report_within_open_days）より遅れています。遅れは事実として障害報告書に【期限超過】と示されます。",
                       "The final report came later than the open days the plan promises (final_report_within_open_days): a finding, shown as 【期限超過】 in the incident report."),
                     example: "  - kind: final\n    at: 2025-09-30T10:00",
                     fix: m("報告日時が正しいか確認してください。正しければ、遅れた経緯を報告の内容（content）に記載してください。",
                            "Check the time; if it is right, say why it was late in the report's content."))
        case .incidentUpdateLate:
            .warning(m("第一報の後、復旧までの報告の間隔が、計画書で約束した間隔（update_every_minutes）を超えています。障害報告書の続報の期限欄に【期限超過】と示されます。",
                       "Between the first report and recovery, a report came later than the interval the plan promises (update_every_minutes): shown as 【期限超過】 in the incident report."),
                     example: "# plan.yaml: update_every_minutes: 120\n  - kind: first\n    at: 2025-08-19T03:05\n  - kind: update\n    at: 2025-08-19T05:40",
                     fix: m("報告日時が正しいか確認してください。記録していない続報があれば reports に加え、なければ遅れた経緯を次の報告の内容（content）に記載してください。",
                            "Check the times; add an update that was made but not recorded, or say in the next report's content why none was made."))
        case .incidentFinalIncomplete:
            .error(m("最終報告があるのに、原因・影響範囲・対応・恒久対策・再発防止策のいずれかが書かれていません。",
                     "There is a final report, but the cause, impact scope, response, permanent fix or prevention is missing."),
                   example: "  - kind: final\n    …\n# cause: がない",
                   fix: m("cause、impact_scope、response、permanent_fix、prevention を記載してください。",
                          "Write cause, impact_scope, response, permanent_fix and prevention."))
        case .incidentExposure:
            .error(m("情報セキュリティに関わる障害（security: true）に、漏えい・流出した情報（exposed_information）が書かれていません（なければ「なし」）。",
                     "A security incident (security: true) does not say what information was exposed (exposed_information; なし if none)."),
                   example: "security: true",
                   fix: m("exposed_information を記載してください。", "Write exposed_information."))
        case .incidentOrder:
            .error(m("障害報告書の日時の順序が合いません（発生より前の検知、検知より前の報告、前の報告より前の報告）。",
                     "The incident report's times are out of order (detected before it occurred, reported before it was detected, or before an earlier report)."),
                   example: "detected_at: 2025-08-19T01:00   # 発生は 02:10",
                   fix: m("日時を確認してください。", "Check the times."))
        case .measureDuplicate:
            .error(m("同じ番号の改善策が二つあります。", "Two improvement measures have the same ID."),
                   example: "- id: KZ-1\n  …\n- id: KZ-1",
                   fix: m("番号を一意にしてください。", "Give each measure its own ID."))
        case .measureIDForm:
            .error(m("改善策の番号に使えない文字があります。番号は後の報告書の measure_status で指し、XML の属性にもなるため、半角英数字で始め、半角英数字と - _ . で書きます。",
                     "An improvement measure's ID has characters it cannot have: later reports name it under measure_status and the XML carries it, so it begins with a letter or digit and holds only ASCII letters, digits, - _ and ."),
                   example: "- id: 改善策１",
                   fix: m("KZ-2025-08-1 のような番号にしてください。", "Use an ID such as KZ-2025-08-1."))
        case .measureMissingStatus:
            .error(m("未完了の改善策の実施状況が、この月の報告書にありません（改善策は完了するまで毎月報告します）。",
                     "An improvement measure not yet done has no status in this month's report (a measure is reported every month until it is done)."),
                   example: "# 2025-09.yaml に、前月に示した改善策の状況を書く:\nmeasure_status:\n  KZ-2025-08-1:\n    status: in_progress     # planned・in_progress・done\n    note: ９月の定期メンテナンスで実施予定",
                   fix: m("measure_status に、その改善策の番号ごとに状況（status。完了なら done_on と evidence も）を記載してください。前月の報告書を写した場合は、前月の improvements（改善策の提示）を消してください。",
                          "Give the measure's status under measure_status, by its ID (status; once done, done_on and evidence too). A report copied from the month before keeps its improvements: delete them (they were presented then)."))
        case .measureUnknown:
            .error(m("measure_status の番号が、これまでに示した改善策にありません。", "A measure_status entry names no measure presented before."),
                   example: "measure_status:\n  KZ-9: { status: done }",
                   fix: m("改善策の番号を確認してください。", "Check the measure's ID."))
        case .measureDoneIncomplete:
            .error(m("完了した改善策に、完了日（done_on）または実施の根拠（evidence）がありません。",
                     "A measure marked done has no date done (done_on) or evidence."),
                   example: "KZ-1: { status: done }",
                   fix: m("done_on と evidence を記載してください。", "Write done_on and evidence."))
        case .measureReopened:
            .warning(m("完了と報告した改善策を、後の月の報告書で完了でない状況にしています。報告を受けた甲には理由が分かりません。",
                       "A measure reported done is reported not done in a later month; 甲, who was told it was done, is not told why."),
                     example: "# 2025-12.yaml\nKZ-1: { status: done, … }\n# 2026-01.yaml\nKZ-1: { status: in_progress }",
                     fix: m("再開した理由を measure_status の note に書いてください（誤って完了としていた場合も、その旨を書きます）。",
                            "Say why it was taken up again in the entry's note (or that it was marked done by mistake)."))
        case .requestFileName:
            .error(m("要求のファイル名と id が違います（requests/<ID>.yaml）。", "The request's file is not named after its id (requests/<ID>.yaml)."),
                   example: "# requests/RQ-2025-01.yaml\nid: RQ-2025-02",
                   fix: m("ファイル名を id にそろえてください。", "Name the file after its id."))
        case .requestDates:
            .error(m("要求の日付の順序が合いません（受領より前の回答・完了・期限、回答より前の完了）。または対象の報告書の月（report_month）が契約期間の外です。", "The request's dates are out of order (an answer, closing or due date before it was received, or its closing before its answer), or the month of the report it concerns (report_month) is outside the contract."),
                   example: "received_on: 2025-11-20\nclosed_on: 2025-11-10",
                   fix: m("日付を確認してください。", "Check the dates."))
        case .closingSubcontractorMissing:
            .error(m("甲の情報を扱った再委託先の消去の記録が closing.yaml にありません。",
                     "A subcontractor that handled 甲's information has no erasure in closing.yaml."),
                   example: "erasures:\n  - company: 株式会社あおばクラウドシステムズ  # 北辰データセンターがない",
                   fix: m("再委託先ごとに消去の記録（消去証明書を含む）を記載してください。", "Record each subcontractor's erasure, with its certificate."))
        case .closingNoCertificate:
            .error(m("再委託先の消去に消去証明書（certificate）がありません。", "A subcontractor's erasure has no erasure certificate (certificate)."),
                   example: "  - company: 北辰データセンター株式会社\n    # certificate: がない",
                   fix: m("受領した消去証明書の番号を記載してください。", "Write the number of the certificate received."))
        case .closingAfterDeadline:
            .error(m("返却・消去の日付が、契約で定めた期限（contract.disposal_deadline、既定は契約終了日）より後です。",
                     "A return or erasure is dated after the contract's deadline for it (contract.disposal_deadline; default: the contract's end)."),
                   example: "erased_on: 2026-04-15   # 期限 2026-03-31",
                   fix: m("日付を確認し、遅れた場合は甲と協議した経緯を記載してください。", "Check the date; if it was late, record what was agreed with 甲."))
        case .closingNoWitness:
            .warning(m("消去の記録に立会者（witnessed_by）がありません。記録には、誰が消去し誰が立ち会ったかを記載します。",
                       "An erasure does not say who witnessed it (witnessed_by): the record says who erased and who witnessed."),
                     example: "  - company: 株式会社ミナトセキュリティサービス\n    performed_by: 清水 亮\n    # witnessed_by: がない",
                     fix: m("立ち会った者の氏名を witnessed_by に記載してください。", "Write who witnessed it under witnessed_by."))
        case .closingNoPerformer:
            .warning(m("返却・引渡しの記録に実施者（by）がありません。記録には、誰が返却・引き渡したかを記載します。",
                       "A return or hand-over does not say who carried it out (by): the record says by whom."),
                     example: "  - name: 操作ログ\n    disposition: returned\n    to: 〇〇県 デジタル行政推進課\n    # by: がない",
                     fix: m("返却・引渡しを行った者の氏名を by に記載してください。", "Write who carried it out under by."))
        case .closingNoRecipient:
            .error(m("返却・引渡しの相手（to）が書かれていません。", "A return or hand-over does not say to whom (to)."),
                   example: "disposition: returned",
                   fix: m("to に返却・引渡し先を記載してください。", "Write to whom under to."))
        case .recordDuplicate:
            .error(m("一つの文書に提出記録（submitted/*.record.yaml）が二つあります。どちらが本当の提出か分からず、提出したファイルの照合もできません。",
                     "One document has two submission records (submitted/*.record.yaml): which one is the submission cannot be told, nor can the files sent be checked."),
                   example: "cp submitted/report-2025-08.record.yaml submitted/copy.record.yaml",
                   fix: m("余分な記録を削除し、版管理（git）から提出時のものに戻してください。",
                          "Delete the extra record and restore the record as written from version control."))
        case .recordFileName:
            .error(m("提出記録のファイル名が、記録した文書（document と subject）と合いません（submitted/<文書>.record.yaml）。",
                     "A submission record's file name does not match the document it records (document and subject): submitted/<document>.record.yaml."),
                   example: "# submitted/report-2025-08.record.yaml\ndocument: report\nsubject: \"2025-09\"",
                   fix: m("submitted/ の記録は編集せず、版管理（git）から提出時のものに戻してください。",
                          "Never edit submitted/; restore the record as written from version control."))
        case .recordAfterToday:
            .warning(m("提出記録の提出日が、確認した日（--today）より後です。その日にはまだ提出されていなかったものとして扱い、提出したファイルの照合もしていません。",
                       "A submission record is dated after the day of the check (--today): on that day it had not been submitted yet, so it is not counted and its files are not checked."),
                     example: "teishutsu submit . --report 2025-08 --date 2099-12-31",
                     fix: m("提出日（submitted_on）が正しいか確かめてください。過去の日付で確認しているのであれば、このままで構いません。",
                            "Check the day submitted_on; when checking as of an earlier day on purpose, nothing needs to change."))
        case .inputsChanged:
            .error(m("提出した文書の元になった記載（報告書・ログ・契約情報・計画書）が、提出の後で変わっています。提出したものと、今の記載から作られるものが違います。",
                     "The inputs a submitted document was made from (the report, the logs, the contract, the plan) changed after it was submitted: what was sent and what the inputs make now differ."),
                   example: "# 2025-08 を提出した後で logs/incidents.csv の INC-2025-004 の復旧日時を直した",
                   fix: m("変更を元に戻すか、訂正した文書を提出し直して記録してください（teishutsu submit --report 2025-08 --resubmit）。"
                            + "訂正版は送る前に teishutsu submit --report 2025-08 --resubmit --preview 確認用フォルダ で確かめられます。文書には「訂正版」と先の提出日が記載されます。",
                          "Undo the change, or submit the corrected document again and record it (teishutsu submit --report 2025-08 --resubmit). "
                            + "Read the corrected document before sending it with teishutsu submit --report 2025-08 --resubmit --preview DIR; it says 訂正版 and the day of the one it corrects."))
        }
    }
}
