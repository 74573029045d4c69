import DocumentModel
import Rendering

/// The input files the tool reads, by name (`teishutsu schema json plan`).
public enum InputFileKind: String, CaseIterable, Sendable {
    case contract, plan, report, catalog, incident, request, closing, incidents, maintenance, inquiries

    public var schema: ObjectSchema {
        switch self {
        case .contract: ContractSchema.root
        case .plan: PlanSchema.root
        case .report: ReportSchema.root
        case .catalog: CatalogSchema.root
        case .incident: IncidentReportSchema.root
        case .request: RequestSchema.root
        case .closing: ClosingSchema.root
        case .incidents: LogSchema.incident
        case .maintenance: LogSchema.maintenance
        case .inquiries: LogSchema.inquiry
        }
    }

    public var fileName: String {
        switch self {
        case .contract: "contract.yaml"
        case .plan: "plan.yaml"
        case .report: "reports/YYYY-MM.yaml"
        case .catalog: "catalog.yaml"
        case .incident: "incidents/<ID>.yaml"
        case .request: "requests/<ID>.yaml"
        case .closing: "closing.yaml"
        case .incidents: "incidents.csv"
        case .maintenance: "maintenance.csv"
        case .inquiries: "inquiries.csv"
        }
    }

    /// The YAML files (the CSV logs have a column list instead of a JSON Schema).
    public var isYAML: Bool { ![.incidents, .maintenance, .inquiries].contains(self) }
}
