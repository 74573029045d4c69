import DocumentModel
import Foundation
import Loading
import Rendering
import ServiceLevels
import Validation

/// The result of one validation or build.
public struct RunReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var sources = SourceTexts()
    /// Output files written (paths as printed), and those already up to date.
    public var written: [String] = []
    public var unchanged: [String] = []
    public var outputFolder: String?

    public init() {}

    public var hasErrors: Bool { diagnostics.hasErrors }
}

/// Every command is one walk down the same road: load, validate, render, write.
public enum Pipeline {
    /// Loads a contract folder and runs every rule on it.
    public static func validate(folder path: String) -> (ContractFolder, RunReport) {
        let (folder, report, _) = check(folder: path)
        return (folder, report)
    }

    /// Loads, computes and validates: what `validate` prints and `build` renders from.
    static func check(folder path: String) -> (ContractFolder, RunReport, [ReportComputation]) {
        let folder = ContractFolder.load(path)
        var report = RunReport()
        report.sources = folder.sources
        let computations = ReportComputer.compute(folder)
        report.diagnostics = unique(folder.diagnostics + rules(folder, computations: computations))
        return (folder, report, computations.0)
    }

    /// The semantic rules over what loaded.
    static func rules(_ folder: ContractFolder) -> [Diagnostic] {
        rules(folder, computations: ReportComputer.compute(folder))
    }

    static func rules(_ folder: ContractFolder, computations: ([ReportComputation], [Diagnostic])) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let contract = folder.contract { diagnostics += ContractRules.check(contract) }
        if let catalog = folder.catalog, let value = catalog.value { diagnostics += ContractRules.check(catalog, value: value) }
        if let plan = folder.plan {
            diagnostics += PlanRules.check(plan, contract: folder.contract, catalog: folder.catalog)
        }
        let (computed, logDiagnostics) = computations
        diagnostics += logDiagnostics
        let byReport = Dictionary(computed.map { ($0.report.source, $0.serviceLevels) }, uniquingKeysWith: { a, _ in a })
        for report in folder.reports {
            diagnostics += ReportRules.check(report, plan: folder.plan, contract: folder.contract, serviceLevels: byReport[report.source])
        }
        return unique(diagnostics)
    }

    /// A log shared by several reports is checked with each: keep each problem once.
    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<Diagnostic> = []
        return diagnostics.filter { seen.insert($0).inserted }
    }

    public struct BuildOptions: Sendable {
        public var folder: String
        public var output: String?
        public var templates: String?

        public init(folder: String, output: String? = nil, templates: String? = nil) {
            self.folder = folder
            self.output = output
            self.templates = templates
        }

        public var outputFolder: String { output ?? ContractFolder.join(folder, "out") }
    }

    /// Validates, renders every document and writes them all, or nothing when anything is wrong.
    public static func build(_ options: BuildOptions) -> RunReport {
        var (folder, report, computations) = check(folder: options.folder)
        report.outputFolder = options.outputFolder
        var texts = report.sources
        let templates = TemplateSet(overrides: options.templates, texts: &texts)
        report.sources = texts
        guard !report.hasErrors, let contract = folder.contract, let plan = folder.plan, let catalog = folder.catalog else {
            report.diagnostics += templates.diagnostics
            return report
        }
        let renderer = DocumentRenderer(templates: templates)
        var (files, renderDiagnostics) = renderer.renderPlan(plan: plan, contract: contract, catalog: catalog)
        for computation in computations {
            let (reportFiles, reportDiagnostics) = renderer.renderReport(computation, plan: plan, contract: contract)
            files += reportFiles
            renderDiagnostics += reportDiagnostics
        }
        report.diagnostics += unique(renderDiagnostics)
        guard !report.hasErrors else { return report }
        do {
            let result = try OutputWriter.write(files, to: options.outputFolder)
            report.written = result.written
            report.unchanged = result.unchanged
        } catch let error as OutputWriter.Failure {
            report.diagnostics.append(error.diagnostic)
        } catch {
            report.diagnostics.append(.error("output-failed", Message(ja: "出力できません: \(error)", en: "cannot write the outputs: \(error)"), at: nil))
        }
        return report
    }
}
