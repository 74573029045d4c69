
/// One kind of XML document the tool writes and reads: its root element, namespace, version
/// and the schema of its content. The XSD, the writer and the draft reader all follow it.
public struct XMLDocumentType: Sendable {
    public let root: String
    public let namespace: String
    public let version: String
    public let content: ObjectSchema
    /// Where the XSD is shipped, relative to Templates/.
    public let xsdPath: String

    public static let plan = XMLDocumentType(
        root: "plan", namespace: "urn:teishutsu:plan:1", version: "1.0",
        content: ObjectSchema("PlanDocument", "サービス実施計画書", [
            .required("contract", "契約情報", .object(ContractSchema.root)),
        ] + PlanSchema.root.fields),
        xsdPath: "xml/plan.xsd")

    /// The report: the contract, the report as written, the month's log records inline (in
    /// place of the paths of the log files), and the computed service levels.
    public static let report = XMLDocumentType(
        root: "report", namespace: "urn:teishutsu:report:1", version: "1.0",
        content: ObjectSchema("ReportDocument", "サービス実績報告書", [
            .required("contract", "契約情報", .object(ContractSchema.root)),
        ] + ReportSchema.root.fields.filter { $0.key != "logs" } + [
            .required("service_levels", "サービスレベルの達成状況（計算結果）", .object(ResultSchema.serviceLevels)),
        ]),
        xsdPath: "xml/report.xsd")
}
