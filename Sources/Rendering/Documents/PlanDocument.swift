import DocumentModel
import JapaneseCalendar

/// The service implementation plan (サービス実施計画書) as a document.
public struct PlanDocument: Document {
    public let plan: Plan
    public let contract: Contract
    public let catalog: RequirementCatalog
    /// The last revision submitted before this one, whose differences the document marks.
    public let previous: SubmittedPlan?
    /// Print the tool's identifiers beside the headings (`--show-ids`, for drafting).
    public var showIDs = false

    public init(plan: Plan, contract: Contract, catalog: RequirementCatalog, previous: SubmittedPlan?) {
        self.plan = plan
        self.contract = contract
        self.catalog = catalog
        self.previous = previous
    }

    public var kind: DocumentKind { .plan }
    public var stem: String { "plan" }
    public var date: CivilDate? { plan.currentRevision?.date.value }

    public func view() -> ViewNode {
        PlanView.make(plan: plan, contract: contract, catalog: catalog, previous: previous, showIDs: showIDs)
    }

    public func xmlContent() -> ObjectValue {
        XMLDocumentType.planContent(plan: plan, contract: contract)
    }
}
