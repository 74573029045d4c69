import DocumentModel
import JapaneseCalendar

extension ServiceLevelResult {
    /// The figures as a checked value tree of ``ResultSchema/serviceLevels`` (for XML).
    public func figures(at span: SourceSpan) -> ObjectValue {
        func object(_ schema: ObjectSchema, _ fields: [(String, Value.Kind)]) -> Value {
            var dictionary: [String: Value] = [:]
            for (key, kind) in fields { dictionary[key] = Value(kind, span: span) }
            return Value(.object(ObjectValue(schema: schema, fields: dictionary, keySpans: [:], span: span, hadErrors: false)), span: span)
        }
        var availabilityFields: [(String, Value.Kind)] = [
            ("planned_minutes", .integer(availability.plannedMinutes)),
            ("justified_minutes", .integer(availability.justifiedMinutes)),
            ("down_minutes", .integer(availability.downMinutes)),
            ("actual_minutes", .integer(availability.actualMinutes)),
            ("target_percent", .decimal(availability.target)),
            ("met", .bool(availability.met)),
        ]
        if let h = availability.percentHundredths {
            availabilityFields.append(("percent", .decimal(ExactDecimal(significand: Int64(h), scale: 2))))
        }
        let failures = recovery.failures.map { f in
            object(ResultSchema.failure, [("id", .text(f.incident.id)), ("minutes", .integer(f.minutes)),
                                          ("recovered", .bool(f.recovered)), ("met", .bool(f.met))])
        }
        let answers = response.inquiries.map { i in
            object(ResultSchema.response, [("id", .text(i.inquiry.id)), ("open_minutes", .integer(i.openMinutes)),
                                           ("answered", .bool(i.answered)), ("met", .bool(i.met))])
        }
        let root = object(ResultSchema.serviceLevels, [
            ("availability", object(ResultSchema.availability, availabilityFields).kind),
            ("recovery", object(ResultSchema.recovery, [("target_minutes", .integer(recovery.targetMinutes)), ("met", .bool(recovery.met)),
                                                         ("failures", .list(failures))]).kind),
            ("response", object(ResultSchema.responses, [("target_minutes", .integer(response.targetMinutes)), ("met", .bool(response.met)),
                                                          ("inquiries", .list(answers))]).kind),
            ("major_failures", object(ResultSchema.majorFailures, [
                ("fiscal_year", .integer(majorFailures.fiscalYear.startYear)), ("count", .integer(majorFailures.count)),
                ("target", .integer(majorFailures.target)), ("met", .bool(majorFailures.met)),
                ("ids", .list(majorFailures.incidents.map { Value(.text($0.id), span: span) })),
            ]).kind),
        ])
        return root.object!
    }

    /// The JSON of `teishutsu sla --format json`: a stable interface for scripts (keys may be
    /// added, never renamed).
    public var jsonText: String {
        var text = ""
        writeJSON { text += $0 }
        return text
    }

    /// The same JSON, handed out in pieces (a month can hold 100,000 records).
    public func writeJSON(to sink: @escaping (String) -> Void) {
        var out = JSONStream(pretty: true, sink: sink)
        out.beginObject()
        out.field("month", month.description)
        out.key("availability")
        out.beginObject()
        out.field("planned_minutes", availability.plannedMinutes)
        out.field("justified_minutes", availability.justifiedMinutes)
        out.field("down_minutes", availability.downMinutes)
        out.field("actual_minutes", availability.actualMinutes)
        out.field("percent", availability.percentHundredths == nil ? .null : .string(availability.percentText))
        out.field("target_percent", availability.target.description)
        out.field("met", availability.met)
        out.key("outages")
        out.beginArray()
        for o in availability.outages {
            out.beginObject()
            out.field("id", o.incident.id)
            out.field("impact", o.incident.impact.rawValue)
            out.field("from", o.from.iso)
            out.field("to", o.to.iso)
            out.field("window_minutes", o.windowMinutes)
            out.field("unjustified_minutes", o.unjustifiedMinutes)
            out.field("ongoing", o.ongoing)
            out.endObject()
        }
        out.endArray()
        out.key("justified_stops")
        out.beginArray()
        for j in availability.justifiedStops {
            out.beginObject()
            out.field("id", j.window.id)
            out.field("start", j.window.start.iso)
            out.field("end", j.window.end.iso)
            out.field("window_minutes", j.windowMinutes)
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.key("recovery")
        out.beginObject()
        out.field("target_minutes", recovery.targetMinutes)
        out.field("met", recovery.met)
        out.key("failures")
        out.beginArray()
        for f in recovery.failures {
            out.beginObject()
            out.field("id", f.incident.id)
            out.field("minutes", f.minutes)
            out.field("recovered", f.recovered)
            out.field("met", f.met)
            out.field("occurred_at", f.incident.occurredAt.iso)
            out.field("counted_until", f.countedUntil.iso)
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.key("response")
        out.beginObject()
        out.field("target_minutes", response.targetMinutes)
        out.field("met", response.met)
        out.key("inquiries")
        out.beginArray()
        for i in response.inquiries {
            out.beginObject()
            out.field("id", i.inquiry.id)
            out.field("open_minutes", i.openMinutes)
            out.field("answered", i.answered)
            out.field("met", i.met)
            out.field("asked_at", i.inquiry.askedAt.iso)
            out.field("clock_start", i.clockStart.iso)
            out.field("counted_until", i.countedUntil.iso)
            out.endObject()
        }
        out.endArray()
        out.endObject()
        out.key("major_failures")
        out.beginObject()
        out.field("fiscal_year", majorFailures.fiscalYear.startYear)
        out.field("count", majorFailures.count)
        out.field("target", majorFailures.target)
        out.field("met", majorFailures.met)
        out.key("ids")
        out.beginArray()
        for incident in majorFailures.incidents { out.string(incident.id) }
        out.endArray()
        out.endObject()
        out.endObject()
        out.finish()
    }
}
