import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels
import Validation

/// `teishutsu validate PATH`: a contract folder, a single YAML file, a CSV log, or a draft
/// document (XML or HTML) — each checked with the same rules.
public enum Inputs {
    public static func validate(_ path: String, today: CivilDate?, allowed: [String] = [], workers: Int = Parallel.cores) -> RunReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            var report = RunReport()
            report.diagnostics = [.error(.input(.pathMissing), InputFile.missing(path, ja: path, en: path), at: nil)]
            return report
        }
        if isDirectory.boolValue {
            let (folder, report, computations) = Pipeline.check(folder: path, today: today, allowed: allowed, workers: workers)
            // On its own (several cores), the folder's model and figures are freed on another
            // core; in a batch (one core per folder, every core busy) here, so that memory stays flat.
            if workers > 1 { Parallel.release((folder, computations)) }
            return report
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".xml") { return xmlDraft(path) }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") { return htmlDraft(path) }
        if lower.hasSuffix(".csv") { return csvLog(path) }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return yamlFile(path, today: today, allowed: allowed) }
        var report = RunReport()
        report.diagnostics = [.error(.input(.fileUnknownKind),
                                     Message(ja: "\(path) の種類がわかりません（フォルダ、.yaml、.csv、.xml、.html のいずれか）",
                                             en: "\(path) is not a kind teishutsu reads (a folder, .yaml, .csv, .xml or .html)"), at: nil)]
        return report
    }

    /// A draft's bytes: a regular file within the drafts' size limit.
    static func read(_ path: String) -> (Data?, Diagnostic?) {
        switch InputFile.readBytes(path: path, displayPath: path, limit: Drafts.maximumBytes) {
        case .success(let bytes): return (Data(bytes), nil)
        case .failure(let problem): return (nil, problem)
        }
    }

    // MARK: - XML drafts

    static func xmlDraft(_ path: String) -> RunReport {
        var report = RunReport()
        let (data, problem) = read(path)
        guard let data else {
            report.diagnostics = problem.map { [$0] } ?? []
            return report
        }
        if let text = String(data: data, encoding: .utf8) { report.sources.add(path, text: text) }
        let (content, diagnostics) = Drafts.readXML(data, file: path)
        report.diagnostics = diagnostics
        guard let content, !diagnostics.hasErrors else { return report }
        switch content.kind {
        case .plan:
            let (contract, document, _, _) = XMLDocumentType.plan.parts(of: content.value, document: PlanSchema.root, source: path)
            guard let contract else { return report }
            report.diagnostics += ContractRules.check(contract)
            let catalog = contract.catalogPath.flatMap { catalogNear(path, $0.value) } ?? ContractFolder.shippedCatalog
            report.diagnostics += PlanRules.check(Plan(document, source: path), contract: contract, catalog: catalog)
        case .report:
            let (contract, document, stated, asOf) = XMLDocumentType.report.parts(of: content.value, document: ReportSchema.root, source: path)
            guard let contract else { return report }
            report.diagnostics += ContractRules.check(contract)
            let draft = Report(document, source: path, fileMonth: nil)
            var sla: ServiceLevelResult?
            if let month = draft.month?.value {
                let computed = ReportComputer.compute(draft, month: month, contract: contract, logs: FolderLogs([draft]),
                                                      plans: PlanHistory(current: nil, submitted: []), submittedOn: asOf)
                sla = computed.serviceLevels
                if let stated {
                    report.diagnostics += DraftRules.compare(stated: stated, computed: ServiceLevelFigures.xml(computed.serviceLevels, at: .file(path)))
                }
            }
            report.diagnostics += ReportRules.check(draft, plan: nil, contract: contract, serviceLevels: sla)
        case .incident, .closing, .annual:
            // Written by build from a folder's files: its XSD and schema are what a copy answers to.
            break
        }
        report.diagnostics = Pipeline.unique(report.diagnostics)
        return report
    }

    static func catalogNear(_ path: String, _ relative: String) -> RequirementCatalog? {
        let file = Paths.join(Paths.parent(path), relative)
        var scratch = SourceTexts()
        let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: CatalogSchema.root, sources: &scratch)
        guard let value, !diagnostics.hasErrors else { return nil }
        return RequirementCatalog(value, source: file)
    }

    // MARK: - HTML drafts

    static func htmlDraft(_ path: String) -> RunReport {
        var report = RunReport()
        let (data, problem) = read(path)
        guard let data else {
            report.diagnostics = problem.map { [$0] } ?? []
            return report
        }
        if let text = String(data: data, encoding: .utf8) { report.sources.add(path, text: text) }
        report.diagnostics = Drafts.checkHTML(data, file: path).1
        return report
    }

    // MARK: - CSV logs

    static func csvLog(_ path: String) -> RunReport {
        var report = RunReport()
        let (data, problem) = read(path)
        guard let data, let text = String(data: data, encoding: .utf8) else {
            report.diagnostics = [problem ?? .error(.input(.fileNotUTF8), Message(ja: "\(path) は UTF-8 ではありません", en: "\(path) is not UTF-8"), at: .file(path))]
            return report
        }
        let schema = LogKind.guess(header: String(text.prefix { $0 != "\n" && $0 != "\r" })).schema
        let (rows, diagnostics) = LogLoader.load(path: path, displayPath: path, schema: schema, sources: &report.sources)
        var draft = Report.empty(source: path)
        switch schema.name {
        case LogSchema.incident.name: draft.incidents = LargeBuffers.compactMap(rows, Incident.init)
        case LogSchema.maintenance.name: draft.maintenance = LargeBuffers.compactMap(rows, MaintenanceWindow.init)
        default: draft.inquiries = LargeBuffers.compactMap(rows, Inquiry.init)
        }
        report.diagnostics = diagnostics + LogRules.check(draft)
        return report
    }

    // MARK: - Single YAML files

    static func yamlFile(_ path: String, today: CivilDate?, allowed: [String]) -> RunReport {
        let directory = Paths.parent(path)
        let name = (path as NSString).lastPathComponent
        // The folder a file of the contract folder sits in: reports/, incidents/ or requests/.
        let subfolder = (directory as NSString).lastPathComponent
        let inSubfolder = [ContractFolder.reportsFolder, ContractFolder.incidentsFolder, ContractFolder.requestsFolder].contains(subfolder)
        let folder = inSubfolder ? Paths.parent(directory) : directory
        let folderPath = folder.isEmpty ? "." : folder
        // Inside a contract folder: the folder's rules, for this file (and the logs it names).
        if FileManager.default.fileExists(atPath: Paths.join(folderPath, ContractFolder.contractFile)),
           [ContractFolder.contractFile, ContractFolder.planFile, ContractFolder.closingFile].contains(name) || inSubfolder {
            var report = Pipeline.validate(folder: folderPath, today: today, allowed: allowed).1
            let file = inSubfolder ? Paths.join(Paths.join(folderPath, subfolder), name) : Paths.join(folderPath, name)
            let logFiles = Set(report.diagnostics.compactMap(\.span?.file).filter { $0.hasSuffix(".csv") })
            let isReport = subfolder == ContractFolder.reportsFolder
            report.diagnostics = report.diagnostics.filter { d in
                guard let span = d.span else { return false }
                return span.file == file || (isReport && logFiles.contains(span.file))
            }
            return report
        }
        // On its own: the file's schema and the rules that need nothing else. Its kind from its
        // name, the folder it is in, the schema its editor header names, or else its keys.
        let schema: ObjectSchema
        switch (name, subfolder) {
        case (ContractFolder.contractFile, _): schema = ContractSchema.root
        case (ContractFolder.planFile, _): schema = PlanSchema.root
        case (ContractFolder.closingFile, _): schema = ClosingSchema.root
        case (_, ContractFolder.reportsFolder): schema = ReportSchema.root
        case (_, ContractFolder.incidentsFolder): schema = IncidentReportSchema.root
        case (_, ContractFolder.requestsFolder): schema = RequestSchema.root
        default:
            guard case .success(let text) = InputFile.read(path: path, displayPath: path, limit: YAMLLoader.maximumBytes) else {
                // The file cannot be read: loading it as any kind says why.
                return yamlFile(path, schema: CatalogSchema.root)
            }
            let kinds: [InputFileKind] = [.plan, .report, .contract, .catalog, .incident, .request, .closing]
            if let named = kinds.first(where: { text.contains("/\($0.rawValue).schema.json") }) {
                schema = named.schema
            } else {
                schema = YAMLLoader.likelySchema(of: text, among: kinds.map(\.schema))
            }
        }
        return yamlFile(path, schema: schema)
    }

    /// A YAML file on its own, of a known kind: its schema and the rules that need nothing else.
    static func yamlFile(_ path: String, schema: ObjectSchema) -> RunReport {
        var report = RunReport()
        let (value, diagnostics) = YAMLLoader.load(path: path, displayPath: path, schema: schema, sources: &report.sources)
        report.diagnostics = diagnostics
        guard let value else { return report }
        switch schema.name {
        case PlanSchema.root.name:
            report.diagnostics += PlanRules.check(Plan(value, source: path), contract: nil, catalog: ContractFolder.shippedCatalog)
        case ContractSchema.root.name:
            report.diagnostics += ContractRules.check(Contract(value, source: path))
        case CatalogSchema.root.name:
            report.diagnostics += ContractRules.check(RequirementCatalog(value, source: path))
        case ReportSchema.root.name:
            report.diagnostics += LogRules.check(Report(value, source: path, fileMonth: nil))
        default:
            // An incident report, a request or a closing record: its rules need the contract
            // folder (the logs, the plan, the contract's dates); its schema is checked above.
            break
        }
        return report
    }
}
