import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels

/// Recording a submission (`teishutsu submit`): the exact files sent (the XML, and the PDF when
/// asked), their SHA-256, the day, who sent them, and a fingerprint of the inputs, under
/// `submitted/`. Status says "submitted" only for what is recorded there.
public enum Submissions {
    /// What to record.
    public enum Subject: Sendable {
        /// The plan's current revision, or an earlier one submitted before the folder was kept
        /// (recorded without files, with a note).
        case plan(revision: Int?)
        case report(YearMonth)
        /// An incident report (`incidents/<ID>.yaml`).
        case incident(String)
        /// The record of return and erasure (`closing.yaml`).
        case closing
    }

    public struct Options: Sendable {
        public var folder: String
        public var subject: Subject
        public var date: CivilDate
        public var by: String
        public var note: String?
        /// Records a corrected document for a subject already recorded; the earlier files move
        /// to `submitted/superseded/`.
        public var resubmit = false
        /// Also render and keep the PDF (needs a Chromium).
        public var pdf = false
        /// Writes the document as it would be sent (HTML, XML, and the PDF when asked) into this
        /// folder, and records nothing: a corrected document is read before it is sent again.
        public var preview: String?
        public var allowed: [String] = []

        public init(folder: String, subject: Subject, date: CivilDate, by: String) {
            self.folder = folder
            self.subject = subject
            self.date = date
            self.by = by
        }
    }

    /// Why a submission is not recorded.
    public struct Failure: Error, Sendable {
        public let message: Message
        /// A problem of usage (2) rather than of the folder's content (1).
        public let isUsage: Bool
        public var diagnostics: [Diagnostic] = []
        public var sources = SourceTexts()
    }

    public struct Outcome: Sendable {
        public let document: SubmittedDocument
        /// The document's name in the contract's words (サービス実績報告書（令和７年４月分）).
        public let title: Message
        /// The files written under `submitted/` (empty when the same submission was already
        /// recorded), or into the preview folder.
        public let written: [String]
        /// The days of the submissions the document corrects (empty: not a correction).
        public var corrects: [CivilDate] = []
        /// What the document corrects, in words (nil: not a correction).
        public var correction: Message?
        /// Written into the preview folder; nothing recorded.
        public var previewed = false
        /// Files of the folder with errors that do not stand in the way of this document (a later
        /// month's draft), relative to the folder: recorded all the same, and said.
        public var errorsElsewhere: [String] = []
    }

    /// Who submits, when not said: `TEISHUTSU_SUBMITTER`, else the login name.
    public static func defaultSubmitter(environment: [String: String] = DiagnosticOutput.environment) -> String {
        if let name = environment["TEISHUTSU_SUBMITTER"] ?? environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
        // Without those (a container, cron), the account's name, as whoami says it.
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return "?"
    }

    public static func submit(_ options: Options) throws(Failure) -> Outcome {
        // Judged on the submission day: a report of a month not yet begun is a draft for later.
        var keeping: YearMonth?
        if case .report(let month) = options.subject { keeping = month }
        var (folder, report, computations) = Pipeline.check(folder: options.folder, today: options.date, allowed: options.allowed, keeping: keeping)
        // That the inputs of this very document changed since it was recorded is what a
        // resubmission records; it does not stand in its way. Nor do other documents' changed
        // inputs: one change (a log, the contract) can touch several documents sent, and each is
        // corrected and recorded in its turn.
        report.diagnostics.removeAll { $0.code == .record(.inputsChanged) }
        let whole = report
        let folderErrors = Failure(message: Message(
                                       ja: "フォルダに誤りがあるため\(options.preview == nil ? "記録していません" : "何も書いていません")（teishutsu validate \(options.folder) で確認してください）",
                                       en: "\(options.preview == nil ? "nothing recorded" : "nothing written"): the folder has errors (see teishutsu validate \(options.folder))"),
                                   isUsage: whole.diagnostics.hasUsageOrIOProblems, diagnostics: whole.diagnostics, sources: whole.sources)
        // Nor do errors in files the document is not made from: next month's report, begun and
        // still a draft, does not keep this month's from being recorded. They are counted and said.
        let unrelated = Unrelated(folder, subject: options.subject)
        let elsewhere = Set(report.diagnostics.compactMap { d in d.severity == .error ? unrelated.file(of: d) : nil })
        report.diagnostics.removeAll { d in d.severity == .error && unrelated.file(of: d) != nil }
        guard !report.hasErrors, let contract = folder.contract else { throw folderErrors }
        var outcome = try submit(options, folder: folder, computations: computations, contract: contract, folderErrors: elsewhere.isEmpty ? nil : folderErrors)
        outcome.errorsElsewhere = elsewhere.sorted()
        return outcome
    }

    /// Which errors are in files a document is not made from, judged by what the files hold once
    /// loaded (not by their names alone). For a month's report or an incident report, a report
    /// of a later month (its name and its `month:` both later; for an incident report, any) that
    /// loaded, gives its log records in files, and is only unfinished (a TODO, a value left
    /// empty): a draft, whose gaps change nothing of the document (its typos, its measures or its
    /// logs could). Another incident's report; a request or the closing record, for the plan;
    /// another document's record (not its name or place: a record misnamed or twice stands in
    /// the way). Anything else stands in the way: the contract, the plan and every plan revision
    /// as sent, the catalog, the logs, a file not known.
    struct Unrelated {
        let subject: Subject
        let folder: String
        /// The loaded files by path, with what decides them.
        var reports: [String: Report] = [:]
        var incidents: [String: String] = [:]
        var requests: Set<String> = []
        var logs: Set<String> = []
        var closing: String?
        var catalog: String?
        /// The day each incident report's incident occurred (else was detected), each request received.
        var dated: [String: CivilDate] = [:]
        /// Where the log names each incident, with the day it occurred (an incident report missing
        /// is told there).
        var missingReportDay: [SourceSpan: CivilDate] = [:]

        init(_ loaded: ContractFolder, subject: Subject) {
            self.subject = subject
            folder = loaded.path
            catalog = loaded.contract?.catalogPath.map { Paths.join(loaded.path, $0.value) }
            for report in loaded.reports {
                reports[report.source] = report
                for path in report.logFiles.values { logs.insert(ContractFolder.logFile(path.value, of: report)) }
            }
            // An incident report is of the month its incident occurred (a failure found days later
            // is still that month's; a draft without its detection time yet, the log's day).
            let logged = loaded.reports.incidentsOnce
            let occurred = Dictionary(logged.map { ($0.id, $0.occurredAt.japanDate) }, uniquingKeysWith: min)
            for report in loaded.incidentReports {
                incidents[report.source] = report.id.value
                let days = [report.detectedAt?.value.japanDate, occurred[report.id.value]].compactMap { $0 }
                dated[report.source] = days.min()
            }
            for incident in logged { missingReportDay[incident.span(.id)] = incident.occurredAt.japanDate }
            requests = Set(loaded.requests.map(\.source))
            for request in loaded.requests { dated[request.source] = request.receivedOn?.value }
            closing = loaded.closing?.source
        }

        /// The file of an error as the note names it (from the folder), if the document is not
        /// made from it.
        func file(of diagnostic: Diagnostic) -> String? {
            guard let path = diagnostic.span?.file else { return nil }
            // Which record is which document's, and the catalog, are never someone else's.
            if diagnostic.code == .record(.recordFileName) || diagnostic.code == .record(.recordDuplicate) { return nil }
            if path == catalog { return nil }
            // Only a draft's gaps: for a document made from the logs, a report's other errors (a
            // log it names missing, a measure it presents twice) may be about this one.
            if let report = reports[path], usesLogs, !isDraft(diagnostic.code) || Self.inLogs(diagnostic, of: report) { return nil }
            // A month's report shows the incident reports and requests of its month and before: an
            // incident report or request of a later month, still a draft, is not on its page.
            if case .report(let month) = subject, isDraft(diagnostic.code), let day = dated[path], day > month.lastDay {
                return shown(path)
            }
            // An incident of a later month whose report is not written yet is not on its page.
            if case .report(let month) = subject, diagnostic.code == .record(.incidentReportMissing),
               let span = diagnostic.span, let day = missingReportDay[span], day > month.lastDay {
                return shown(path)
            }
            return isUnrelated(path) ? shown(path) : nil
        }

        /// Whether an error is under a report's `logs:` (a log's path left TODO or empty: a log not
        /// read, whose rows every month's figures would have had).
        static func inLogs(_ diagnostic: Diagnostic, of report: Report) -> Bool {
            guard let line = diagnostic.span?.line, let logs = report.value.keySpan("logs")?.line else { return false }
            let next = report.value.keySpans.values.map(\.line).filter { $0 > logs }.min() ?? Int.max
            return line >= logs && line < next
        }

        /// What a draft not yet finished has: a TODO, a value left empty (as the measure rules
        /// take it: no measure is hidden by it), a status not yet given (of a security measure, of
        /// an earlier improvement measure: the scaffold leaves them out until they are written);
        /// and what is wrong only on its own page: a security measure or activity it names that
        /// the plan does not have, an activity the plan dates that it does not record.
        private func isDraft(_ code: DiagnosticCode) -> Bool {
            if code.isDraftGap || code.isNotYetSaid { return true }
            switch code {
            case .report(.securityStatusUnknown), .report(.activityUnknown): return true
            default: return false
            }
        }

        private func shown(_ path: String) -> String {
            let prefix = Paths.join(folder, "")
            return !prefix.isEmpty && path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        }

        /// The folder (reports, incidents, requests, submitted) of a file directly in it, and its name.
        private func place(_ path: String) -> (folder: String, name: String)? {
            let prefix = Paths.join(folder, "")
            guard prefix.isEmpty ? !path.hasPrefix("/") : path.hasPrefix(prefix) else { return nil }
            let parts = path.dropFirst(prefix.count).split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard !parts.contains(".."), !parts.contains(".") else { return nil }
            return parts.count == 2 ? (parts[0], parts[1]) : parts.count == 1 ? ("", parts[0]) : nil
        }

        /// A file's name without its last extension (`INC-2025.005.yaml` → `INC-2025.005`).
        private static func stem(_ name: String) -> String {
            name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        }

        private var usesLogs: Bool {
            switch subject {
            case .report, .incident: true
            case .plan, .closing: false
            }
        }

        private func isUnrelated(_ path: String) -> Bool {
            if let report = reports[path] {
                // Records given inline feed every month's figures and every incident report.
                if usesLogs, LogKind.allCases.contains(where: { report.inlinePresence($0).isPresent }) { return false }
                switch subject {
                case .plan, .closing, .incident: return true
                case .report(let month):
                    let months = [report.month?.value, report.fileMonth].compactMap { $0 }
                    return !months.isEmpty && months.allSatisfy { $0 > month }
                }
            }
            if logs.contains(path) { return !usesLogs }
            if let id = incidents[path] {
                switch subject {
                case .plan, .closing: return true
                case .report: return false
                case .incident(let own):
                    return id.lowercased() != own.lowercased() && place(path).map { Self.stem($0.name).lowercased() != own.lowercased() } ?? false
                }
            }
            if requests.contains(path) {
                if case .report = subject { return false }
                return true
            }
            if path == closing {
                if case .closing = subject { return false }
                return true
            }
            guard let (directory, name) = place(path) else { return false }
            switch directory {
            case ContractFolder.reportsFolder:
                // Not loaded (it could not be read): the logs it names are not read either.
                switch subject {
                case .plan, .closing: return true
                case .report, .incident: return false
                }
            case ContractFolder.incidentsFolder:
                switch subject {
                case .plan, .closing: return true
                case .report: return false
                case .incident(let own): return Self.stem(name).lowercased() != own.lowercased()
                }
            case ContractFolder.requestsFolder:
                if case .report = subject { return false }
                return true
            case ContractFolder.submittedFolder:
                // Another document's record; every plan revision as sent is read (the changes, a month's revision in force).
                var stem = name
                for suffix in [".record.yaml", ".yaml", ".yml", ".xml", ".pdf"] where stem.hasSuffix(suffix) {
                    stem.removeLast(suffix.count)
                    break
                }
                guard let named = SubmittedDocument(stem: stem) else { return false }
                if case .plan = named { return false }
                switch (subject, named) {
                case (.report(let a), .report(let b)): return a != b
                case (.incident(let a), .incident(let b)): return a.lowercased() != b.lowercased()
                case (.closing, .closing): return false
                default: return true
                }
            case "":
                return name == ContractFolder.closingFile && { if case .closing = subject { return false }; return true }()
            default:
                return false
            }
        }
    }

    private static func submit(_ options: Options, folder: ContractFolder, computations: [ReportComputation], contract: Contract,
                               folderErrors: Failure?) throws(Failure) -> Outcome {
        let wording = MessageWording(contract)
        let submitted = Paths.join(options.folder, ContractFolder.submittedFolder)
        switch options.subject {
        case .plan(let number):
            return try submitPlan(options, folder: folder, contract: contract, number: number, to: submitted, wording: wording)
        case .report(let month):
            guard let computation = computations.first(where: { $0.month == month }) else {
                // No figures while another file has errors (a later month's log written inline): those errors, not "missing".
                if let folderErrors { throw folderErrors }
                // There, but for a month not begun on the day given: said so, not "missing".
                let reports = Paths.join(options.folder, ContractFolder.reportsFolder)
                if options.date < month.lastDay, yamlFile(named: "\(month)", in: reports) != nil {
                    throw Failure(message: Message(ja: "\(wording.month(month).japanese)分の報告書は、その月が終わる前（\(wording.date(options.date).japanese)）には提出できません",
                                                   en: "the report for \(month) cannot be submitted before the month ends (the date given is \(options.date.iso))"), isUsage: true)
                }
                throw Failure(message: Message(ja: "\(wording.month(month).japanese)分の報告書（reports/\(month).yaml）がありません",
                                               en: "there is no report for \(month) (reports/\(month).yaml)"), isUsage: true)
            }
            // The document as it is sent: figures as of the end of the submission day.
            let plans = folder.planHistory
            let sent = ReportComputer.compute(computation.report, month: month, contract: contract, logs: FolderLogs(folder.reports),
                                              plans: plans, submittedOn: options.date)
            guard options.date >= month.next.firstDay || options.date >= month.lastDay else {
                throw Failure(message: Message(ja: "\(wording.month(month).japanese)分の報告書は、その月が終わる前には提出できません",
                                               en: "the report for \(month) cannot be submitted before the month ends"), isUsage: true)
            }
            var document = ReportDocument(sent, plan: folder.plan, contract: contract, duties: folder.duties)
            document.corrects = folder.corrects(.report(month))
            return try record(options, document: .report(month), renderable: document, inputs: sent.inputParts(contract: contract, duties: folder.duties),
                              existing: folder.records[.report(month)], extra: [],
                              to: submitted, wording: wording)
        case .incident(let id):
            guard let report = folder.incidentReports.first(where: { $0.id.value == id }),
                  let document = Pipeline.dutyDocuments(folder, contract: contract, computations: computations, showIDs: false, today: nil)
                    .compactMap({ $0 as? IncidentReportDocument }).first(where: { $0.report.id.value == id }) else {
                // An ID is a name, not a path.
                guard !id.contains("/"), !id.hasPrefix(".") else {
                    throw Failure(message: Message(ja: "\(id) は障害の番号ではありません（例 INC-2025-004）", en: "\(id) is not an incident ID (such as INC-2025-004)"), isUsage: true)
                }
                let incidents = Paths.join(options.folder, ContractFolder.incidentsFolder)
                if let file = yamlFile(named: id, in: incidents) {
                    throw Failure(message: Message(ja: "障害報告書 incidents/\(file) は、\(wording.date(options.date).japanese)にはまだ検知されていない障害のものです",
                                                   en: "the incident report incidents/\(file) is for an incident not yet detected on \(options.date.iso)"), isUsage: true)
                }
                throw Failure(message: Message(ja: "障害報告書 incidents/\(id).yaml がありません", en: "there is no incident report incidents/\(id).yaml"), isUsage: true)
            }
            // The document holds every report made to 甲 (its final report too): it is sent after the last.
            let last = report.notices.compactMap(\.at).map({ $0.value.japanDate }).max()
            guard let last, last <= options.date else {
                throw Failure(message: Message(ja: "障害報告書 \(id) の提出日が、記載した最後の報告（\(last.map { wording.date($0).japanese } ?? "")）より前です",
                                               en: "the incident report \(id) is dated before the last report it holds (\(last?.iso ?? ""))"),
                              isUsage: true)
            }
            return try record(options, document: .incident(id), renderable: document,
                              inputs: Fingerprints.incidentReport(report, incident: document.incident, contract: contract,
                                                                  plan: folder.plan(inForceOn: report.detectedAt?.value.japanDate),
                                                                  maintenance: folder.reports.maintenanceOnce),
                              existing: folder.records[.incident(id)], extra: [],
                              to: submitted, wording: wording)
        case .closing:
            guard let closing = folder.closing else {
                if FileManager.default.fileExists(atPath: Paths.join(options.folder, ContractFolder.closingFile)) {
                    throw Failure(message: Message(ja: "closing.yaml の報告日は\(wording.date(options.date).japanese)より後です",
                                                   en: "closing.yaml is dated after \(options.date.iso), the date given"), isUsage: true)
                }
                throw Failure(message: Message(ja: "closing.yaml がありません", en: "there is no closing.yaml"), isUsage: true)
            }
            var document = ClosingDocument(closing: closing, contract: contract)
            document.corrects = folder.corrects(.closing)
            return try record(options, document: .closing, renderable: document,
                              inputs: Fingerprints.closing(closing, contract: contract),
                              existing: folder.records[.closing], extra: [],
                              to: submitted, wording: wording)
        }
    }

    /// The name of the YAML file `stem` in `folder` (`2025-07.yaml`, `.yml`, `.YAML`: whatever the
    /// loader reads), or nil.
    static func yamlFile(named stem: String, in folder: String) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().first { ContractFolder.isYAMLName($0) && $0.prefix(upTo: $0.lastIndex(of: ".")!) == stem }
    }

    static func submitPlan(_ options: Options, folder: ContractFolder, contract: Contract, number: Int?, to submitted: String,
                           wording: MessageWording) throws(Failure) -> Outcome {
        guard let plan = folder.plan, let current = plan.currentRevision else {
            throw Failure(message: Message(ja: "plan.yaml に改訂履歴がありません", en: "plan.yaml has no revision"), isUsage: false)
        }
        let number = number ?? current.number.value
        // An earlier revision, submitted before this folder was kept: a record without files.
        if number != current.number.value {
            guard let revision = plan.revisions.first(where: { $0.number.value == number }) else {
                throw Failure(message: Message(ja: "plan.yaml に第\(wording.digits.write(number))版がありません", en: "plan.yaml has no revision \(number)"), isUsage: true)
            }
            // Its files, where the folder kept them (a copy made by an earlier teishutsu).
            let kept = ["yaml", "xml", "pdf"].compactMap { ext -> (name: String, sha256: String, bytes: Int)? in
                let name = "plan-r\(number).\(ext)"
                guard let data = FileManager.default.contents(atPath: Paths.join(submitted, name)) else { return nil }
                return (name, SHA256.hex(data), data.count)
            }
            guard options.note != nil || !kept.isEmpty else {
                throw Failure(message: Message(
                    ja: "第\(wording.digits.write(number))版は現在の版ではないため、提出したファイルを作れません。記録だけ残すには --note で経緯を書いてください（例: --note 紙で提出）",
                    en: "revision \(number) is not the current one, so its files cannot be made; to record it alone, say how it was sent with --note (e.g. --note \"sent on paper\")"),
                              isUsage: true)
            }
            guard revision.date.value <= options.date else { throw beforeRevision(number, revision.date.value, options.date, wording) }
            if folder.records[.plan(revision: number)] != nil {
                return Outcome(document: .plan(revision: number), title: SubmittedDocument.plan(revision: number).title(wording), written: [])
            }
            let text = SubmissionRecord.text(document: .plan(revision: number), date: options.date, by: options.by,
                                             inputsSHA256: revision.value.canonicalSHA256, files: kept, note: options.note)
            return Outcome(document: .plan(revision: number), title: SubmittedDocument.plan(revision: number).title(wording),
                           written: try write([RenderedFile(name: "plan-r\(number)\(ContractFolder.recordSuffix)", contents: text)], to: submitted).written)
        }
        guard current.date.value <= options.date else { throw beforeRevision(number, current.date.value, options.date, wording) }
        if let existing = folder.submittedPlans.first(where: { $0.number == number }),
           !PlanComparison.compare(old: existing.plan.value, new: plan.value).isEmpty {
            throw Failure(message: Message(
                ja: "第\(wording.digits.write(number))版は別の内容で提出済みです（\(existing.path)）。先に第\(wording.digits.write(number + 1))版の改訂履歴を加えてください",
                en: "revision \(number) was already submitted (\(existing.path)) with other content; add revision \(number + 1) first"), isUsage: false)
        }
        guard case .success(let planText) = InputFile.read(path: plan.source, displayPath: plan.source, limit: YAMLLoader.maximumBytes,
                                                            confinement: folder.confinement) else {
            throw Failure(message: Message(ja: "\(plan.source) を読めません", en: "\(plan.source) cannot be read"), isUsage: true)
        }
        let date = options.date.iso
        let stamp = "# 提出の記録: 第\(number)版（改訂日 \(current.date.value.iso)）を \(date) に提出した内容 — teishutsu submit が書きました。編集しないでください\n"
            + "# As submitted: revision \(number) (dated \(current.date.value.iso)) on \(date); written by teishutsu submit, do not edit\n"
        // The plan's source as submitted, for comparing later versions with it (diff, validate).
        let copy = RenderedFile(name: ContractFolder.submittedPlanName(number), contents: stamp + planText)
        let document = PlanDocument(plan: plan, contract: contract, catalog: folder.catalog ?? ContractFolder.shippedCatalog,
                                    previous: folder.submittedPlans.last { $0.number < number })
        return try record(options, document: .plan(revision: number), renderable: document, inputs: Fingerprints.plan(plan, contract: contract),
                          existing: folder.records[.plan(revision: number)], extra: [copy], to: submitted, wording: wording)
    }

    static func beforeRevision(_ number: Int, _ dated: CivilDate, _ date: CivilDate, _ wording: MessageWording) -> Failure {
        let (d, s) = (wording.date(dated), wording.date(date))
        return Failure(message: Message(ja: "第\(wording.digits.write(number))版の日付 \(d.japanese) が提出日 \(s.japanese) より後です",
                                         en: "revision \(number) is dated \(d.english), after the submission date \(s.english)"), isUsage: true)
    }

    /// Renders the document's XML (and PDF), writes them with the record; an identical
    /// submission already recorded writes nothing. A document already recorded is sent again
    /// only corrected (`--resubmit`): it then says 訂正版 and which submissions it corrects.
    static func record(_ options: Options, document: SubmittedDocument, renderable: any Document, inputs parts: [InputPart],
                       existing: SubmissionRecord?, extra: [RenderedFile], to submitted: String,
                       wording: MessageWording) throws(Failure) -> Outcome {
        let inputs = InputPart.combined(parts)
        var renderable = renderable
        var corrects: [CivilDate] = []
        if let existing {
            let day = existing.submittedOn.map { wording.date($0.value) } ?? Message(ja: "", en: "")
            let title = document.title(wording)
            let same = InputPart.same(recorded: existing.inputsSHA256.value, parts: existing.inputs, now: parts)
            if same {
                // What was recorded, as it was: shown again by a preview, recorded once.
                corrects = existing.corrects
                if options.preview == nil {
                    guard existing.submittedOn?.value == options.date else {
                        throw Failure(message: Message(
                            ja: "\(title.japanese)は\(day.japanese)に同じ内容で提出済みです（訂正するものがありません）",
                            en: "\(title.english) was submitted on \(day.english) with the same content: there is nothing to correct"),
                                      isUsage: false)
                    }
                    return Outcome(document: document, title: title, written: [])
                }
            } else {
                guard options.resubmit else {
                    throw Failure(message: Message(
                        ja: "\(title.japanese)は\(day.japanese)に提出済みです。訂正版を"
                            + (options.preview == nil ? "提出した記録を残す" : "確かめる") + "には --resubmit を付けてください",
                        en: "\(title.english) was already submitted on \(day.english); to "
                            + (options.preview == nil ? "record" : "preview") + " a corrected one, add --resubmit"),
                                  isUsage: false)
                }
                guard renderable is any CorrectableDocument else {
                    var next = 0
                    if case .plan(let revision) = document { next = revision + 1 }
                    throw Failure(message: Message(
                        ja: "計画書は訂正版ではなく改訂として提出します。plan.yaml の revisions に第\(wording.digits.write(next))版を加えてから提出してください",
                        en: "a plan is not corrected but revised: add revision \(next) to plan.yaml's revisions, then submit it"), isUsage: true)
                }
                if let earlier = existing.submittedOn?.value, options.date < earlier {
                    throw Failure(message: Message(
                        ja: "訂正版の提出日（\(wording.date(options.date).japanese)）が、訂正する提出の日（\(day.japanese)）より前です",
                        en: "the corrected document's date (\(options.date.iso)) is before the submission it corrects (\(day.english))"), isUsage: true)
                }
                corrects = existing.corrects + (existing.submittedOn.map { [$0.value] } ?? [])
            }
            if var correctable = renderable as? any CorrectableDocument {
                correctable.corrects = corrects
                // Dated the day it is sent, as the record is (a preview of what is recorded: its day).
                if !corrects.isEmpty {
                    correctable.issuedOn = same ? existing.submittedOn?.value : options.date
                }
                renderable = correctable
            }
        }
        if let preview = options.preview {
            return try self.preview(options, document: document, renderable: renderable, corrects: corrects, to: preview, wording: wording)
        }
        // What is sent: the XML and the PDF, not the HTML the PDF is printed from.
        let sent = try render(renderable, as: document, options).filter { !$0.name.hasSuffix(".html") }
        let list = sent.map { (name: $0.name, sha256: SHA256.hex($0.data), bytes: $0.data.count) }
        let recordFile = RenderedFile(name: document.stem + ContractFolder.recordSuffix,
                                      contents: SubmissionRecord.text(document: document, date: options.date, by: options.by,
                                                                      inputsSHA256: inputs, inputs: parts, files: list, note: options.note,
                                                                      corrects: corrects))
        if let existing, options.resubmit {
            try supersede(existing, document: document, in: submitted)
        }
        var outcome = Outcome(document: document, title: document.title(wording), written: try write(extra + sent + [recordFile], to: submitted).written)
        outcome.corrects = corrects
        outcome.correction = correction(corrects, wording: wording)
        return outcome
    }

    /// The document as it would be sent, into `folder` (its HTML too, to read): nothing recorded.
    static func preview(_ options: Options, document: SubmittedDocument, renderable: any Document, corrects: [CivilDate], to folder: String,
                        wording: MessageWording) throws(Failure) -> Outcome {
        if let problem = previewProblem(folder, contractFolder: options.folder) {
            throw Failure(message: problem, isUsage: true)
        }
        // Every file named, also one a preview before wrote the same.
        let result = try write(try render(renderable, as: document, options), to: folder)
        var outcome = Outcome(document: document, title: document.title(wording), written: (result.written + result.unchanged).sorted())
        outcome.corrects = corrects
        outcome.correction = correction(corrects, wording: wording)
        outcome.previewed = true
        return outcome
    }

    /// A preview goes anywhere but over what the folder keeps: the contract folder itself, the
    /// record of what was sent (`submitted/`, where a preview would replace the files sent), and
    /// the inputs' folders.
    static func previewProblem(_ preview: String, contractFolder: String) -> Message? {
        func resolved(_ path: String) -> String { URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path }
        let target = resolved(preview), contract = resolved(contractFolder)
        let kept = [ContractFolder.submittedFolder, ContractFolder.reportsFolder, ContractFolder.incidentsFolder, ContractFolder.requestsFolder, "logs"]
        let inside = kept.first { target == contract + "/" + $0 || target.hasPrefix(contract + "/" + $0 + "/") }
        guard target == contract || inside != nil else { return nil }
        let (what, whatEn): (String, String) = switch inside {
        case nil: ("契約フォルダです", "is the contract folder")
        case ContractFolder.submittedFolder?: ("提出した文書の記録（submitted/）の中です", "is inside the record of what was sent (submitted/)")
        case let folder?: ("入力のフォルダ（\(folder)/）の中です", "is inside an input folder (\(folder)/)")
        }
        return Message(ja: "確認用の出力先 \(preview) は\(what)。別のフォルダを指定してください（何も書いていません）",
                       en: "the preview folder \(preview) \(whatEn); give another folder (nothing was written)")
    }

    static func correction(_ corrects: [CivilDate], wording: MessageWording) -> Message? {
        guard let last = corrects.last else { return nil }
        let day = wording.date(last)
        return Message(ja: "\(day.japanese)に提出したものの訂正版です（文書に「訂正版」と記載しています）",
                       en: "it corrects the one submitted on \(day.english) (the document says 訂正版)")
    }

    /// Moves an earlier submission's files aside: `submitted/superseded/STEM-DATE/`.
    static func supersede(_ record: SubmissionRecord, document: SubmittedDocument, in submitted: String) throws(Failure) {
        let manager = FileManager.default
        // A second correction on the same day keeps the first one's files beside it (…-2, …-3).
        let base = Paths.join(Paths.join(submitted, ContractFolder.supersededFolder), document.stem + "-" + (record.submittedOn?.value.iso ?? "unknown"))
        var folder = base, number = 1
        while manager.fileExists(atPath: folder) {
            number += 1
            folder = base + "-\(number)"
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in record.files.map(\.name.value) + [document.stem + ContractFolder.recordSuffix] where !name.contains("/") {
                let from = Paths.join(submitted, name)
                guard manager.fileExists(atPath: from) else { continue }
                let to = Paths.join(folder, name)
                try? manager.removeItem(atPath: to)
                try manager.moveItem(atPath: from, toPath: to)
            }
        } catch {
            throw Failure(message: Message(ja: "以前の提出を \(folder) に移せません（\(error.localizedDescription)）",
                                           en: "cannot move the earlier submission to \(folder) (\(error.localizedDescription))"), isUsage: true)
        }
    }

    /// The document's HTML and XML (and PDF, when asked), named as `document` is under submitted/.
    static func render(_ renderable: any Document, as document: SubmittedDocument, _ options: Options) throws(Failure) -> [RenderedFile] {
        var formats: [any OutputFormat] = [HTMLFormat(), XMLFormat()]
        if options.pdf {
            do throws(PDFFormat.EngineMissing) {
                formats.append(try PDFFormat.locate())
            } catch {
                throw Failure(message: error.message, isUsage: true)
            }
        }
        let templates = TemplateLibrary.builtIn(documents: DocumentKind.templates)
        let (rendered, problems) = DocumentRenderer.render([renderable], formats: formats, templates: templates, workers: 1)
        guard !problems.hasErrors else {
            throw Failure(message: Message(ja: "文書を作れません", en: "the document cannot be made"), isUsage: problems.hasUsageOrIOProblems, diagnostics: problems)
        }
        return rendered.map { $0.renamed($0.name.replacingAll(renderable.stem, document.stem)) }
    }

    static func write(_ files: [RenderedFile], to folder: String) throws(Failure) -> OutputWriter.Result {
        do {
            return try OutputWriter.write(files, to: folder)
        } catch let failure as OutputWriter.Failure {
            throw Failure(message: failure.diagnostic.message, isUsage: true)
        } catch {
            throw Failure(message: Message(ja: "\(folder) に書けません", en: "cannot write to \(folder)"), isUsage: true)
        }
    }
}
