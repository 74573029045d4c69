import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// What a kind of document is made of: one template, one view shape, one XML type.
public struct DocumentKind: Sendable {
    public let template: String
    public let shape: ViewShape
    public let xml: XMLDocumentType

    public static let plan = DocumentKind(template: "plan", shape: PlanView.shape, xml: .plan)
    public static let report = DocumentKind(template: "report", shape: ReportView.shape, xml: .report)
    public static let incident = DocumentKind(template: "incident", shape: IncidentReportView.shape, xml: .incident)
    public static let closing = DocumentKind(template: "closing", shape: ClosingView.shape, xml: .closing)
    public static let annual = DocumentKind(template: "annual", shape: AnnualView.shape, xml: .annual)

    public static let all: [DocumentKind] = [.plan, .report, .incident, .closing, .annual]

    /// What the template library compiles.
    public static var templates: [(template: String, shape: ViewShape)] { all.map { ($0.template, $0.shape) } }
}
