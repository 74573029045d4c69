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

    /// The shipped XSD of `type`, parsed once per run (nil when it cannot be read).
    private func schema(_ type: XMLDocumentType) -> XMLSchema? {
        if let known = cache.schemas[type.xsdPath] { return known }
        let parsed = DefaultTemplates.text(type.xsdPath).flatMap { XMLSchema(xsd: $0) }
        cache.schemas[type.xsdPath] = .some(parsed)
        return parsed
    }

    /// Parses and checks the plan's and the report's templates ahead of rendering; safe to
    /// run on another thread while the contract folder loads, as long as nothing else uses
    /// this renderer meanwhile.
    public func prepareTemplates() {
        _ = check("plan", against: PlanView.shape)
        _ = check("report", against: ReportView.shape)
    }

    /// Every document of a build: the plan's (unless `includePlan` is false) and each report's,
    /// HTML and XML rendered on every core, then each XML checked against its XSD, in order.
    /// The files come back in a fixed order: the plan's, then the reports' as given. A document
    /// whose template has a problem gets no HTML; the problem is reported once.
    public func renderAll(plan: Plan, contract: Contract, catalog: RequirementCatalog,
                          previous: (number: Int, value: ObjectValue)?, includePlan: Bool,
                          reports: [ReportComputation]) -> ([RenderedFile], [Diagnostic]) {
        var diagnostics = templates.diagnostics
        let planCheck = includePlan ? check("plan", against: PlanView.shape) : []
        let reportCheck = reports.isEmpty ? [] : check("report", against: ReportView.shape)
        diagnostics += planCheck + reportCheck
        struct Job { let name: String; let type: XMLDocumentType; let schema: XMLSchema?; let html: () -> String?; let xml: () -> String }
        var jobs: [Job] = []
        if includePlan {
            let renderHTML = !(templates.diagnostics + planCheck).hasErrors
            jobs.append(Job(name: "plan", type: .plan, schema: schema(.plan),
                            html: { renderHTML ? templates.render("plan", PlanView.make(plan: plan, contract: contract, catalog: catalog, previous: previous)) : nil },
                            xml: { XMLWriter.document(.plan, Self.planDocument(plan: plan, contract: contract)) }))
        }
        let renderReportHTML = !(templates.diagnostics + reportCheck).hasErrors
        let reportSchema = reports.isEmpty ? nil : schema(.report)
        for computation in reports {
            jobs.append(Job(name: "report-\(computation.month)", type: .report, schema: reportSchema,
                            html: { renderReportHTML ? templates.render("report", ReportView.make(computation, plan: plan, contract: contract)) : nil },
                            xml: { XMLWriter.document(.report, Self.reportDocument(computation, contract: contract)) }))
        }
        // Rendering reads only what is fixed by now (parsed templates, the model); each job
        // writes its own slot.
        let results = Parallel.map(jobs.count) { index in (html: jobs[index].html(), xml: jobs[index].xml()) }
        var files: [RenderedFile] = []
        for (job, result) in zip(jobs, results) {
            if let html = result.html { files.append(RenderedFile(name: job.name + ".html", contents: html)) }
            diagnostics += Self.validate(result.xml, as: job.type, file: job.name + ".xml", schema: job.schema)
            files.append(RenderedFile(name: job.name + ".xml", contents: result.xml))
        }
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

    /// Checks a generated XML document against the parsed XSD of its type.
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
