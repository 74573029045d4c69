import DocumentModel
import ServiceLevels

/// A monthly performance report (サービス実績報告書) as a document.
public struct ReportDocument: Document {
    public let computation: ReportComputation
    public let plan: Plan?
    public let contract: Contract

    public init(_ computation: ReportComputation, plan: Plan?, contract: Contract) {
        self.computation = computation
        self.plan = plan
        self.contract = contract
    }

    public var kind: DocumentKind { .report }
    public var stem: String { "report-\(computation.month)" }

    public func view() -> ViewNode {
        ReportView.make(computation, plan: plan, contract: contract)
    }

    /// The contract, the report as written, the month's log records inline (in place of the
    /// paths of the log files), and the computed figures.
    public func xmlContent() -> ObjectValue {
        let c = computation
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
}
