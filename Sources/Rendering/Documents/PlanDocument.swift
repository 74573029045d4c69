import DocumentModel

/// The service implementation plan (サービス実施計画書) as a document.
public struct PlanDocument: Document {
    public let plan: Plan
    public let contract: Contract
    public let catalog: RequirementCatalog
    /// The last revision submitted before this one, whose differences the document marks.
    public let previous: (number: Int, value: ObjectValue)?

    public init(plan: Plan, contract: Contract, catalog: RequirementCatalog, previous: (number: Int, value: ObjectValue)?) {
        self.plan = plan
        self.contract = contract
        self.catalog = catalog
        self.previous = previous
    }

    public var kind: DocumentKind { .plan }
    public var stem: String { "plan" }

    public func view() -> ViewNode {
        PlanView.make(plan: plan, contract: contract, catalog: catalog, previous: previous)
    }

    /// The contract, then the plan.
    public func xmlContent() -> ObjectValue {
        var fields = plan.value.fields
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        return ObjectValue(schema: XMLDocumentType.plan.content, fields: fields, keySpans: [:], span: plan.value.span, hadErrors: false)
    }
}
