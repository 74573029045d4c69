import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import ServiceLevels
#if canImport(Glibc)
import Glibc
#endif

extension Scaffold {
    /// The month of the report `init DIR --report` adds.
    public enum ReportMonth: Sendable, Equatable {
        /// The month after the latest report of the folder (this month when it has none).
        case next
        case month(YearMonth)
    }

    /// What `init DIR --report` wrote, and what it took from the report before.
    public struct AddedReport: Sendable {
        public let written: [String]
        public let month: YearMonth
        /// The report the new one was started from (`reports/2026-04.yaml`), if any.
        public let previous: String?
        /// What the user should know of how it was made (a plan that could not be read).
        public let notes: [Message]
    }

    /// Adds a month's report to a contract folder, started from the report of the month before
    /// it (the latest earlier one): the logs it names, the titles of its results and usage
    /// figures, its risks not yet closed, one entry for each security measure of the plan in
    /// force, and the improvement measures still open, each to be given its status. What the
    /// month must say reads `TODO(…)` (the month before's words beside it, as a comment), so that
    /// `validate` points at each until it is written; nothing of the month before is taken as
    /// this month's. Overwrites nothing.
    @discardableResult
    public static func addReport(_ requested: ReportMonth, to folder: String, today: CivilDate) throws(Failure) -> AddedReport {
        guard FileManager.default.fileExists(atPath: Paths.join(folder, ContractFolder.contractFile)) else {
            throw Failure(ja: "\(folder) は契約フォルダではありません（contract.yaml がありません）。teishutsu init \(folder) で作成してください",
                          en: "\(folder) is not a contract folder (no contract.yaml); start one with teishutsu init \(folder)")
        }
        let contract = ContractFolder.load(folder, workers: 1)
        func monthOf(_ report: Report) -> YearMonth? { report.fileMonth ?? report.month?.value }
        // The reports there are, by their file names: one that cannot be read is still there.
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: Paths.join(folder, ContractFolder.reportsFolder))) ?? []).sorted()
        var files: [YearMonth: String] = [:]
        for name in names {
            for ext in [".yaml", ".yml"] where name.hasSuffix(ext) {
                if let m = YearMonth(String(name.dropLast(ext.count))), files[m] == nil { files[m] = "\(ContractFolder.reportsFolder)/\(name)" }
            }
        }
        for report in contract.reports { if let m = monthOf(report), files[m] == nil { files[m] = relative(report.source, in: folder) } }
        let month: YearMonth
        switch requested {
        case .month(let m): month = m
        case .next: month = files.keys.max()?.next ?? YearMonth(year: today.year, month: today.month)
        }
        // A month outside the contract has no report to make (the contract's dates as it says them).
        let (start, end) = (contract.contract?.start?.value, contract.contract?.end?.value)
        if let start, month.lastDay < start || (end.map { month.firstDay > $0 } ?? false) {
            if requested == .next && files.isEmpty {
                throw Failure(ja: "報告書がまだなく、今月（\(month)）は契約期間（\(start.iso)〜\(end?.iso ?? "")）の外です。作る月を --report YYYY-MM で指定してください",
                              en: "there is no report yet, and this month (\(month)) is outside the contract period (\(start.iso)–\(end?.iso ?? "")); name the month: --report YYYY-MM")
            }
        }
        if let start, month.lastDay < start {
            throw Failure(ja: "\(month) は契約期間の前です（契約の開始日 \(start.iso)）。報告書は契約期間の月ごとに作ります",
                          en: "\(month) is before the contract period (it starts \(start.iso)); reports are made for the months of the contract")
        }
        // Reports begin with reports.first_month (a contract whose service starts after it is signed).
        if let first = contract.contract?.firstReportMonth, month < first {
            throw Failure(ja: "\(month) は最初の報告月（reports.first_month: \(first)）より前です。報告書は \(first) から作ります",
                          en: "\(month) is before the first month of reports (reports.first_month: \(first)); reports are made from \(first)")
        }
        if let end, month.firstDay > end {
            throw Failure(ja: "\(month) は契約期間の後です（契約の終了日 \(end.iso)）。" + (requested == .next ? "最後の月の報告書まで作成済みです" : "報告書は契約期間の月ごとに作ります"),
                          en: "\(month) is after the contract period (it ends \(end.iso))" + (requested == .next ? "; the last month's report is already there" : "; reports are made for the months of the contract"))
        }
        for ext in ["yaml", "yml"] {
            let path = Paths.join(folder, "\(ContractFolder.reportsFolder)/\(month).\(ext)")
            var status = stat()
            // Anything of the name, a link to nowhere included, is not written over.
            if lstat(path, &status) == 0 {
                throw Failure(ja: "\(path) は既にあります。init は新しいファイルを加えるだけで、既にあるファイルを上書きしません",
                              en: "\(path) already exists; init adds new files only and overwrites nothing")
            }
        }
        // The month before (the latest earlier report): one that cannot be read is not passed
        // over for an older one, whose open measures and risks would be out of date.
        let previousMonth = files.keys.filter { $0 < month }.max()
        // The report of that file: not a copy of it kept under another name.
        let previous = previousMonth.flatMap { m in contract.reports.first { relative($0.source, in: folder) == files[m] } }
        if let previousMonth, previous == nil, let file = files[previousMonth] {
            throw Failure(ja: "前の月の報告書 \(file) を読めません。直してから作成してください（teishutsu validate \(shellWord(folder)) が誤りを示します）",
                          en: "the report before, \(file), cannot be read; fix it first (teishutsu validate \(shellWord(folder)) shows what is wrong)")
        }
        // The plan in force on the day the report would be dated, as validate judges a draft.
        var notes: [Message] = []
        var plan: Plan?
        if let terms = contract.contract {
            let calendar = terms.calendar
            let due = terms.reportDue.dueDate(year: month.year, month: month.month, calendar: calendar)
            plan = contract.planHistory.inForce(on: ReportComputer.draftDay(month: month, due: due, today: today))?.plan
        }
        plan = plan ?? contract.plan
        if plan == nil {
            plan = contract.submittedPlans.last?.plan
            notes.append(plan.map { _ in
                Message(ja: "plan.yaml を読めないため、セキュリティ対策は提出済みの計画書（第\(contract.submittedPlans.last!.number)版）のものです",
                        en: "plan.yaml cannot be read: the security measures are those of the submitted revision \(contract.submittedPlans.last!.number)")
            } ?? Message(ja: "plan.yaml を読めないため、セキュリティ対策は前の月の報告書のものです",
                         en: "plan.yaml cannot be read: the security measures are those of the report before"))
        }
        let text = reportText(month: month, previous: previous, plan: plan, duties: contract.duties, folder: folder)
        var added = [File(path: "\(ContractFolder.reportsFolder)/\(month).yaml", text: text)]
        if !FileManager.default.fileExists(atPath: Paths.join(folder, "schema/report.schema.json")) {
            added.append(File(path: "schema/report.schema.json", text: try shipped("schema/report.schema.json")))
        }
        let written = try write(added, at: folder, adding: true)
        return AddedReport(written: written, month: month, previous: previous.map { relative($0.source, in: folder) }, notes: notes)
    }

    /// A path as a shell word: quoted when it holds a space or a character the shell reads.
    public static func shellWord(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+,=:@%".contains($0) } && !path.isEmpty
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func relative(_ path: String, in folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    /// The new report's YAML.
    static func reportText(month: YearMonth, previous: Report?, plan: Plan?, duties: Duties, folder: String) -> String {
        let era = monthName(month)
        var out = """
        # yaml-language-server: $schema=../schema/report.schema.json
        #
        # サービス実績報告書（\(era)分）— teishutsu init --report で作成
        # TODO(…) をすべて記入してください。「# 」で始まる行は記入例と前月の記載（参考）です。
        # Fill in every TODO(…); lines starting with "# " are examples and last month's words.

        """
        if let previous {
            out += "# 前月の報告書（\(relative(previous.source, in: folder))）から、ログの場所、項目名、継続中のリスク、\n"
            out += "# セキュリティ対策と改善策の一覧を引き継いでいます。当月の内容は書き直してください。\n"
        }
        out += "month: \(month)\n"

        // The logs: where the month before found them.
        var logLines: [String] = [], inline: [String] = []
        for kind in LogKind.allCases {
            if let file = previous?.logFiles[kind] {
                logLines.append("  \(kind.key): \(yamlText(file.value))")
            } else if let previous, previous.inlinePresence(kind).isPresent {
                inline.append(kind.key)
            } else if previous == nil {
                logLines.append("  \(kind.key): ../logs/\(kind.key).csv")
            }
        }
        if !logLines.isEmpty {
            out += "logs:                                       # このファイルからの相対パス\n" + logLines.joined(separator: "\n") + "\n"
        }
        for key in inline {
            out += "\(key): []                               # 前月と同じく、当月の記録をここに書きます\n"
        }

        // 1. Results: the month before's titles, each to be written again.
        out += "\n# 1. 本サービスの実施実績 — REP-RESULT\nresult:\n"
        let titles = previous?.result.map(\.title.value).filter { !ScalarReader.isPlaceholder($0) } ?? []
        for title in titles.isEmpty ? ["運用・保守"] : titles {
            out += "  - title: \(yamlText(title))\n"
            out += "    content: \(todo("当月の\(title)の実施内容。当月になければこの項目を削除"))\n"
        }

        // 2. Usage: the same figures, this month's values.
        out += "\n# 2. サービス利用状況（稼働状況） — REP-USAGE\nusage:\n"
        let figures = previous?.usage?.figures.filter { !ScalarReader.isPlaceholder($0.name.value) } ?? []
        if figures.isEmpty {
            out += """
              # figures:
              #   - name: 電子申請の受付件数
              #     value: 1832
              #     unit: 件

            """
        } else {
            out += "  figures:\n"
            for figure in figures {
                out += "    - name: \(yamlText(figure.name.value))\n"
                out += "      value: \(todo("当月の" + figure.name.value))"
                if let value = figure.value?.value { out += "        # 前月：\(value.description)" }
                out += "\n"
                if let unit = figure.unit?.value { out += "      unit: \(yamlText(unit))\n" }
            }
        }
        out += "  notes: TODO(当月の稼働状況の説明)\n"

        // 5. Risks: those not closed, as the month before left them.
        out += "\n# 5. 課題・リスク管理 — REP-RISK（なければ risks: []）\n"
        let risks = previous?.risks.filter { $0.status.value != "closed" && !ScalarReader.isPlaceholder($0.id.value) } ?? []
        if risks.isEmpty {
            out += """
            risks: []
            #  - id: R-01
            #    title: 年度末の申請集中に備えた性能確保
            #    status: monitoring                     # open / in_progress / monitoring / closed
            #    owner: 担当者の氏名
            #    action: 負荷試験を計画中

            """
        } else {
            out += "# 前月に終結していないリスクです。当月の状況（status）を見直し、対応（action）を書いてください。\nrisks:\n"
            for risk in risks {
                out += "  - id: \(yamlText(risk.id.value))\n"
                out += "    title: \(risk.title.value.isEmpty ? todo("リスクの名称") : yamlText(risk.title.value))\n"
                let status = risk.status.value.isEmpty || ScalarReader.isPlaceholder(risk.status.value) ? todo("状況 例 in_progress") : yamlText(risk.status.value)
                out += "    status: \(status)                # open / in_progress / monitoring / closed\n"
                if let owner = risk.owner?.value, !ScalarReader.isPlaceholder(owner) { out += "    owner: \(yamlText(owner))\n" }
                // What was done about it is the month's own: written again.
                if let action = risk.action?.value, !ScalarReader.isPlaceholder(action), !oneLine(action).isEmpty {
                    out += "    # 前月：\(oneLine(action))\n"
                }
                out += "    action: \(todo("当月の対応状況"))\n"
                if let due = risk.due?.value { out += "    due: \(due.iso)\n" }
            }
        }

        // 6. Security: every measure of the plan in force, its status and what was done.
        out += "\n# 6. 「セキュリティ対策実施計画」の実施状況 — REP-SECSTATUS\n#    計画書の security_plan の対策ごとに書きます。\n"
        out += "#    status: done / in_progress / scheduled / delayed / not_done\nsecurity_status:\n"
        let measures = plan?.securityPlan.filter { !$0.id.value.isEmpty && !ScalarReader.isPlaceholder($0.id.value) } ?? []
        if plan == nil, let previous, !previous.securityStatus.isEmpty {
            // No plan to read: the measures the month before reported.
            for last in previous.securityStatus {
                out += "  \(yamlText(last.id.value)):\n"
                out += "    # 前月：\(oneLine([last.status.value, last.detail.value].filter { !$0.isEmpty }.joined(separator: "　")))\n"
                out += "    status: TODO(状況 例 done)\n    detail: TODO(当月の実施内容)\n"
            }
        } else if measures.isEmpty {
            out += "  SP-01:\n    status: TODO(状況 例 done)\n    detail: TODO(SP-01の実施内容)\n"
        }
        for measure in measures {
            let id = measure.id.value
            out += "  \(yamlText(id)):\(comment("\(measure.measure.value)（\(measure.timing.value)）", column: id.count + 3))\n"
            if let last = previous?.securityStatus.first(where: { $0.id.value == id }) {
                out += "    # 前月：\(oneLine([last.status.value, last.detail.value].filter { !$0.isEmpty }.joined(separator: "　")))\n"
            }
            out += "    status: TODO(状況 例 done)\n    detail: TODO(当月の実施内容)\n"
        }

        // Training and audits: what the plan schedules, for the month's record.
        var planned: [String] = []
        for course in plan?.training ?? [] {
            let dates = course.dates.map(\.value).filter { $0 >= month.firstDay && $0 <= month.lastDay }
            planned.append("\(course.id.value) \(oneLine(course.title.value))（" + (dates.isEmpty ? oneLine(course.schedule.value) : "当月 " + dates.map(\.iso).joined(separator: "、")) + "）")
        }
        for audit in plan?.audits ?? [] {
            let dates = audit.dates.map(\.value).filter { $0 >= month.firstDay && $0 <= month.lastDay }
            planned.append("\(audit.id.value) \(oneLine(audit.content.value))（" + (dates.isEmpty ? oneLine(audit.schedule.value) : "当月 " + dates.map(\.iso).joined(separator: "、")) + "）")
        }
        out += "\n# 研修・監査を実施した月は、その記録を書きます（計画書の TR-…, AU-… の番号）。\n"
        for line in planned { out += "#   計画：\(line)\n" }
        // What the plan dates in the month: an entry each, to be filled in once held.
        let dated = ((plan?.training ?? []).map { ($0.id.value, $0.dates) } + (plan?.audits ?? []).map { ($0.id.value, $0.dates) })
            .compactMap { id, dates in dates.map(\.value).first { $0 >= month.firstDay && $0 <= month.lastDay }.map { (id, $0) } }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        if dated.isEmpty {
            out += """
            # activities:
            #   - id: TR-01
            #     date: \(CivilDate(year: month.year, month: month.month, day: 15)!.iso)
            #     summary: 情報セキュリティ基礎研修を実施（対象者全員受講）

            """
        } else {
            out += "#   計画で当月に予定しているもの：実施の結果を書きます（実施しなかったときは項目を削除し、other に理由を書く）。\nactivities:\n"
            for (id, date) in dated {
                out += "  - id: \(yamlText(id))\n    date: \(date.iso)\n    summary: \(todo("\(id)の実施結果"))\n"
            }
            out += "\n"
        }
        out += """
        # サービスレベルが目標値に達しなかった月は、改善策を書きます。
        # improvements:
        #   availability:
        #     - id: KZ-\(month)-1                       # 改善策の番号（以後の報告書で実施状況を報告する）
        #       measure: 切替え判断の基準を見直す
        #       owner: 担当者の氏名
        #       due: \(month.lastDay.iso)
        #       status: planned                        # planned | in_progress | done

        """

        // Measures presented before this month and not done by its start: their status now.
        var listed: Set<String> = []
        let open = duties.measureStates(through: month.previous).filter { state in
            !state.isDone && (state.presented.map { $0 < month } ?? true) && !ScalarReader.isPlaceholder(state.measure.id.value)
                && listed.insert(state.measure.id.value).inserted
        }
        if open.isEmpty {
            out += """
            # 前月までに示した改善策は、完了するまで毎月その状況を書きます（示した月の improvements は写さない）。
            # measure_status:
            #   KZ-2026-04-1:
            #     status: in_progress                      # planned | in_progress | done
            #     note: 切替え手順書を改定中

            """
        } else {
            out += "# 前月までに示した改善策のうち未完了のもの：完了するまで毎月その状況を書きます。\n"
            out += "#   status: planned / in_progress / done（完了したときは done_on と evidence も）\nmeasure_status:\n"
            for state in open {
                let id = state.measure.id.value
                var about = oneLine(state.measure.measure.value)
                if let presented = state.presented { about += "（\(monthName(presented))に提示" + (state.measure.due.map { "、期限 \($0.value.iso)" } ?? "") + "）" }
                out += "  \(yamlText(id)):\(comment(about, column: id.count + 3))\n"
                if !state.status.isEmpty { out += "    # 前月まで：\(state.status)\n" }
                out += "    status: TODO(状況 例 in_progress)\n    # note: 実施状況の補足\n    # done_on: \(month.lastDay.iso)\n    # evidence: 完了を示す記録\n"
            }
        }

        out += "\n# 7. その他必要な事項 — REP-OTHER（なければ other: []）\nother: []\n"
        return out
    }

    /// A value as YAML: plain when it reads back as the same text, else double-quoted.
    static func yamlText(_ s: String) -> String {
        let specialFirst: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", " ", "~"]
        let plain = !s.isEmpty && !specialFirst.contains(s.first!) && s.last != " "
            && !s.contains(": ") && !s.contains(" #") && !s.hasSuffix(":")
            && !s.contains(where: { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) })
            && !s.unicodeScalars.contains(where: { $0.value == 0xFEFF || (0x80...0x9F).contains($0.value) })
            && Double(s) == nil && !["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"].contains(s.lowercased())
            && !(s.first!.isASCII && s.first!.isNumber)
        return plain ? s : YAMLQuoting.doubleQuoted(s)
    }

    /// A placeholder, `TODO(hint)`, as YAML: the hint on one line, with no parenthesis that
    /// would end it, quoted when the user's words in it would not read back (`: `, ` #`).
    static func todo(_ hint: String) -> String {
        yamlText("TODO(" + oneLine(hint).replacingOccurrences(of: "(", with: "（").replacingOccurrences(of: ")", with: "）") + ")")
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// `# text`, after a key of `column` characters, lined up at the scaffold's comment column.
    static func comment(_ text: String, column: Int) -> String {
        String(repeating: " ", count: max(2, 44 - column)) + "# " + oneLine(text)
    }

    static func monthName(_ month: YearMonth) -> String {
        (try? EraDate.formatMonth(year: month.year, month: month.month, digits: .mixed)) ?? month.description
    }

}
