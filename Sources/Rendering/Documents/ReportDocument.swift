import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// A monthly performance report (サービス実績報告書) as a document.
public struct ReportDocument: CorrectableDocument {
    public let computation: ReportComputation
    public let plan: Plan?
    public let contract: Contract
    /// The measures, requests and incident reports the report shows.
    public let duties: Duties
    /// Print the tool's identifiers beside the headings (`--show-ids`, for drafting).
    public var showIDs = false
    /// The days of the earlier submissions this one corrects (訂正版), oldest first.
    public var corrects: [CivilDate] = []
    /// A report is dated by its computation (the day it is submitted): this is not used.
    public var issuedOn: CivilDate?

    public init(_ computation: ReportComputation, plan: Plan?, contract: Contract, duties: Duties = .none) {
        self.duties = duties
        self.computation = computation
        self.plan = plan
        self.contract = contract
    }

    public var kind: DocumentKind { .report }
    public var stem: String { "report-\(computation.month)" }
    public var date: CivilDate? { computation.documentDate }

    public func view() -> ViewNode {
        ReportView.make(computation, plan: plan, contract: contract, duties: duties, showIDs: showIDs, corrects: corrects)
    }

    public func xmlContent() -> ObjectValue {
        let c = computation
        return XMLDocumentType.reportContent(
            report: c.report, contract: contract,
            logs: [.incidents: c.incidents.map(\.row), .maintenance: c.maintenance.map(\.row), .inquiries: c.inquiries.map(\.row)],
            asOf: c.documentDate,
            figures: ServiceLevelFigures.xml(c.serviceLevels, at: c.report.value.span), planRevision: c.plan?.revision,
            requests: duties.requests(in: c.month), corrects: corrects)
    }
}
