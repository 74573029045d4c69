import DefaultTemplates
import DocumentModel
import Foundation
import JapaneseCalendar

/// A contract folder as a user keeps it in git: `contract.yaml`, `plan.yaml`, `reports/`.
public struct ContractFolder: Sendable {
    /// The folder as the user named it (for messages and output paths).
    public let path: String
    public var contract: Contract?
    public var plan: Plan?
    public var catalog: RequirementCatalog?
    /// The monthly reports of `reports/`, in month order.
    public var reports: [Report] = []
    /// The plans as submitted (`submitted/plan-rN.yaml`, written by `teishutsu submit`), by revision.
    public var submittedPlans: [SubmittedPlan] = []
    /// The log files that could not be read whole (missing, or with bad rows): the figures of
    /// the service levels are not computed from partial logs.
    public var incompleteLogs: [String] = []
    /// Whether an input file could not be read as it stands (bad YAML or CSV, a wrong value):
    /// what depends on the whole of the inputs (has anything changed since it was sent?) is
    /// then not judged, rather than judged from the part that was read.
    public var hasUnreadInputs: Bool {
        // The running month's draft is read whole: what it has not said yet leaves nothing unread.
        !incompleteLogs.isEmpty || diagnostics.contains { $0.severity == .error && $0.code.area == .input && !waitsForMonthEnd($0) }
    }
    /// The reports of the month still running that are drafts (their files): read whole, their
    /// gaps not told until the month is over.
    public var draftsUnderWay: Set<String> = []

    /// Whether a finding is one the running month's draft is not told until the month is over:
    /// in such a draft, what it has not said yet (a gap, a section, a status).
    public func waitsForMonthEnd(_ diagnostic: Diagnostic) -> Bool {
        guard let file = diagnostic.span?.file, draftsUnderWay.contains(file) else { return false }
        return diagnostic.code.isDraftGap || diagnostic.code.isNotYetSaid
    }
    /// What `teishutsu submit` recorded, by document.
    public var records: [SubmittedDocument: SubmissionRecord] = [:]
    /// The incident reports of `incidents/`, by ID order.
    public var incidentReports: [IncidentReport] = []
    /// 甲's requests of `requests/`, by ID order.
    public var requests: [ServiceRequest] = []
    /// `closing.yaml`, once the contract's end has come.
    public var closing: ClosingRecord?
    public var diagnostics: [Diagnostic] = []
    public var sources = SourceTexts()
    /// The folders its files may be read from: the folder itself and those allowed on the command line.
    public let confinement: Confinement

    public static let contractFile = "contract.yaml"
    public static let planFile = "plan.yaml"
    public static let incidentsFolder = "incidents"
    public static let requestsFolder = "requests"
    public static let closingFile = "closing.yaml"
    public static let defaultCatalogPath = "catalog/requirements.yaml"

    public init(path: String, allowed: [String] = []) {
        self.path = path
        confinement = Confinement(folder: path, allowed: allowed)
    }

    /// Loads the contract, the plan and the requirement catalog; every problem is recorded.
    /// - Parameter allowed: folders outside the contract folder that its files may name (`--allow-path`).
    public static func load(_ path: String, allowed: [String] = [], workers: Int = Parallel.cores) -> ContractFolder {
        var folder = ContractFolder(path: path, allowed: allowed)
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        guard exists, isDirectory.boolValue else {
            folder.diagnostics.append(.error(
                .input(.pathMissing),
                exists ? Message(ja: "\(path) はフォルダではありません", en: "\(path) is not a folder")
                    : InputFile.missing(path, ja: "契約フォルダ \(path)", en: "the contract folder \(path)"),
                expected: Message(ja: "contract.yaml と plan.yaml のあるフォルダ", en: "a folder with contract.yaml and plan.yaml"),
                at: nil))
            return folder
        }
        // The YAML files are parsed on every core; what they hold is then taken in a fixed
        // order, so that diagnostics come out the same on any machine.
        let reportsFolder = Paths.join(path, Self.reportsFolder)
        let reportNames = ((try? FileManager.default.contentsOfDirectory(atPath: reportsFolder)) ?? [])
            .filter { Self.isYAMLName($0) && !$0.hasPrefix(".") }.sorted()
        let submittedFolder = Paths.join(path, Self.submittedFolder)
        let submittedListing = ((try? FileManager.default.contentsOfDirectory(atPath: submittedFolder)) ?? []).sorted()
        let submittedNames = submittedListing.filter { $0.hasPrefix("plan-r") && $0.hasSuffix(".yaml") && !$0.hasSuffix(Self.recordSuffix) }
        let recordNames = submittedListing.filter { $0.hasSuffix(Self.recordSuffix) }
        func yamlFiles(_ folder: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: Paths.join(path, folder))) ?? [])
                .filter { Self.isYAMLName($0) && !$0.hasPrefix(".") }.sorted()
        }
        let incidentNames = yamlFiles(Self.incidentsFolder), requestNames = yamlFiles(Self.requestsFolder)
        let closingPath = Paths.join(path, Self.closingFile)
        let hasClosing = FileManager.default.fileExists(atPath: closingPath)
        let jobs: [(file: String, schema: ObjectSchema)] =
            [(Paths.join(path, Self.contractFile), ContractSchema.root), (Paths.join(path, Self.planFile), PlanSchema.root)]
            + reportNames.map { (Paths.join(reportsFolder, $0), ReportSchema.root) }
            + submittedNames.map { (Paths.join(submittedFolder, $0), PlanSchema.root) }
            + recordNames.map { (Paths.join(submittedFolder, $0), SubmissionSchema.root) }
            + incidentNames.map { (Paths.join(Paths.join(path, Self.incidentsFolder), $0), IncidentReportSchema.root) }
            + requestNames.map { (Paths.join(Paths.join(path, Self.requestsFolder), $0), RequestSchema.root) }
            + (hasClosing ? [(closingPath, ClosingSchema.root)] : [])
        let confinement = folder.confinement
        let firstRecord = 2 + reportNames.count + submittedNames.count, recordsEnd = firstRecord + recordNames.count
        // What every folder needs (once per process: see makeShared) is made by the first job
        // that needs it, or by the last job, unless prepareShared has had it made already. (As
        // the first job, it kept a worker waiting on the thread prepareShared started, while the
        // files waited for a core: 1.6 ms of a 20 ms validate.) The contract's calendar is made,
        // and a submission record's files are hashed, by the worker that parsed the file.
        let firstSubmitted = 2 + reportNames.count
        @Sendable func model(_ job: Int) -> ParsedFile.Model? {
            switch job {
            case 0: .contract
            case 1: .plan
            case 2..<firstSubmitted: .report(fileMonth: YearMonth(Self.monthStem(reportNames[job - 2])))
            case firstSubmitted..<firstRecord: .submittedPlan
            case firstRecord..<recordsEnd: .record
            default: nil
            }
        }
        // The longest first (the plan and its submitted revisions), the submission records (hashing
        // a few files each) last: the workers then finish together.
        let order = [1] + Array(firstSubmitted..<firstRecord) + [0] + Array(2..<firstSubmitted) + Array(recordsEnd..<jobs.count)
            + Array(firstRecord..<recordsEnd)
        // A report's logs are read by the worker that parsed it, unless another one has.
        let logs = LogReadAhead()
        let results = Parallel.map(order.count + 1, workers: workers) { index -> ParsedFile? in
            guard index < order.count else {
                makeShared()
                return nil
            }
            let job = order[index]
            return ParsedFile(jobs[job].file, schema: jobs[job].schema, confinement: confinement, model: model(job), logs: logs)
        }
        var inOrder = [ParsedFile?](repeating: nil, count: jobs.count)
        for (position, job) in order.enumerated() { inOrder[job] = results[position] }
        let parsed = inOrder.map { $0! }
        folder.loadContract(parsed[0])
        folder.loadCatalog()
        folder.loadPlan(parsed[1])
        folder.loadReports(Array(zip(reportNames, parsed[2..<firstSubmitted])), readAhead: logs, workers: workers)
        let unreadableCopies = folder.loadSubmitted(Array(zip(submittedNames, parsed[firstSubmitted..<firstRecord])))
        folder.loadRecords(Array(parsed[firstRecord..<recordsEnd]))
        // A copy recorded as sent that cannot be read is an error at it (SUBMIT-file-…), which
        // says why: a warning only for a copy with no record.
        for (number, warning) in unreadableCopies where folder.records[.plan(revision: number)] == nil {
            folder.diagnostics.append(warning)
        }
        folder.alteredPlanCopies = untrustedPlanCopies(records: folder.records, submittedPlans: folder.submittedPlans)
        let incidentsEnd = recordsEnd + incidentNames.count
        for (name, file) in zip(incidentNames, parsed[recordsEnd..<incidentsEnd]) {
            if let value = folder.take(file) { folder.incidentReports.append(IncidentReport(value, source: file.file, fileID: Self.stem(name))) }
        }
        let requestsEnd = incidentsEnd + requestNames.count
        for (name, file) in zip(requestNames, parsed[incidentsEnd..<requestsEnd]) {
            if let value = folder.take(file) { folder.requests.append(ServiceRequest(value, source: file.file, fileID: Self.stem(name))) }
        }
        if hasClosing, let value = folder.take(parsed[requestsEnd]) { folder.closing = ClosingRecord(value, source: closingPath) }
        return folder
    }

    /// A YAML file read and checked against its schema, not yet taken into the folder.
    struct ParsedFile: Sendable {
        let file: String
        let value: ObjectValue?
        let diagnostics: [Diagnostic]
        let sources: SourceTexts
        /// A submission record, with the SHA-256 of its files as they are now.
        var record: SubmissionRecord?
        /// The contract, with its calendar.
        var contract: Contract?
        /// The plan, or a submitted revision of it (read whole).
        var plan: Plan?
        /// A monthly report, without its log files yet.
        var report: Report?
        /// The log files it names, with their schemas (paths from the working folder).
        var logRequests: [LogRequest] = []

        /// What is made of the value where it was parsed.
        enum Model { case record, contract, plan, submittedPlan, report(fileMonth: YearMonth?) }

        /// - Parameter logs: where a report's log files are read (see ``LogReadAhead``).
        init(_ file: String, schema: ObjectSchema, confinement: Confinement, model: Model? = nil, logs: LogReadAhead? = nil) {
            var sources = SourceTexts()
            (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: schema, confinement: confinement, sources: &sources)
            self.file = file
            self.sources = sources
            guard let value else { return }
            switch model {
            case .record where !diagnostics.hasErrors: record = Self.hashed(SubmissionRecord(value, source: file), confinement: confinement)
            case .contract: contract = Contract(value, source: file)
            case .plan: plan = Plan(value, source: file)
            case .submittedPlan where !diagnostics.hasErrors: plan = Plan(value, source: file)
            case .report(let fileMonth):
                let report = Report(value, source: file, fileMonth: fileMonth)
                self.report = report
                logRequests = ContractFolder.logRequests(report)
                for request in logRequests { logs?.read(request.file, schema: request.kind.schema, confinement: confinement) }
            default: break
            }
        }

        /// The record with the SHA-256 of each file it names beside it, as the file is now.
        static func hashed(_ record: SubmissionRecord, confinement: Confinement) -> SubmissionRecord {
            var record = record
            let folder = Paths.parent(record.source)
            for index in record.files.indices {
                let name = record.files[index].name.value
                // A recorded name is a file beside the record, nothing else.
                guard !name.contains("/"), !name.hasPrefix(".") else { continue }
                if case .success(let bytes) = InputFile.readBytes(path: Paths.join(folder, name), displayPath: Paths.join(folder, name),
                                                                   limit: ContractFolder.maximumSubmittedBytes, confinement: confinement) {
                    record.files[index].actualSHA256 = SHA256.hex(bytes)
                }
            }
            return record
        }
    }

    public static let submittedFolder = "submitted"

    /// The file of a submitted revision.
    public static func submittedPlanName(_ number: Int) -> String { "plan-r\(number).yaml" }

    /// Returns the warning of each copy that cannot be read, by revision.
    mutating func loadSubmitted(_ files: [(name: String, parsed: ParsedFile)]) -> [(Int, Diagnostic)] {
        var unreadable: [(Int, Diagnostic)] = []
        for (name, parsed) in files {
            guard let number = Int(name.dropFirst("plan-r".count).dropLast(".yaml".count)) else { continue }
            let file = parsed.file
            guard let plan = parsed.plan else {
                // Why, in the words of the first problem found in it, and where.
                let reason = parsed.diagnostics.first { $0.severity == .error }
                unreadablePlanCopies[number] = reason?.message
                unreadable.append((number, .warning(
                    .plan(.revisionSubmittedUnreadable),
                    Message(ja: "提出済みの計画書 \(file) を読めないため" + (reason.map { "（\($0.message.japanese)）" } ?? "") + "、変更の確認をしていません",
                            en: "the submitted plan \(file) cannot be read" + (reason.map { " (\($0.message.english))" } ?? "") + ", so changes are not checked against it"),
                    at: reason?.span ?? .file(file))))
                continue
            }
            submittedPlans.append(SubmittedPlan(number: number, path: file, plan: plan))
        }
        submittedPlans.sort { $0.number < $1.number }
        return unreadable
    }

    public static let recordSuffix = ".record.yaml"
    /// Submitted files are the documents teishutsu wrote: bounded like drafts.
    public static let maximumSubmittedBytes = 64 * 1024 * 1024

    /// The measures, requests and incident reports that run across the months.
    public var duties: Duties { Duties(reports: reports, requests: requests, incidentReports: incidentReports) }

    /// The plan as it stood on any day: the current one and the submitted revisions.
    public var planHistory: PlanHistory { PlanHistory(current: plan, submitted: submittedPlans) }

    /// The copies of plan revisions as sent that could not be read, with the first reason found.
    public var unreadablePlanCopies: [Int: Message] = [:]

    /// The plan revisions recorded as sent whose copy (`submitted/plan-rN.yaml`) cannot be
    /// trusted to be what was sent: changed since (its content, or its bytes where an earlier
    /// version's record kept those), gone or unreadable. The error at the copy or its record says
    /// so; nothing is judged against such a revision (what was sent cannot be known from it),
    /// rather than every month of it told its plan changed.
    public private(set) var alteredPlanCopies: Set<Int> = []

    /// Works out ``alteredPlanCopies`` once the copies and the records are read.
    private static func untrustedPlanCopies(records: [SubmittedDocument: SubmissionRecord], submittedPlans: [SubmittedPlan]) -> Set<Int> {
        var untrusted: Set<Int> = []
        for (document, record) in records {
            guard case .plan(let number) = document else { continue }
            let copy = submittedPlans.first { $0.number == number }
            if let recorded = record.inputs.first(where: { $0.name == .plan }) {
                if copy?.plan.value.canonicalSHA256 != recorded.sha256 { untrusted.insert(number) }
            } else if let file = record.files.first(where: { $0.name.value == Self.submittedPlanName(number) }),
                      file.actualSHA256 != file.sha256 {
                untrusted.insert(number)
            }
        }
        return untrusted
    }

    /// The plan as in force on a day (its revision then, as sent), else the current one: an
    /// incident is judged by what the plan promised when it was detected.
    public func plan(inForceOn day: CivilDate?) -> Plan? {
        day.flatMap { planHistory.inForce(on: $0)?.plan } ?? plan
    }

    public static let supersededFolder = "superseded"

    /// The document's submissions as of `today`: the first (what a deadline is met by) and the
    /// latest (what the document says now: a correction, when there was one by then). A
    /// correction recorded later does not undo the submission it corrects.
    public func submissions(_ document: SubmittedDocument, asOf today: CivilDate?) -> (first: CivilDate, latest: CivilDate)? {
        guard let record = records[document], let last = record.submittedOn?.value else { return nil }
        let known = (record.corrects + [last]).filter { day in today.map { day <= $0 } ?? true }
        guard let first = known.first, let latest = known.last else { return nil }
        return (first, latest)
    }

    /// The day of the document's latest correction by `today` (nil: none, or not corrected).
    public func correctedOn(_ document: SubmittedDocument, asOf today: CivilDate?) -> CivilDate? {
        submissions(document, asOf: today).flatMap { $0.latest == $0.first ? nil : $0.latest }
    }

    /// The earlier submissions the document as recorded corrects (its record says them), as of
    /// `today`: none when the record is dated after it, or when there is none.
    public func corrects(_ document: SubmittedDocument, today: CivilDate? = nil) -> [CivilDate] {
        guard let record = records[document], let sent = record.submittedOn?.value, today.map({ sent <= $0 }) ?? true else { return [] }
        return record.corrects
    }

    /// The day each month's report as it stood on `today` was submitted: its latest submission
    /// by then (the one a later correction corrects, when judged before it).
    public func reportSubmissionDays(asOf today: CivilDate?) -> [YearMonth: CivilDate] {
        var days: [YearMonth: CivilDate] = [:]
        for document in records.keys {
            if case .report(let month) = document, let day = submissions(document, asOf: today)?.latest { days[month] = day }
        }
        return days
    }

    /// The submission records, each with the SHA-256 of its files as they are now (hashed as they were parsed).
    mutating func loadRecords(_ files: [ParsedFile]) {
        var recordFiles: [SubmittedDocument: String] = [:]
        for parsed in files {
            sources.merge(parsed.sources)
            diagnostics += parsed.diagnostics
            guard let record = parsed.record, let document = record.document else { continue }
            let named = String(parsed.file.split(separator: "/").last ?? Substring(parsed.file))
            if named != document.stem + Self.recordSuffix {
                diagnostics.append(.error(
                    .record(.recordFileName),
                    Message(ja: "提出記録 \(named) は「\(document.stem)」の記録です。ファイル名は \(document.stem)\(Self.recordSuffix) のはずです",
                            en: "the submission record \(named) records \(document.stem); it should be named \(document.stem)\(Self.recordSuffix)"),
                    expected: Message(ja: "\(document.stem)\(Self.recordSuffix)", en: "\(document.stem)\(Self.recordSuffix)"),
                    at: record.subjectSpan ?? .file(parsed.file)))
            }
            if let earlier = recordFiles[document] {
                diagnostics.append(.error(
                    .record(.recordDuplicate),
                    Message(ja: "\(document.stem) の提出記録が二つあります（\(earlier) と \(named)）",
                            en: "\(document.stem) has two submission records (\(earlier) and \(named))"),
                    expected: Message(ja: "一つの文書に一つの記録", en: "one record per document"), at: record.subjectSpan ?? .file(parsed.file)))
                continue
            }
            recordFiles[document] = named
            records[document] = record
        }
    }

    public static let reportsFolder = "reports"

    /// `2024-03.yaml` → `2024-03`: what a report's file name says its month is.
    static func monthStem(_ name: String) -> String { String(name.prefix { $0 != "." }) }

    /// Every `reports/*.yaml`, with their logs; a CSV shared by several reports is read once.
    /// The log files are read on up to `workers` cores first, then taken in report order.
    mutating func loadReports(_ files: [(name: String, parsed: ParsedFile)], readAhead: LogReadAhead? = nil, workers: Int = 1) {
        var logs = readAhead.map { LogCache(readAhead: $0) } ?? LogCache()
        logs.read(files.flatMap(\.parsed.logRequests), confinement: confinement, workers: workers)
        var monthFiles: [YearMonth: String] = [:]
        for (name, parsed) in files {
            let file = parsed.file
            let fileMonth = YearMonth(Self.monthStem(name))
            if let month = fileMonth {
                if let earlier = monthFiles[month] {
                    diagnostics.append(.error(
                        .report(.fileName),
                        Message(ja: "\(month) の報告書が二つあります（\(earlier) と \(name)）。一つにしてください",
                                en: "there are two reports for \(month) (\(earlier) and \(name)); keep one"),
                        expected: Message(ja: "一か月に一つの報告書（YYYY-MM.yaml）", en: "one report per month (YYYY-MM.yaml)"), at: .file(file)))
                    sources.merge(parsed.sources)
                    diagnostics += parsed.diagnostics
                    continue
                }
                monthFiles[month] = name
            }
            if fileMonth == nil {
                diagnostics.append(.error(
                    .report(.fileName),
                    Message(ja: "報告書のファイル名は YYYY-MM.yaml（例: 2024-03.yaml）にしてください: \(name)",
                            en: "report files are named YYYY-MM.yaml (e.g. 2024-03.yaml): \(name)"),
                    expected: Message(ja: "YYYY-MM.yaml", en: "YYYY-MM.yaml"), at: .file(file)))
            }
            if let report = loadReport(parsed, logs: &logs) { reports.append(report) }
        }
        diagnostics += logs.diagnostics
        incompleteLogs = logs.incomplete
        reports.sort { ($0.month?.value ?? YearMonth(year: 0, month: 1)) < ($1.month?.value ?? YearMonth(year: 0, month: 1)) }
    }

    /// A log file a report names, as a path from the working folder.
    struct LogRequest: Sendable {
        let kind: LogKind
        let file: String
        /// Where the report names it.
        let reference: SourceSpan
    }

    /// The log files a report names (not those it also gives inline: that is an error of its own).
    static func logRequests(_ report: Report) -> [LogRequest] {
        LogKind.allCases.compactMap { kind in
            report.logFiles[kind].flatMap { path in
                report.inlinePresence(kind).isPresent ? nil : LogRequest(kind: kind, file: logFile(path.value, of: report), reference: path.span)
            }
        }
    }

    /// Takes one report in, with the logs it names (paths are relative to the report's folder).
    mutating func loadReport(_ parsed: ParsedFile, logs: inout LogCache) -> Report? {
        sources.merge(parsed.sources)
        self.diagnostics += parsed.diagnostics
        guard var report = parsed.report else { return nil }
        for kind in LogKind.allCases {
            guard let path = report.logFiles[kind] else { continue }
            if report.inlinePresence(kind).isPresent {
                self.diagnostics.append(.error(
                    .report(.logTwice),
                    Message(ja: "\(kind.key) がファイル（logs.\(kind.key)）と直接記載の両方にあります", en: "\(kind.key) is given both as a file (logs.\(kind.key)) and inline"),
                    expected: Message(ja: "どちらか一方", en: "one of the two"), at: path.span))
                continue
            }
            // Named is given: a file that cannot be read has its own error.
            report.givenLogs.insert(kind)
            guard let request = parsed.logRequests.first(where: { $0.kind == kind }),
                  let rows = logs.rows(request.file, schema: kind.schema, reference: request.reference, confinement: confinement, sources: &sources)
            else { continue }
            switch kind {
            case .incidents: report.incidents = logs.incidents(request.file, rows)
            case .maintenance: report.maintenance = logs.maintenance(request.file, rows)
            case .inquiries: report.inquiries = logs.inquiries(request.file, rows)
            }
        }
        return report
    }

    /// A log file a report names, as a path from the working folder (names are relative to the report's folder).
    public static func logFile(_ path: String, of report: Report) -> String {
        let base = Paths.parent(report.source)
        return Paths.normalized(path.hasPrefix("/") ? path : Paths.join(base, path))
    }

    /// A parsed file's sources and problems taken in; its value, when it was read.
    mutating func take(_ parsed: ParsedFile) -> ObjectValue? {
        sources.merge(parsed.sources)
        diagnostics += parsed.diagnostics
        return parsed.value
    }

    /// `INC-2025-004.yaml` → `INC-2025-004` (`.yml`, and either in capitals as Windows may save them).
    static func stem(_ name: String) -> String {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") ? String(name.dropLast(5)) : lower.hasSuffix(".yml") ? String(name.dropLast(4)) : name
    }

    /// A YAML file's name: `.yaml` or `.yml`, in any case (`2025-09.YAML` is read, not skipped).
    public static func isYAMLName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
    }

    mutating func loadContract(_ parsed: ParsedFile) {
        sources.merge(parsed.sources)
        diagnostics += parsed.diagnostics
        contract = parsed.contract
    }

    mutating func loadPlan(_ parsed: ParsedFile) {
        sources.merge(parsed.sources)
        diagnostics += parsed.diagnostics
        plan = parsed.plan
    }

    /// The contract's own catalog when it names one, else the shipped one.
    mutating func loadCatalog() {
        if let custom = contract?.catalogPath {
            let file = Paths.join(path, custom.value)
            let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: CatalogSchema.root, confinement: confinement,
                                                       reference: custom.span, sources: &sources)
            if diagnostics.contains(where: { $0.code == .input(.fileMissing) }) {
                self.diagnostics.append(.error(
                    .contract(.catalogMissing),
                    Message(ja: "要件一覧ファイル \(file) がありません", en: "the requirement catalog \(file) does not exist"),
                    expected: Message(ja: "契約フォルダからの相対パス", en: "a path relative to the contract folder"),
                    at: custom.span))
                return
            }
            self.diagnostics += diagnostics
            // A file that is not a catalog (or one with errors) is no catalog: its problems are
            // told, and the plan is not judged against what could be read of it.
            if let value, !diagnostics.hasErrors { catalog = RequirementCatalog(value, source: file) }
            return
        }
        catalog = Self.shippedCatalog
    }

    /// Makes what every folder needs once per process (the schemas of its files, the shipped
    /// catalog, the national holidays) on another thread, for a caller that has other work
    /// first: `load` then finds it ready, or waits for it to be finished.
    public static func prepareShared() {
        DispatchQueue.global().async { makeShared() }
    }

    /// What every folder needs, made once per process (later calls find it made).
    static func makeShared() {
        _ = (ContractSchema.root, PlanSchema.root, ReportSchema.root, SubmissionSchema.root, IncidentReportSchema.root,
             RequestSchema.root, ClosingSchema.root)
        // The calendar first: a contract needs it as soon as it is parsed, the catalog only once
        // every file is.
        _ = (ClosedDayCalendar.standard, shippedCatalog)
    }

    /// The catalog of DOMAIN §3, shipped in Templates/catalog/.
    public static let shippedCatalog: RequirementCatalog = {
        guard let text = DefaultTemplates.text(defaultCatalogPath) else {
            fatalError("Templates/\(defaultCatalogPath) is not embedded in this build")
        }
        let (value, diagnostics) = YAMLLoader.parse(text, file: "Templates/" + defaultCatalogPath, schema: CatalogSchema.root)
        guard let value, diagnostics.isEmpty else {
            fatalError("the shipped catalog is invalid: \(diagnostics.map(\.message.english))")
        }
        return RequirementCatalog(value, source: "Templates/" + defaultCatalogPath)
    }()
}
