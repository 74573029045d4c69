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
            .optional("plan_revision", "準拠する計画書の版", .object(ResultSchema.planInForce),
                      help: "The plan revision in force at the end of the month, which the report follows (absent when no revision was in force)."),
            .optional("requests", "甲からの改善要求・説明要求への対応", .list(.object(ResultSchema.monthRequest), item: "request"),
                      help: "甲's requests open at some time in the month or closed in it (requests/), as they stood at its end."),
            correctsField,
            .required("service_levels", "サービスレベルの達成状況（計算結果）", .object(ResultSchema.serviceLevels)),
        ]),
        xsdPath: "xml/report.xsd")

    /// An incident report: the contract, the report as written, the incident as the log records
    /// it, and its effect on the service levels.
    public static let incident = XMLDocumentType(
        root: "incident_report", namespace: "urn:teishutsu:incident:1", version: "1.0",
        content: ObjectSchema("IncidentReportDocument", "障害報告書", [
            .required("contract", "契約情報", .object(ContractSchema.root)),
        ] + IncidentReportSchema.root.fields + [
            .required("incident", "障害ログの記録", .object(LogSchema.incident)),
            .required("effect", "サービスレベルへの影響（計算結果）", .object(ResultSchema.incidentEffect)),
            correctsField,
            .optional("document_date", "本書の日付", .date,
                      help: "The date the report bears: the day of its final report (or of its last report while the failure is open); for a correction, the day it is sent again."),
        ]),
        xsdPath: "xml/incident.xsd")

    /// The record of return and erasure at the contract's end.
    public static let closing = XMLDocumentType(
        root: "closing", namespace: "urn:teishutsu:closing:1", version: "1.0",
        content: ObjectSchema("ClosingDocument", "データ返却・消去報告書", [
            .required("contract", "契約情報", .object(ContractSchema.root)),
        ] + ClosingSchema.root.fields + [correctsField]),
        xsdPath: "xml/closing.xsd")

    /// A document sent again, corrected (`teishutsu submit --resubmit`): the days the versions it
    /// corrects were submitted.
    static let correctsField = Field.optional(
        "corrects", "訂正する提出（先に提出した日）", .list(.date, item: "submitted_on", minItems: 1),
        help: "Present when this document corrects one submitted before: the days the earlier versions were submitted, oldest first.")

    /// The `corrects` field of a document's content, when it corrects earlier submissions.
    public static func corrects(_ days: [CivilDate], span: SourceSpan) -> Value? {
        days.isEmpty ? nil : Value(.list(days.map { Value(.date($0), span: span) }), span: span)
    }

    /// The fiscal year at a glance, computed from the monthly reports' inputs.
    public static let annual = XMLDocumentType(
        root: "annual_report", namespace: "urn:teishutsu:annual:1", version: "1.0",
        content: ObjectSchema("AnnualReportDocument", "年度報告", [
            .required("contract", "契約情報", .object(ContractSchema.root)),
            .required("fiscal_year", "年度（開始年）", .integer(1955...2099)),
            .optional("document_date", "本書の日付", .date, help: "The date the annual report bears: that of the year's last monthly report."),
            .required("months", "月別の達成状況", .list(.object(ResultSchema.annualMonth), item: "month")),
            .required("year", "年度通算", .object(ResultSchema.annualYear)),
            .required("major_failures", "重大障害の発生件数", .object(ResultSchema.majorFailures)),
            .required("measures", "改善策", .list(.object(ResultSchema.annualMeasure), item: "measure")),
            .required("requests", "甲からの要求", .list(.object(ResultSchema.annualRequest), item: "request")),
        ]),
        xsdPath: "xml/annual.xsd")
}

extension XMLDocumentType {
    /// What a document of this type holds, split into its parts: the contract, the document as
    /// its own schema describes it (the plan, or the report), and the computed figures a report
    /// states.
    public func parts(of content: ObjectValue, document schema: ObjectSchema, source: String)
        -> (contract: Contract?, document: ObjectValue, figures: ObjectValue?, asOf: CivilDate?) {
        // The document's fields, taken by key from the content (whose schema holds them among others).
        let document = ObjectValue(schema: schema, values: schema.fields.map { content[$0.key] },
                                   keyPlaces: content.keyPlaces.isEmpty ? [] : schema.fields.map { content.keySpan($0.key) },
                                   span: content.span, hadErrors: content.hadErrors)
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
    public static func reportContent(report: Report, contract: Contract, logs: [LogKind: [LogRow]], asOf: CivilDate, figures: ObjectValue,
                                     planRevision: Plan.Revision? = nil, requests: [ServiceRequest] = [], corrects: [CivilDate] = []) -> ObjectValue {
        let span = report.value.span
        var fields = report.value.fields
        fields["logs"] = nil
        for kind in LogKind.allCases {
            fields[kind.key] = Value(.list((logs[kind] ?? []).map { Value(.object($0.value), span: $0.span) }), span: span)
        }
        fields["contract"] = Value(.object(contract.value), span: contract.value.span)
        fields["as_of"] = Value(.date(asOf), span: span)
        fields["plan_revision"] = planRevision.map { revision in
            Value(.object(ObjectValue(schema: ResultSchema.planInForce,
                                      fields: ["number": Value(.integer(revision.number.value), span: span),
                                               "date": Value(.date(revision.date.value), span: span)],
                                      keySpans: [:], span: span, hadErrors: false)), span: span)
        }
        if !requests.isEmpty, let month = report.month?.value {
            fields["requests"] = Value(.list(requests.map { monthRequest($0, month: month, span: span) }), span: span)
        }
        fields["corrects"] = XMLDocumentType.corrects(corrects, span: span)
        fields["service_levels"] = Value(.object(figures), span: span)
        return ObjectValue(schema: XMLDocumentType.report.content, fields: fields, keySpans: [:], span: span, hadErrors: false)
    }

    /// A request as a month's report shows it: answered and closed only by the month's end.
    static func monthRequest(_ request: ServiceRequest, month: YearMonth, span: SourceSpan) -> Value {
        func value(_ kind: Value.Kind) -> Value { Value(kind, span: span) }
        var fields: [String: Value] = [
            "id": value(.text(request.id.value)), "kind": value(.choice(request.kind.value)),
            "from": value(.text(request.from.value)), "about": value(.text(request.about.value)), "request": value(.text(request.request.value)),
        ]
        if let received = request.receivedOn?.value { fields["received_on"] = value(.date(received)) }
        if let due = request.due?.value { fields["due"] = value(.date(due)) }
        if let answer = request.answer(by: month.lastDay), let on = answer.on?.value {
            fields["answered_on"] = value(.date(on))
            fields["answer"] = value(.text(answer.content.value))
        }
        if let closed = request.closed(by: month.lastDay) { fields["closed_on"] = value(.date(closed)) }
        return value(.object(ObjectValue(schema: ResultSchema.monthRequest, fields: fields, keySpans: [:], span: span, hadErrors: false)))
    }
}
