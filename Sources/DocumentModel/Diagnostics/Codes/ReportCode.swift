/// The monthly performance report (reports/YYYY-MM.yaml, a report draft).
public enum ReportCode: Hashable, Sendable, CaseIterable {
    case sectionMissing(ReportSection), sectionEmpty(ReportSection)
    case fileName, monthMismatch, outsideContract
    case logMissing, logTwice
    case securityStatusMissingMeasure, securityStatusUnknown, activityUnknown, activityNotRecorded
    case incidentNoResponse, incidentNoCountermeasure, inquiryNoAnswer
    case slaNoImprovement, slaMismatch, slaUnavailable

    public static let allCases: [ReportCode] = ReportSection.allCases.flatMap { [ReportCode.sectionMissing($0), .sectionEmpty($0)] } + [
        .fileName, .monthMismatch, .outsideContract, .logMissing, .logTwice,
        .securityStatusMissingMeasure, .securityStatusUnknown, .activityUnknown, .activityNotRecorded,
        .incidentNoResponse, .incidentNoCountermeasure, .inquiryNoAnswer, .slaNoImprovement, .slaMismatch, .slaUnavailable,
    ]

    public var id: String {
        switch self {
        case .sectionMissing(let s): s.id + "-missing"
        case .sectionEmpty(let s): s.id + "-empty"
        case .fileName: "REP-file-name"
        case .monthMismatch: "REP-month-mismatch"
        case .outsideContract: "REP-outside-contract"
        case .logMissing: "REP-log-missing"
        case .logTwice: "REP-log-twice"
        case .securityStatusMissingMeasure: "REP-SECSTATUS-missing-measure"
        case .securityStatusUnknown: "REP-SECSTATUS-unknown"
        case .activityUnknown: "REP-ACTIVITY-unknown"
        case .activityNotRecorded: "REP-ACTIVITY-not-recorded"
        case .incidentNoResponse: "REP-INCIDENT-no-response"
        case .incidentNoCountermeasure: "REP-INCIDENT-no-countermeasure"
        case .inquiryNoAnswer: "REP-INQUIRY-no-answer"
        case .slaNoImprovement: "REP-SLA-no-improvement"
        case .slaMismatch: "REP-SLA-mismatch"
        case .slaUnavailable: "REP-SLA-unavailable"
        }
    }

    public var info: CodeInfo {
        switch self {
        case .sectionMissing(let s):
            switch s {
            case .incident, .inquiry:
                .error(m("報告書に「\(s.title)」の記録（ログ）がありません。該当がない月も、ないことを記録します。",
                         "The report has no log for \(s.id) (\(s.englishTitle)); a month with none records that there were none."),
                       example: "# reports/2025-04.yaml に logs.\(s == .incident ? "incidents" : "inquiries") も \(s == .incident ? "incidents" : "inquiries"): もない",
                       fix: m("logs: にログファイルを指定するか、該当がなければ \(s == .incident ? "incidents" : "inquiries"): [] と書いてください。",
                              "Name the log file under logs:, or write \(s == .incident ? "incidents" : "inquiries"): [] for none."))
            case .serviceLevels:
                .error(m("下書きに「サービスレベルの達成状況」の節がありません。", "The draft lacks the section on service levels."),
                       example: "<h2>サービスレベル</h2> がない HTML の下書き",
                       fix: m("サービスレベルの達成状況の見出しと内容を加えてください（teishutsu build が出力する報告書を参照）。",
                              "Add the service-level section (see a report teishutsu build writes)."))
            default:
                .error(m("報告書に「\(s.title)」の節がありません。別添１が月次報告に求める事項です。",
                         "The report lacks the section \(s.id) (\(s.englishTitle)), which the attachment requires monthly."),
                       example: "# reports/2025-04.yaml に \(s.key ?? "…"): がない",
                       fix: m("\(s.key ?? "その節"): を加えて内容を記載してください。", "Add \(s.key ?? "the section"): with its content."))
            }
        case .sectionEmpty(let s):
            .error(m("報告書の「\(s.title)」が空です。", "The report's section \(s.id) (\(s.englishTitle)) is empty."),
                   example: "\(s.key ?? "result"): []",
                   fix: m("当月の内容を記載してください。", "Write the month's content."))
        case .fileName:
            .error(m("報告書のファイル名は YYYY-MM.yaml（例: 2025-04.yaml）です。", "Report files are named YYYY-MM.yaml (2025-04.yaml)."),
                   example: "reports/4月分.yaml",
                   fix: m("ファイル名を対象月の YYYY-MM.yaml にしてください。", "Rename the file after its month, YYYY-MM.yaml."))
        case .monthMismatch:
            .error(m("報告書の対象月（month）がファイル名の月と違います。", "The report's month differs from its file name's."),
                   example: "# reports/2025-05.yaml\nmonth: 2025-04",
                   fix: m("month: とファイル名をそろえてください。", "Make month: and the file name agree."))
        case .outsideContract:
            .error(m("報告書の対象月が契約期間の外です。契約のない月の報告書は作りません。", "The report's month is outside the contract period; no report is made for a month without the contract."),
                   example: "month: 2026-05  # 契約終了 2026-03-31",
                   fix: m("対象月を確認してください（年の打ち間違いなど）。契約期間外のファイルは reports/ から外してください。", "Check the month (a mistyped year?). Move a file for a month outside the contract out of reports/."))
        case .logMissing:
            .error(m("報告書の logs: が指すログファイルがありません。", "A log file that the report's logs: names does not exist."),
                   example: "logs:\n  incidents: ../logs/incident.csv",
                   fix: m("報告書ファイルからの相対パスを確認してください。", "Check the path, relative to the report file."))
        case .logTwice:
            .error(m("同じログがファイル（logs.…）と直接記載の両方で与えられています。", "A log is given both as a file (logs.…) and inline."),
                   example: "logs:\n  incidents: ../logs/incidents.csv\nincidents: []",
                   fix: m("どちらか一方にしてください。", "Keep one of the two."))
        case .securityStatusMissingMeasure:
            .error(m("計画書のセキュリティ対策実施計画（PLAN-SECPLAN）の対策の実施状況がありません。報告書は計画のすべての対策の状況を示します。",
                     "A measure of the plan's PLAN-SECPLAN has no status; the report gives the status of every planned measure."),
                   example: "security_status:\n  SP-01: { status: done, detail: … }\n  # SP-02 がない",
                   fix: m("security_status: にその対策の status と detail を加えてください。", "Add the measure's status and detail under security_status:."))
        case .securityStatusUnknown:
            .error(m("実施状況に、計画書（提出日に有効な版）の PLAN-SECPLAN にない対策番号があります。",
                     "A status is given for a measure that the plan in force has no such ID in PLAN-SECPLAN."),
                   example: "security_status:\n  SP-99: { status: done, detail: … }",
                   fix: m("計画書の対策番号にしてください。", "Use a measure ID of the plan."))
        case .activityUnknown:
            .error(m("研修・監査の実施記録の番号が、計画書の研修（PLAN-TRAIN）・監査（PLAN-AUDIT）にありません。",
                     "An activity's ID is neither a training course nor an audit of the plan."),
                   example: "activities:\n  - { id: TR-9, date: 2025-04-15, summary: … }",
                   fix: m("計画書の TR-… または AU-… の番号にしてください。", "Use a TR-… or AU-… ID of the plan."))
        case .activityNotRecorded:
            .warning(m("計画書が当月の日付で予定した研修・監査（PLAN-TRAIN、PLAN-AUDIT の dates）の実施記録が、当月の報告書にありません。",
                       "A training course or audit the plan dates in the month (dates of PLAN-TRAIN or PLAN-AUDIT) has no record in the month's report."),
                     example: "# 計画書: TR-01 の dates: [令和７年４月17日]\n# reports/2025-04.yaml に activities: の TR-01 がない",
                     fix: m("実施したときは activities: に番号・日付・概要を書いてください。実施しなかったとき、日を移したときは、計画書の dates を改訂し、報告書の other: にその旨を書いてください。",
                            "When held, record it under activities: (ID, date, summary). When not held or moved, revise the plan's dates and say so under other:."))
        case .incidentNoResponse:
            .error(m("復旧した障害に対応（response）の記載がありません。", "A recovered incident has no response."),
                   example: "INC-1,2025-08-19T02:10,2025-08-19T07:45,stop,停止,,",
                   fix: m("response 列に対応の内容を書いてください。", "Write what was done in the response column."))
        case .incidentNoCountermeasure:
            .error(m("復旧した障害に恒久対策（countermeasure）の記載がありません。別添１は恒久対策を含めた報告を求めています。",
                     "A recovered incident has no permanent countermeasure, which the attachment requires."),
                   example: "INC-1,2025-08-19T02:10,2025-08-19T07:45,stop,停止,切替えで再開,",
                   fix: m("countermeasure 列に恒久対策を書いてください。", "Write the permanent countermeasure in the countermeasure column."))
        case .inquiryNoAnswer:
            .error(m("回答済みの問合せに、回答者（answered_by）または回答内容（answer）がありません。",
                     "An answered inquiry does not say who answered (answered_by) or what (answer)."),
                   example: "Q-1,2025-04-01T09:40,瀬戸内県 西村,件名,2025-04-01T11:40,,",
                   fix: m("answered_by と answer を書いてください。", "Fill in answered_by and answer."))
        case .slaNoImprovement:
            .error(m("未達のサービスレベルに改善策がありません。別添１は目標値を達成していない場合に改善策の提示と実行を求めています。",
                     "A missed service level has no improvement measure; the attachment requires measures to be presented and carried out."),
                   example: "# 稼働率 99.13％（目標 99.8％以上）なのに improvements: がない",
                   fix: m("improvements: の下に、未達の項目ごとに改善策（measure、担当、期限）を書いてください。新たな障害のない同じ未達（年度の重大障害件数、前月から続く障害の復旧時間や、その障害で失った稼働時間、前月から回答を待つ問合せの回答時間）には、以前の報告書で示した改善策が引き続き当たります（measure_status で状況を記載）。",
                          "Under improvements:, write measures (measure, owner, due) for each missed level. The same miss with nothing new (the year's count of major failures, the recovery time of a failure carried over or the availability it cost, the response time of an inquiry carried over unanswered) is answered by the measures an earlier report presented (their status carried in measure_status)."))
        case .slaUnavailable:
            .warning(m("ログの一部が読めない（ファイルがない、誤りのある行がある）か、記録の日時の前後が逆であるため、サービスレベルを計算していません。欠けたログや誤ったログから計算した数値は報告書に書けません。",
                       "The service levels are not computed, because a log could not be read whole (missing, or with bad rows) or has a record whose times are out of order (recovered before it occurred); figures from a partial or wrong log cannot go into a report."),
                     example: "INC-9,2025-08-19T02:10,2025-08-19 7時45分,stop,…  # 読めない日時",
                     fix: m("ログの誤りを直してください。直せば数値を計算します。", "Correct the log; the figures are computed once it reads whole."))
        case .slaMismatch:
            .error(m("XML の下書きに書かれたサービスレベルの数値が、同じ下書きのログから計算した値と合いません。",
                     "A figure stated in an XML draft does not match the one computed from the draft's own logs."),
                   example: "<down_minutes>300</down_minutes>  # ログからは 335 分",
                   fix: m("teishutsu build で数値を計算し直してください。数値を手で書き換えないでください。",
                          "Let teishutsu build compute the figures; do not edit them by hand."))
        }
    }
}
