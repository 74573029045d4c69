import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels
import Validation

/// Validating and building a contract folder: load → model → compute → validate → view → render → write.
public enum Pipeline {
    /// Loads a contract folder and runs every rule on it.
    /// - Parameter today: the day deadlines are judged on; `nil` leaves them out.
    public static func validate(folder path: String, today: CivilDate? = nil, allowed: [String] = [], workers: Int = Parallel.cores) -> (ContractFolder, RunReport) {
        let (folder, report, _) = check(folder: path, today: today, allowed: allowed, workers: workers)
        return (folder, report)
    }

    /// Loads, computes and validates: what `validate` prints and `build` renders from.
    /// - Parameter keeping: the month whose report is being submitted: judged whole, never set
    ///   aside as the running month's draft.
    static func check(folder path: String, today: CivilDate?, allowed: [String] = [], workers: Int = Parallel.cores,
                      keeping: YearMonth? = nil)
        -> (ContractFolder, RunReport, [ReportComputation]) {
        var folder = ContractFolder.load(path, allowed: allowed, workers: workers)
        var report = RunReport()
        report.sources = folder.sources
        // A report of a month that has not begun is a draft for later (init writes one for the
        // first month): it is neither checked nor built until its month begins.
        if let today {
            let later = folder.reports.filter { r in (r.month?.value ?? r.fileMonth).map { $0.firstDay > today } ?? false }
            // Likewise what is dated after the day: incident reports, requests, the closing record.
            // An incident report of an incident the log has by the day is taken up whatever its
            // detected_at says (a date mistyped is then told, not left to read as a report missing).
            let occurred = Set(folder.reports.incidentsOnce.filter { $0.occurredAt.japanDate <= today }.map(\.id))
            let laterDuties = folder.incidentReports.filter { r in
                !occurred.contains(r.id.value) && (r.detectedAt?.value.japanDate).map { $0 > today } ?? false
            }.map(\.source)
                + folder.requests.filter { ($0.receivedOn?.value).map { $0 > today } ?? false }.map(\.source)
                + (folder.closing.flatMap { c in c.reportedOn.map { $0.value > today } == true ? [c.source] : nil } ?? [])
            // A report for a month not begun is not checked yet, but one outside the contract (a
            // year mistyped) is said now, not left to vanish.
            let outside = later.compactMap { r in
                // At the month's value, as for a month begun (the file's name when no month is written).
                (r.month?.value ?? r.fileMonth).flatMap { ReportRules.outsideContract($0, at: r.month?.span ?? r.monthSpan, contract: folder.contract) }
            }
            if !later.isEmpty || !laterDuties.isEmpty {
                let sources = Set(later.map(\.source) + laterDuties)
                folder.reports.removeAll { sources.contains($0.source) }
                folder.incidentReports.removeAll { sources.contains($0.source) }
                folder.requests.removeAll { sources.contains($0.source) }
                if let closing = folder.closing, sources.contains(closing.source) { folder.closing = nil }
                // A draft may still hold TODOs and miss values; what is wrong in it as written
                // (YAML, unknown keys, wrong types or choices) is said whatever its date.
                folder.diagnostics.removeAll { d in
                    guard let file = d.span?.file, sources.contains(file) else { return false }
                    switch d.code {
                    case .input(.placeholder), .input(.value(.empty, _)), .input(.value(.missingKey, _)): return true
                    case .input: return false
                    default: return true
                    }
                }
                report.notYetBegun = later.map(\.source)
                report.datedLater = laterDuties
                report.dayJudged = MessageWording(folder.contract).date(today)
            }
            folder.diagnostics += outside
        }
        // The report of the month still running, while a draft (a TODO, a value left empty), is
        // written once the month is over: what it has not said yet is not an error yet, and it
        // is not built (the plan due in a contract's first month builds). It is read as any
        // report: its logs, the measures' statuses and the activities it records count, and what
        // is wrong in what it says (a name, a month, an ID) is said; its gaps do not keep the
        // other documents' inputs from being compared with what was sent.
        if let today {
            let drafts = Set(folder.diagnostics.filter(\.code.isDraftGap).compactMap { $0.span?.file })
            folder.draftsUnderWay = Set(folder.reports.filter { r in
                guard let month = r.fileMonth, r.month?.value == month, month != keeping else { return false }
                return month.firstDay <= today && today <= month.lastDay && drafts.contains(r.source)
            }.map(\.source))
        }
        let logs = FolderLogs(folder.reports)
        // No figure from a partial or wrong log: a log with bad rows, inline records with errors,
        // or a record whose times are out of order (recovered before it occurred) stops them all.
        let disordered = logs.incidents.filter(\.isOutOfOrder).map { $0.span(.id).file }
            + logs.maintenance.filter(\.isOutOfOrder).map { $0.span(.id).file }
            + logs.inquiries.filter(\.isOutOfOrder).map { $0.span(.id).file }
        var incomplete = folder.incompleteLogs + folder.reports.flatMap { r in
            r.givenLogs.filter { r.logFiles[$0] == nil && !r.inlinePresence($0).readCleanly && r.inlinePresence($0).isPresent }.map { "\(r.source) (\($0.key))" }
        }
        for file in disordered where !incomplete.contains(file) { incomplete.append(file) }
        let computations = incomplete.isEmpty ? folder.contract.map {
            ReportComputer.compute(folder.reports, contract: $0, logs: logs, plans: folder.planHistory, submitted: folder.reportSubmissionDays(asOf: today),
                                   today: today, workers: workers)
        } ?? [] : []
        report.diagnostics = unique(folder.diagnostics + rules(folder, logs: logs, computations: computations, today: today, workers: workers))
        // The running month's draft: only what it has not said yet is not told (see above).
        if !folder.draftsUnderWay.isEmpty {
            report.diagnostics.removeAll(where: folder.waitsForMonthEnd)
            report.monthRunning = folder.reports.map(\.source).filter { folder.draftsUnderWay.contains($0) }
        }
        if !incomplete.isEmpty, !folder.reports.isEmpty {
            let months = folder.reports.compactMap { $0.month?.value.description }
            let range = months.count > 1 ? "\(months[0])〜\(months[months.count - 1])" : months.first ?? ""
            report.diagnostics.append(.warning(
                .report(.slaUnavailable),
                Message(ja: "ログ（\(incomplete.joined(separator: "、"))）に読めない部分又は誤りがあるため、報告書（\(range)）のサービスレベルを計算していません（年度の累計に各月のログを使うため、全ての報告書が対象です）",
                        en: "the service levels of the reports (\(range.replacingAll("〜", "–"))) are not computed: \(incomplete.joined(separator: ", ")) could not be read whole or has a record in error (the year's counts take every month's logs, so every report waits for it)"),
                // Where the log's own first error is (a log that is missing has none of its own: its
                // error is at the report's reference, and this warning is the folder's).
                at: incomplete.first.flatMap { log in report.diagnostics.first { $0.severity == .error && $0.span?.file == log }?.span }))
        }
        if let today, !report.hasErrors {
            report.diagnostics += Deadlines.warnings(Deadlines.items(folder, today: today), today: today, wording: MessageWording(folder.contract))
        }
        return (folder, report, computations)
    }

    /// The rules of every file of the folder, over what loaded: four independent groups, on
    /// up to `workers` cores (the longest taken first), their problems in a fixed order.
    static func rules(_ folder: ContractFolder, logs: FolderLogs, computations: [ReportComputation], today: CivilDate? = nil,
                      workers: Int = 1) -> [Diagnostic] {
        let groups = Parallel.map(4, workers: workers) { group in
            switch group {
            case 0: recordRules(folder, computations: computations, today: today)
            case 1: styleRules(folder)
            case 2: fileRules(folder, logs: logs, computations: computations)
            default: dutyRules(folder, today: today)
            }
        }
        let (records, style, files, duties) = (groups[0], groups[1], groups[2], groups[3])
        return unique(files + records + duties + style)
    }

    /// The rules of the contract, the catalog, the plan, the logs and each report.
    static func fileRules(_ folder: ContractFolder, logs: FolderLogs, computations: [ReportComputation]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let contract = folder.contract { diagnostics += ContractRules.check(contract) }
        if let catalog = folder.catalog { diagnostics += ContractRules.check(catalog) }
        if let plan = folder.plan {
            let current = plan.currentRevisionNumber
            let submitted = folder.records[.plan(revision: current)] != nil || folder.submittedPlans.contains { $0.number == current }
            diagnostics += PlanRules.check(plan, contract: folder.contract, catalog: folder.catalog, currentRevisionSubmitted: submitted)
            // A copy changed since it was sent is not what was sent: not compared (the error
            // at the copy says so), rather than read as a change of plan.yaml.
            let altered = folder.alteredPlanCopies
            diagnostics += SubmissionRules.check(plan, submitted: folder.submittedPlans.filter { !altered.contains($0.number) })
        }
        diagnostics += LogRules.check(logs)
        let byReport = Dictionary(computations.map { ($0.report.source, $0) }, uniquingKeysWith: { a, _ in a })
        // A log file shared by the reports has its rows checked once.
        var checkedLogs: Set<String> = []
        // The measures the reports presented: an earlier one answers the same miss seen again.
        let measures = folder.duties.measures
        for report in folder.reports {
            // A report follows the plan revision in force on its date.
            let computation = byReport[report.source]
            diagnostics += ReportRules.check(report, plan: computation?.plan?.plan ?? folder.plan, contract: folder.contract,
                                             serviceLevels: computation?.serviceLevels, measures: measures)
            func firstTime(_ kind: LogKind) -> Bool { report.logFiles[kind].map { checkedLogs.insert($0.value).inserted } ?? true }
            diagnostics += LogRules.check(incidents: firstTime(.incidents) ? report.incidents : [],
                                          maintenance: firstTime(.maintenance) ? report.maintenance : [],
                                          inquiries: firstTime(.inquiries) ? report.inquiries : [])
        }
        return diagnostics
    }

    /// Each plan revision recorded as sent has its copy (`submitted/plan-rN.yaml`) as it was
    /// then: the copy is what an incident or a month of that revision is judged by, and what
    /// the next revision's changes are worked out from. A copy changed since, unreadable or
    /// gone is an error at it (at the record, when gone).
    static func planCopies(_ folder: ContractFolder, wording: MessageWording) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let submitted = Paths.join(folder.path, ContractFolder.submittedFolder)
        for (document, record) in folder.records.sorted(by: { $0.key < $1.key }) {
            guard case .plan(let number) = document, record.inputs.contains(where: { $0.name == .plan }) else { continue }
            let title = document.title(wording)
            let name = ContractFolder.submittedPlanName(number), path = Paths.join(submitted, name)
            if let copy = folder.submittedPlans.first(where: { $0.number == number }) {
                guard folder.alteredPlanCopies.contains(number) else { continue }
                diagnostics.append(.error(.record(.fileAltered),
                                          Message(ja: "\(title.japanese)の写し \(name) が、提出の記録と合いません。提出の後に書き換えられています",
                                                  en: "the copy \(name) of \(title.english) does not match its record of submission: it was changed after it was sent"),
                                          expected: Message(ja: "提出したときの内容", en: "the content as sent"), at: .file(copy.path)))
            } else {
                let exists = FileManager.default.fileExists(atPath: path)
                let reason = folder.unreadablePlanCopies[number]
                diagnostics.append(.error(.record(exists ? .fileAltered : .fileMissing),
                                          exists ? Message(ja: "\(title.japanese)の写し \(name) を読めません" + (reason.map { "（\($0.japanese)）" } ?? "") + "。提出したときの内容と照合できません",
                                                           en: "the copy \(name) of \(title.english) cannot be read" + (reason.map { " (\($0.english))" } ?? "") + ", so it cannot be told from what was sent")
                                                 : Message(ja: "\(title.japanese)の写し \(name) がありません。提出したときの内容と照合できません",
                                                           en: "the copy \(name) of \(title.english) is missing, so what was sent cannot be known"),
                                          expected: Message(ja: "提出したときの \(name)", en: "\(name) as sent"), at: exists ? .file(path) : record.span))
            }
        }
        return diagnostics
    }

    /// Whether each submitted document's inputs are what they were when it was sent.
    static func recordRules(_ folder: ContractFolder, computations: [ReportComputation], today: CivilDate?) -> [Diagnostic] {
        var fingerprints: [SubmittedDocument: [InputPart]] = [:]
        var sources: [SubmittedDocument: String] = [:]
        // Only what has a record is compared with it; nothing is judged from an input that could not be read.
        if let contract = folder.contract, folder.plan != nil, !folder.hasUnreadInputs {
            let duties = folder.duties
            // The contract and each plan revision are hashed once, not once per report.
            let contractPart = InputPart(.contract, sha256: contract.documentCanonicalSHA256)
            var planParts: [Int: InputPart] = [:]
            // A revision whose copy was changed since it was sent: what it judged is not compared
            // (SUBMIT-file-altered at the copy is the error), rather than every month of it
            // reported as changed.
            let altered = folder.alteredPlanCopies
            for computation in computations where folder.records[.report(computation.month)] != nil {
                if let plan = computation.plan, altered.contains(plan.revision.number.value) { continue }
                let planPart = computation.plan.map { plan in
                    if let known = planParts[plan.revision.number.value] { return known }
                    let part = ReportComputation.planPart(plan)
                    planParts[plan.revision.number.value] = part
                    return part
                }
                fingerprints[.report(computation.month)] = computation.inputParts(contract: contractPart, plan: planPart, duties: duties)
                sources[.report(computation.month)] = computation.report.source
            }
            // The plan in force as it was sent (its copy in submitted/), with the contract as it is now.
            if let latest = folder.submittedPlans.last, !altered.contains(latest.number),
               let record = folder.records[.plan(revision: latest.number)], !record.inputs.isEmpty {
                fingerprints[.plan(revision: latest.number)] = Fingerprints.plan(latest.plan, contract: contract)
            }
            let incidents = Dictionary(folder.reports.incidentsOnce.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let maintenance = folder.reports.maintenanceOnce
            for report in folder.incidentReports where folder.records[.incident(report.id.value)] != nil {
                let day = report.detectedAt?.value.japanDate
                if let inForce = day.flatMap({ folder.planHistory.inForce(on: $0) }), altered.contains(inForce.revision.number.value) { continue }
                fingerprints[.incident(report.id.value)] = Fingerprints.incidentReport(report, incident: incidents[report.id.value], contract: contract,
                                                                                      plan: folder.plan(inForceOn: day), maintenance: maintenance)
                sources[.incident(report.id.value)] = report.source
            }
            if let closing = folder.closing, folder.records[.closing] != nil {
                fingerprints[.closing] = Fingerprints.closing(closing, contract: contract)
                sources[.closing] = closing.source
            }
        }
        // Judged on an earlier day, a submission recorded later had not happened yet: said, not counted.
        let records = today.map { day in folder.records.filter { ($0.value.submittedOn?.value).map { $0 <= day } ?? true } } ?? folder.records
        let wording = MessageWording(folder.contract)
        var later: [Diagnostic] = []
        if let today {
            for (document, record) in folder.records.sorted(by: { $0.key < $1.key }) {
                guard let day = record.submittedOn, day.value > today else { continue }
                // A correction sent later: the submission it corrects stands on that day.
                if let earlier = folder.submissions(document, asOf: today)?.latest {
                    later.append(.warning(
                        .record(.recordAfterToday),
                        Message(ja: "\(document.title(wording).japanese)の提出記録は\(wording.date(day.value).japanese)に提出した訂正版のもので、確認した日（\(wording.date(today).japanese)）より後です。確認した日の時点では、\(wording.date(earlier).japanese)に提出した訂正前のものを提出済みとして扱います",
                                en: "\(document.title(wording).english) is recorded as a corrected one submitted on \(day.value.iso), after the day of this check (\(today.iso)): as of that day, the one submitted on \(earlier.iso), before the correction, is taken as submitted"),
                        at: day.span))
                    continue
                }
                later.append(.warning(
                    .record(.recordAfterToday),
                    Message(ja: "\(document.title(wording).japanese)の提出記録は\(wording.date(day.value).japanese)の提出で、確認した日（\(wording.date(today).japanese)）より後です。まだ提出されていないものとして扱います",
                            en: "\(document.title(wording).english) is recorded as submitted on \(day.value.iso), after the day of this check (\(today.iso)): it is taken as not submitted yet"),
                    at: day.span))
            }
        }
        later += planCopies(folder, wording: wording)
        var shared: [InputPart.Name: String] = [:]
        shared[.contract] = folder.contract?.source
        shared[.plan] = folder.plan?.source
        shared[.promise] = folder.plan?.source
        return later + RecordRules.check(records, fingerprints: fingerprints, sources: sources, shared: shared, wording: wording)
    }

    /// The duties: incident reports, measures, requests, the closing record.
    static func dutyRules(_ folder: ContractFolder, today: CivilDate?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let wording = MessageWording(folder.contract)
        let calendar = folder.contract?.calendar ?? .standard
        diagnostics += DutyRules.checkIncidents(folder.incidentReports, incidents: folder.reports.incidentsOnce, promise: { DutyRules.Promise(folder.plan(inForceOn: $0.detectedAt?.value.japanDate)) },
                                                calendar: calendar, wording: wording, folder: folder.path, today: today)
        // A report or request that could not be read may hold the measure another one names: no
        // "never presented" or "no status" from a partial history (its own error is told).
        // (A draft's gaps, a TODO or a value left empty, hide no measure: its ID is read.)
        let partialHistory = folder.diagnostics.contains { d in
            d.severity == .error && d.code.area == .input && !d.code.isDraftGap && (d.span.map { file in
                [ContractFolder.reportsFolder, ContractFolder.requestsFolder].contains { file.file.contains("/\($0)/") || file.file.hasPrefix("\($0)/") }
            } ?? false)
        }
        diagnostics += DutyRules.checkMeasures(reports: folder.reports, requests: folder.requests, complete: !partialHistory, wording: wording)
        diagnostics += DutyRules.checkRequests(folder.requests, contract: folder.contract)
        if let closing = folder.closing { diagnostics += DutyRules.checkClosing(closing, plan: folder.plan, contract: folder.contract, wording: wording) }
        return diagnostics
    }

    /// The style of the prose.
    static func styleRules(_ folder: ContractFolder) -> [Diagnostic] {
        StyleRules.check(styleChecked(folder), settings: folder.contract?.styleChecks ?? .all,
                         digits: folder.contract?.dateStyle ?? .mixed, register: folder.contract?.register ?? .dearu,
                         sources: folder.sources)
    }

    /// What the user wrote in prose: the plan, the reports and the log records (each record once).
    static func styleChecked(_ folder: ContractFolder) -> [ObjectValue] {
        var values: [ObjectValue] = folder.plan.map { [$0.value] } ?? []
        // A log shared by the reports is one set of rows (the same objects): each is checked once.
        var seen: Set<LogRow.Identity> = []
        for report in folder.reports {
            values.append(report.value)
            let rows = report.incidents.map(\.row) + report.maintenance.map(\.row) + report.inquiries.map(\.row)
            for row in rows {
                if let identity = row.identity, seen.insert(identity).inserted { values.append(row.value) }
            }
        }
        values += folder.incidentReports.map(\.value) + folder.requests.map(\.value) + (folder.closing.map { [$0.value] } ?? [])
        return values
    }

    /// The incident reports, the closing record and the annual reports of a folder.
    static func dutyDocuments(_ folder: ContractFolder, contract: Contract, computations: [ReportComputation], showIDs: Bool,
                              today: CivilDate?) -> [any Document] {
        var documents: [any Document] = []
        let incidents = Dictionary(folder.reports.incidentsOnce.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let maintenance = folder.reports.maintenanceOnce
        let calendar = contract.calendar
        for report in folder.incidentReports {
            guard let incident = incidents[report.id.value] else { continue }
            // As of the end of the report's own day, so that a rebuild gives the same figures.
            let asOf = Instant(date: (report.documentDate ?? incident.occurredAt.japanDate).adding(days: 1))
            let effect = IncidentEffect.compute(incident, maintenance: maintenance, targets: contract.serviceLevels, calendar: calendar, now: asOf)
            var document = IncidentReportDocument(report: report, incident: incident, effect: effect, contract: contract,
                                                  plan: folder.plan(inForceOn: report.detectedAt?.value.japanDate))
            document.showIDs = showIDs
            document.corrects = folder.corrects(.incident(report.id.value), today: today)
            if !document.corrects.isEmpty { document.issuedOn = folder.records[.incident(report.id.value)]?.submittedOn?.value }
            documents.append(document)
        }
        if let closing = folder.closing {
            var document = ClosingDocument(closing: closing, contract: contract)
            document.corrects = folder.corrects(.closing, today: today)
            if !document.corrects.isEmpty { document.issuedOn = folder.records[.closing]?.submittedOn?.value }
            documents.append(document)
        }
        let years = Dictionary(grouping: computations) { $0.month.fiscalYear }
        for year in years.keys.sorted() {
            let months = (years[year] ?? []).sorted { $0.month < $1.month }
            documents.append(AnnualDocument(fiscalYear: year, months: months, duties: folder.duties, contract: contract))
        }
        return documents
    }

    /// A log shared by several reports is checked with each: keep each problem once.
    /// A template's problem is found once per document that uses it (plan → style, report →
    /// style …); it is said once, at its place in the template.
    static func oncePerTemplatePlace(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { diagnostic in
            guard diagnostic.code.area == .template, let span = diagnostic.span else { return true }
            return seen.insert("\(diagnostic.code.id)\u{0}\(span.file)\u{0}\(span.line)\u{0}\(span.column)").inserted
        }
    }

    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }

    public struct BuildOptions: Sendable {
        public var folder: String
        public var output: String?
        public var templates: String?
        /// The day deadlines are judged on (`nil`: not judged).
        public var today: CivilDate?
        /// Folders outside the contract folder that its files may name (`--allow-path`).
        public var allowed: [String] = []
        /// Which documents to render and write (`--watch` rebuilds only what a change affects).
        public var only: Selection = .all
        /// Also print each document to PDF (needs Chromium).
        public var pdf = false
        /// Print the tool's identifiers (PLAN-ORG, SLA-AVAIL) beside the headings, for drafting.
        public var showIDs = false

        public enum Selection: Sendable, Equatable {
            case all
            case some(plan: Bool, reports: Set<YearMonth>)

            func includesPlan() -> Bool {
                if case .some(let plan, _) = self { return plan }
                return true
            }

            func includes(_ month: YearMonth) -> Bool {
                if case .some(_, let reports) = self { return reports.contains(month) }
                return true
            }
        }

        public init(folder: String, output: String? = nil, templates: String? = nil, today: CivilDate? = nil) {
            self.folder = folder
            self.output = output
            self.templates = templates
            self.today = today
        }

        public var outputFolder: String { output ?? Paths.join(folder, "out") }
    }

    /// What every folder of a run shares: the compiled templates (with the problems of a user's
    /// own) and the output formats.
    public struct BuildContext: Sendable {
        public let templates: TemplateLibrary
        public let templateTexts: SourceTexts
        public let templateProblems: [Diagnostic]
        public let formats: [any OutputFormat]

        /// The context of a run, or the problem that stops every folder (no PDF engine).
        public static func make(templates overrides: String?, pdf: Bool) -> Result<BuildContext, Diagnostic> {
            var formats: [any OutputFormat] = [HTMLFormat(), XMLFormat()]
            if pdf {
                // Without a PDF engine nothing is built: a partial set of documents is not what was asked.
                do throws(PDFFormat.EngineMissing) {
                    formats.append(try PDFFormat.locate())
                } catch {
                    return .failure(.error(.output(.pdfEngineMissing), error.message, at: nil))
                }
            }
            let (templates, texts, problems) = TemplateFolder.library(overrides: overrides)
            return .success(BuildContext(templates: templates, templateTexts: texts, templateProblems: problems + templates.diagnostics, formats: formats))
        }
    }

    /// Validates, renders every document and writes them all, or nothing when anything is wrong.
    public static func build(_ options: BuildOptions) -> RunReport {
        switch BuildContext.make(templates: options.templates, pdf: options.pdf) {
        case .failure(let problem):
            var report = RunReport()
            report.outputFolder = options.outputFolder
            report.diagnostics = [problem]
            return report
        case .success(let context):
            var workspace: RenderWorkspace? = nil
            return build(options, context: context, workers: Parallel.cores, workspace: &workspace)
        }
    }

    /// The documents a build of the folder renders, in order (the plan, the reports, then the
    /// incident reports, the closing record and the annual reports), with what checking the
    /// folder found; nil when nothing can be built (an error, or no contract, plan or catalog).
    public static func documents(_ options: BuildOptions, workers: Int = Parallel.cores) -> (documents: [any Document]?, report: RunReport) {
        var (folder, report, computations) = check(folder: options.folder, today: options.today, allowed: options.allowed, workers: workers)
        report.outputFolder = options.outputFolder
        // The running month's draft is not a document yet (nor a month of the year's report).
        let running = Set(report.monthRunning)
        computations.removeAll { running.contains($0.report.source) }
        guard !report.hasErrors, let contract = folder.contract, let plan = folder.plan, let catalog = folder.catalog else {
            return (nil, report)
        }
        // The document marks what changed since the last revision submitted before this one.
        let current = plan.currentRevisionNumber
        let previous = folder.submittedPlans.last { $0.number < current }
        var documents: [any Document] = []
        if options.only.includesPlan() {
            var document = PlanDocument(plan: plan, contract: contract, catalog: catalog, previous: previous)
            document.showIDs = options.showIDs
            documents.append(document)
        }
        let duties = folder.duties
        for computation in computations where options.only.includes(computation.month) {
            var document = ReportDocument(computation, plan: plan, contract: contract, duties: duties)
            document.showIDs = options.showIDs
            // A report sent again, corrected, says so: as recorded (its figures as of that day).
            document.corrects = folder.corrects(.report(computation.month), today: options.today)
            documents.append(document)
        }
        if options.only == .all {
            documents += dutyDocuments(folder, contract: contract, computations: computations, showIDs: options.showIDs, today: options.today)
        }
        return (documents, report)
    }

    /// One folder's build within a run. With a workspace, everything happens on the calling
    /// thread (a batch runs one folder per worker); without one, the folder's files are read and
    /// its documents rendered on `workers` threads.
    public static func build(_ options: BuildOptions, context: BuildContext, workers: Int, workspace: inout RenderWorkspace?) -> RunReport {
        var (report, files) = rendered(options, context: context, workers: workers, workspace: &workspace)
        guard let files else { return report }
        // A whole build also removes what an earlier one wrote and this one no longer makes
        // (a report whose file was renamed or removed); --watch rebuilds only part.
        report.record(Result { try OutputWriter.write(files, to: options.outputFolder, pruning: options.only == .all, prunable: OutputWriter.isBuildOutput) })
        return report
    }

    /// One folder of a run of many, on the calling thread: its outputs are put in place by
    /// `committer` while the worker goes on; `finish` gets the folder's report once they are
    /// (at once when nothing is written).
    static func build(_ options: BuildOptions, context: BuildContext, workspace: inout RenderWorkspace?,
                      committer: OutputWriter.Committer, finish: @escaping @Sendable (RunReport) -> Void) {
        let (report, files) = rendered(options, context: context, workers: 1, workspace: &workspace)
        guard let files else { return finish(report) }
        OutputWriter.write(files, to: options.outputFolder, pruning: options.only == .all, prunable: OutputWriter.isBuildOutput, committer: committer) { outcome in
            var report = report
            report.record(outcome.mapError { $0 as any Error })
            finish(report)
        }
    }

    /// The folder checked and its documents rendered: the files to write, or nil when the
    /// folder has errors.
    private static func rendered(_ options: BuildOptions, context: BuildContext, workers: Int,
                                 workspace: inout RenderWorkspace?) -> (report: RunReport, files: [RenderedFile]?) {
        // What a killed build left in the output is undone first, whatever this build then finds:
        // the outputs are whole again even when this one writes nothing.
        OutputWriter.recoverStale(in: options.outputFolder)
        var (buildable, report) = documents(options, workers: workers)
        report.sources.merge(context.templateTexts)
        report.diagnostics += oncePerTemplatePlace(context.templateProblems)
        guard !report.hasErrors, let documents = buildable else { return (report, nil) }
        report.documents = documents.count
        let (files, renderDiagnostics): ([RenderedFile], [Diagnostic])
        if workspace != nil {
            (files, renderDiagnostics) = DocumentRenderer.render(documents, formats: context.formats, workspace: &workspace!)
        } else {
            (files, renderDiagnostics) = DocumentRenderer.render(documents, formats: context.formats, templates: context.templates, workers: workers)
        }
        report.diagnostics += oncePerTemplatePlace(unique(renderDiagnostics))
        return (report, report.hasErrors ? nil : files)
    }
}

extension RunReport {
    /// What became of the outputs.
    mutating func record(_ outcome: Result<OutputWriter.Result, any Error>) {
        switch outcome {
        case .success(let result):
            written = result.written
            unchanged = result.unchanged
            removed = result.removed
        case .failure(let error as OutputWriter.Failure):
            diagnostics.append(error.diagnostic)
        case .failure(let error):
            diagnostics.append(.error(.output(.failed), Message(ja: "出力できません: \(error)", en: "cannot write the outputs: \(error)"), at: nil))
        }
    }
}
