import JapaneseCalendar


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
            .required("as_of", "基準日（提出日。未提出なら提出期限）", .date, help: "The figures are as of the end of this day."),
            .required("service_levels", "サービスレベルの達成状況（計算結果）", .object(ResultSchema.serviceLevels)),
        ]),
        xsdPath: "xml/report.xsd")
}

extension XMLDocumentType {
    /// What a document of this type holds, split into its parts: the contract, the document as
    /// its own schema describes it (the plan, or the report), and the computed figures a report
    /// states.
    public func parts(of content: ObjectValue, document schema: ObjectSchema, source: String)
        -> (contract: Contract?, document: ObjectValue, figures: ObjectValue?, asOf: CivilDate?) {
        var fields: [String: Value] = [:]
        var keySpans: [String: SourceSpan] = [:]
        for field in schema.fields {
            if let v = content[field.key] { fields[field.key] = v }
            if let s = content.keySpans[field.key] { keySpans[field.key] = s }
        }
        let document = ObjectValue(schema: schema, fields: fields, keySpans: keySpans, span: content.span, hadErrors: content.hadErrors)
        let contract = content.object(at: "contract") { Contract($0, source: source) }
        let figures = self.content.field("service_levels") == nil ? nil : content.object(at: "service_levels") { $0 }
        let asOf = self.content.field("as_of") == nil ? nil : content.date(at: "as_of")?.value
        return (contract, document, figures, asOf)
    }
}

extension XMLDocumentType {
    /// The plan's XML content: the contract, then the plan.
    public static func planContent(plan: Plan, contract: Contract) -> ObjectValue {
        var fields = plan.value.fields
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        return ObjectValue(schema: XMLDocumentType.plan.content, fields: fields, keySpans: [:], span: plan.value.span, hadErrors: false)
    }

    /// The report's XML content: the contract, the report as written, the month's log records
    /// inline (in place of the paths of the log files), and the computed figures.
    public static func reportContent(report: Report, contract: Contract, logs: [LogKind: [LogRow]], asOf: CivilDate, figures: ObjectValue) -> ObjectValue {
        let span = report.value.span
        var fields = report.value.fields
        fields["logs"] = nil
        for kind in LogKind.allCases {
            fields[kind.key] = Value(.list((logs[kind] ?? []).map { Value(.object($0.value), span: $0.span) }), span: span)
        }
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        fields["as_of"] = Value(.date(asOf), span: span)
        fields["service_levels"] = Value(.object(figures), span: span)
        return ObjectValue(schema: XMLDocumentType.report.content, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }
}
