import DefaultTemplates
import DocumentModel
import Foundation
import ServiceLevels

/// A rendered document, not yet written.
public struct RenderedFile: Sendable {
    /// The file name in the output folder (`plan.html`).
    public let name: String
    public let contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// Turns validated documents into HTML (templates) and XML (schema), and checks both before
/// anything is written: the HTML's template names against the view, the XML against its XSD.
public struct DocumentRenderer {
    public let templates: TemplateSet
    /// What a run checks once, not once per document: template names, parsed XSDs.
    private let cache = Cache()

    private final class Cache {
        var templateChecks: [String: [Diagnostic]] = [:]
        var schemas: [String: XMLSchema?] = [:]
    }

    public init(templates: TemplateSet) {
        self.templates = templates
    }

    private func check(_ template: String, against shape: ViewShape) -> [Diagnostic] {
        if let known = cache.templateChecks[template] { return known }
        let diagnostics = templates.check(template, against: shape)
        cache.templateChecks[template] = diagnostics
        return diagnostics
    }

    private func validated(_ xml: String, as type: XMLDocumentType, file: String) -> [Diagnostic] {
        if cache.schemas[type.xsdPath] == nil {
            cache.schemas[type.xsdPath] = DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) }
        }
        return Self.validate(xml, as: type, file: file, schema: cache.schemas[type.xsdPath] ?? nil)
    }

    /// Parses and checks the plan's and the report's templates ahead of rendering; safe to
    /// run on another thread while the contract folder loads, as long as nothing else uses
    /// this renderer meanwhile.
    public func prepareTemplates() {
        _ = check("plan", against: PlanView.shape)
        _ = check("report", against: ReportView.shape)
    }

    /// Every document of a build: the plan's (when `plan` is given) and each report's, HTML
    /// and XML rendered on every core, then each XML checked against its XSD, in order. The
    /// files come back in a fixed order (plan, then the reports as given).
    public func renderAll(plan: (plan: Plan, catalog: RequirementCatalog, previous: (number: Int, value: ObjectValue)?)?,
                          reports: [ReportComputation], planValue: Plan, contract: Contract) -> ([RenderedFile], [Diagnostic]) {
        var diagnostics = templates.diagnostics
        let planCheck = plan == nil ? [] : check("plan", against: PlanView.shape)
        let reportCheck = reports.isEmpty ? [] : check("report", against: ReportView.shape)
        diagnostics += planCheck + reportCheck
        for type in [XMLDocumentType.plan, .report] where cache.schemas[type.xsdPath] == nil {
            cache.schemas[type.xsdPath] = DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) }
        }
        struct Job { let name: String; let type: XMLDocumentType; let html: () -> String?; let xml: () -> String }
        var jobs: [Job] = []
        if let plan {
            let renderHTML = !planCheck.hasErrors
            jobs.append(Job(name: "plan", type: .plan,
                            html: { renderHTML ? templates.render("plan", PlanView.make(plan: plan.plan, contract: contract, catalog: plan.catalog, previous: plan.previous)) : nil },
                            xml: { XMLWriter.document(.plan, Self.planDocument(plan: plan.plan, contract: contract)) }))
        }
        let renderReportHTML = !reportCheck.hasErrors
        for computation in reports {
            jobs.append(Job(name: "report-\(computation.month)", type: .report,
                            html: { renderReportHTML ? templates.render("report", ReportView.make(computation, plan: planValue, contract: contract)) : nil },
                            xml: { XMLWriter.document(.report, Self.reportDocument(computation, contract: contract)) }))
        }
        // Rendering reads only what is fixed by now (parsed templates, the model); each job
        // writes its own slot.
        let results = Parallel.map(jobs.count) { index in (html: jobs[index].html(), xml: jobs[index].xml()) }
        var files: [RenderedFile] = []
        for (job, result) in zip(jobs, results) {
            if let html = result.html { files.append(RenderedFile(name: job.name + ".html", contents: html)) }
            diagnostics += Self.validate(result.xml, as: job.type, file: job.name + ".xml", schema: cache.schemas[job.type.xsdPath] ?? nil)
            files.append(RenderedFile(name: job.name + ".xml", contents: result.xml))
        }
        return (files, diagnostics)
    }

    /// The plan's `plan.html` and `plan.xml`, or the problems that stop them.
    public func renderPlan(plan: Plan, contract: Contract, catalog: RequirementCatalog,
                           previous: (number: Int, value: ObjectValue)? = nil) -> ([RenderedFile], [Diagnostic]) {
        var diagnostics = templates.diagnostics + check("plan", against: PlanView.shape)
        var files: [RenderedFile] = []
        if !diagnostics.hasErrors,
           let html = templates.render("plan", PlanView.make(plan: plan, contract: contract, catalog: catalog, previous: previous)) {
            files.append(RenderedFile(name: "plan.html", contents: html))
        }
        let xml = XMLWriter.document(.plan, Self.planDocument(plan: plan, contract: contract))
        diagnostics += validated(xml, as: .plan, file: "plan.xml")
        files.append(RenderedFile(name: "plan.xml", contents: xml))
        return (files, diagnostics)
    }

    /// A report's `report-YYYY-MM.html` and `report-YYYY-MM.xml`.
    public func renderReport(_ computation: ReportComputation, plan: Plan, contract: Contract) -> ([RenderedFile], [Diagnostic]) {
        // A report whose template has a problem is stopped once, with the plan's diagnostics.
        var diagnostics = check("report", against: ReportView.shape)
        var files: [RenderedFile] = []
        let name = "report-\(computation.month)"
        if !diagnostics.hasErrors, let html = templates.render("report", ReportView.make(computation, plan: plan, contract: contract)) {
            files.append(RenderedFile(name: name + ".html", contents: html))
        }
        let xml = XMLWriter.document(.report, Self.reportDocument(computation, contract: contract))
        diagnostics += validated(xml, as: .report, file: name + ".xml")
        files.append(RenderedFile(name: name + ".xml", contents: xml))
        return (files, diagnostics)
    }

    /// The report's XML content: the log records of the month inline, the figures computed.
    public static func reportDocument(_ c: ReportComputation, contract: Contract) -> ObjectValue {
        let span = c.report.value.span
        var fields = c.report.value.fields
        fields["logs"] = nil
        fields["incidents"] = Value(.list(c.incidents.map { Value(.object($0.row.value), span: $0.row.span) }), span: span)
        fields["maintenance"] = Value(.list(c.maintenance.map { Value(.object($0.row.value), span: $0.row.span) }), span: span)
        fields["inquiries"] = Value(.list(c.inquiries.map { Value(.object($0.row.value), span: $0.row.span) }), span: span)
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        fields["service_levels"] = Value(.object(c.serviceLevels.figures(at: span)), span: span)
        return ObjectValue(schema: XMLDocumentType.report.content, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }

    /// The plan's XML content: the contract, then the plan.
    public static func planDocument(plan: Plan, contract: Contract) -> ObjectValue {
        var fields = plan.value.fields
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        return ObjectValue(schema: XMLDocumentType.plan.content, fields: fields, keySpans: [:], span: plan.value.span, hadErrors: false)
    }

    /// Checks an XML document against the shipped XSD of its type.
    public static func validate(_ xml: String, as type: XMLDocumentType, file: String) -> [Diagnostic] {
        validate(xml, as: type, file: file, schema: DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) })
    }

    static func validate(_ xml: String, as type: XMLDocumentType, file: String, schema: XMLSchema?) -> [Diagnostic] {
        guard let schema else {
            return [.error("xsd-unavailable", Message(ja: "XSD（Templates/\(type.xsdPath)）を読めません", en: "the XSD Templates/\(type.xsdPath) cannot be read"), at: nil)]
        }
        let (document, parseIssues) = XMLDocument.parse(Data(xml.utf8), url: file, kind: .xml)
        guard let document else {
            return parseIssues.map { issue in
                .error("xml-invalid", Message(ja: "生成した XML が整形式ではありません: \(issue.message)", en: "the generated XML is not well-formed: \(issue.message)"),
                       at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
            }
        }
        return schema.validate(document).map { issue in
            .error("xml-schema",
                   Message(ja: "生成した XML が XSD に適合しません: \(issue.message)", en: "the generated XML does not match its XSD: \(issue.message)"),
                   expected: Message(ja: "Templates/\(type.xsdPath) に適合する文書", en: "a document valid against Templates/\(type.xsdPath)"),
                   at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
        }
    }
}

