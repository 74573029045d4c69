import DocumentModel
import JapaneseCalendar

/// Log records written as a test states them (times as ISO text).
public enum LogRows {
    public static func time(_ text: String) -> Instant {
        do { return try Instant(iso: text) } catch { preconditionFailure("\(text): \(error)") }
    }

    public static func row(_ schema: ObjectSchema, _ values: [String: String]) -> LogRow {
        var fields: [String: Value] = [:]
        for (key, text) in values {
            guard let field = schema.field(key), let kind = ScalarReader.read(text, field.type, path: key, format: .yaml, at: .file("test")).0 else {
                preconditionFailure("\(key): \(text) is not a value of \(schema.name)")
            }
            fields[key] = Value(kind, span: .file("test"))
        }
        return LogRow(ObjectValue(schema: schema, fields: fields, keySpans: [:], span: .file("test"), hadErrors: false))
    }

    public static func incident(_ id: String, _ from: String, _ to: String?, _ impact: String = "stop") -> Incident {
        var values = ["id": id, "occurred_at": from, "impact": impact, "summary": "s"]
        if let to { values["recovered_at"] = to }
        guard let incident = Incident(row(LogSchema.incident, values)) else { preconditionFailure("incident \(id)") }
        return incident
    }

    public static func window(_ id: String, _ from: String, _ to: String) -> MaintenanceWindow {
        guard let window = MaintenanceWindow(row(LogSchema.maintenance, ["id": id, "start": from, "end": to, "reason": "r"])) else {
            preconditionFailure("window \(id)")
        }
        return window
    }

    public static func inquiry(_ id: String, _ asked: String, _ answered: String?, by: String = "瀬戸内県 西村", party: String? = nil) -> Inquiry {
        var values = ["id": id, "asked_at": asked, "asked_by": by, "subject": "s"]
        if let answered { values["answered_at"] = answered }
        if let party { values["party"] = party }
        guard let inquiry = Inquiry(row(LogSchema.inquiry, values)) else { preconditionFailure("inquiry \(id)") }
        return inquiry
    }
}
