import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// The figures of a month's service levels, described once and written by any ``FigureSink``:
/// the JSON of `teishutsu sla`, the XML of a report, the table of `teishutsu sla --format table`.
public enum ServiceLevelFigures {
    // The keys, with the words people read them by.
    static let month = FigureKey("month", "対象月", "month")
    static let availability = FigureKey("availability", "サービス稼働率", "availability")
    static let planned = FigureKey("planned_minutes", "当初予定した稼働時間", "planned")
    static let justified = FigureKey("justified_minutes", "正当な理由のある停止時間", "justified stops")
    static let down = FigureKey("down_minutes", "停止時間", "down")
    static let actual = FigureKey("actual_minutes", "実際の稼働時間", "actual")
    static let percent = FigureKey("percent", "稼働率", "availability")
    static let targetPercent = FigureKey("target_percent", "目標値（％以上）", "target (at least, %)")
    static let met = FigureKey("met", "判定", "result")
    static let outages = FigureKey("outages", "停止", "outages")
    static let id = FigureKey("id", "番号", "ID")
    static let impact = FigureKey("impact", "影響", "impact")
    static let from = FigureKey("from", "開始", "from")
    static let to = FigureKey("to", "終了", "to")
    static let windowMinutes = FigureKey("window_minutes", "運用時間内", "within the window")
    static let unjustifiedMinutes = FigureKey("unjustified_minutes", "停止時間", "down")
    static let ongoing = FigureKey("ongoing", "未復旧", "ongoing")
    static let justifiedStops = FigureKey("justified_stops", "正当な理由のある停止", "justified stops")
    static let start = FigureKey("start", "開始", "start")
    static let end = FigureKey("end", "終了", "end")
    static let recovery = FigureKey("recovery", "重大障害の復旧時間", "recovery time")
    static let targetMinutes = FigureKey("target_minutes", "目標値（分以内）", "target (at most, minutes)")
    static let failures = FigureKey("failures", "障害", "failures")
    static let minutes = FigureKey("minutes", "復旧時間", "recovery time")
    static let recovered = FigureKey("recovered", "復旧済み", "recovered")
    static let occurredAt = FigureKey("occurred_at", "発生日時", "occurred")
    static let countedUntil = FigureKey("counted_until", "計上の終わり", "counted until")
    static let response = FigureKey("response", "問合せに係る回答時間", "response time")
    static let inquiries = FigureKey("inquiries", "問合せ", "inquiries")
    static let openMinutes = FigureKey("open_minutes", "回答時間（開庁日）", "open-day minutes")
    static let answered = FigureKey("answered", "回答済み", "answered")
    static let counted = FigureKey("counted", "対象", "counted")
    static let askedAt = FigureKey("asked_at", "問合せ日時", "asked")
    static let clockStart = FigureKey("clock_start", "計測の始まり", "clock started")
    static let majorFailures = FigureKey("major_failures", "重大障害の発生件数", "major failures")
    static let fiscalYear = FigureKey("fiscal_year", "年度", "fiscal year")
    static let count = FigureKey("count", "件数", "count")
    static let target = FigureKey("target", "目標値（件以内）", "target (at most)")
    static let ids = FigureKey("ids", "該当する障害", "failures")

    /// Writes the figures. `month` names the month first (the XML's document says it
    /// elsewhere); `detail` adds what only scripts and people need (each outage and justified
    /// stop, the times each figure was counted from and to).
    public static func describe<Sink: FigureSink>(_ r: ServiceLevelResult, month withMonth: Bool, detail: Bool, into sink: inout Sink) {
        sink.beginObject(nil)
        if withMonth { sink.field(month, .month(r.month)) }

        let a = r.availability
        sink.beginObject(availability)
        sink.field(planned, .minutes(a.plannedMinutes))
        sink.field(justified, .minutes(a.justifiedMinutes))
        sink.field(down, .minutes(a.downMinutes))
        sink.field(actual, .minutes(a.actualMinutes))
        sink.field(percent, .percent(a.percentHundredths))
        sink.field(targetPercent, .decimal(a.target))
        sink.field(met, .met(a.met))
        if detail {
            let outageList = a.outages
            sink.records(outages, count: outageList.count) { index, sink in
                let o = outageList[index]
                sink.beginObject(nil)
                sink.field(id, .text(o.incident.id))
                sink.field(impact, .choice(o.incident.impact.rawValue, Message(ja: o.incident.impact.japanese, en: o.incident.impact.rawValue)))
                sink.field(from, .time(o.from))
                sink.field(to, .time(o.to))
                sink.field(windowMinutes, .minutes(o.windowMinutes))
                sink.field(unjustifiedMinutes, .minutes(o.unjustifiedMinutes))
                sink.field(ongoing, .bool(o.ongoing))
                sink.endObject()
            }
            sink.beginList(justifiedStops)
            for j in a.justifiedStops {
                sink.beginObject(nil)
                sink.field(id, .text(j.window.id))
                sink.field(start, .time(j.window.start))
                sink.field(end, .time(j.window.end))
                sink.field(windowMinutes, .minutes(j.windowMinutes))
                sink.endObject()
            }
            sink.endList()
        }
        sink.endObject()

        sink.beginObject(recovery)
        sink.field(targetMinutes, .minutes(r.recovery.targetMinutes))
        sink.field(met, .met(r.recovery.met))
        let failureList = r.recovery.failures
        sink.records(failures, count: failureList.count) { index, sink in
            let f = failureList[index]
            sink.beginObject(nil)
            sink.field(id, .text(f.incident.id))
            sink.field(minutes, .minutes(f.minutes))
            sink.field(recovered, .bool(f.recovered))
            sink.field(met, .met(f.met))
            if detail {
                sink.field(occurredAt, .time(f.incident.occurredAt))
                sink.field(countedUntil, .time(f.countedUntil))
            }
            sink.endObject()
        }
        sink.endObject()

        sink.beginObject(response)
        sink.field(targetMinutes, .minutes(r.response.targetMinutes))
        sink.field(met, .met(r.response.met))
        let inquiryList = r.response.inquiries
        sink.records(inquiries, count: inquiryList.count) { index, sink in
            let i = inquiryList[index]
            sink.beginObject(nil)
            sink.field(id, .text(i.inquiry.id))
            sink.field(openMinutes, .minutes(i.openMinutes))
            sink.field(answered, .bool(i.answered))
            sink.field(met, .metIfCounted(i.met, counted: i.counted))
            sink.field(counted, .bool(i.counted))
            if detail {
                sink.field(askedAt, .time(i.inquiry.askedAt))
                sink.field(clockStart, .time(i.clockStart))
                sink.field(countedUntil, .time(i.countedUntil))
            }
            sink.endObject()
        }
        sink.endObject()

        let m = r.majorFailures
        sink.beginObject(majorFailures)
        sink.field(fiscalYear, .fiscalYear(m.fiscalYear.startYear))
        sink.field(count, .int(m.count))
        sink.field(target, .int(m.target))
        sink.field(met, .met(m.met))
        sink.texts(ids, m.incidents.map(\.id))
        sink.endObject()
        sink.endObject()
    }
}

extension ServiceLevelFigures {
    /// The figures as a report's XML holds them.
    public static func xml(_ r: ServiceLevelResult, at span: SourceSpan) -> ObjectValue {
        var sink = XMLFigureSink(at: span)
        describe(r, month: false, detail: false, into: &sink)
        return sink.result ?? ObjectValue(schema: ResultSchema.serviceLevels, fields: [:], keySpans: [:], span: span, hadErrors: true)
    }

    /// The JSON of `teishutsu sla`, handed to `sink` in pieces. Its documented keys, and with
    /// `detail` each outage and justified stop and the times each figure was counted from and
    /// to (`sla --detail`: three times the bytes and about half the time of a large month).
    public static func writeJSON(_ r: ServiceLevelResult, pretty: Bool = true, detail: Bool = true, workers: Int = Parallel.cores,
                                 to sink: @escaping ([UInt8]) -> Void) {
        var json = JSONFigureSink(pretty: pretty, workers: workers, sink: sink)
        describe(r, month: true, detail: detail, into: &json)
        json.finish()
    }

    /// The same JSON as one text.
    public static func jsonText(_ r: ServiceLevelResult, pretty: Bool = true, detail: Bool = true, workers: Int = Parallel.cores) -> String {
        var bytes: [UInt8] = []
        writeJSON(r, pretty: pretty, detail: detail, workers: workers) { bytes += $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The table of `teishutsu sla --format table`: a title, then the figures.
    public static func table(_ r: ServiceLevelResult, language: Language, digits: DigitStyle = .mixed, workers: Int = Parallel.cores) -> String {
        String(decoding: tableBytes(r, language: language, digits: digits, workers: workers), as: UTF8.self)
    }

    /// The same table as UTF-8 bytes (a month of many records is tens of megabytes: not copied
    /// into a string on its way out).
    public static func tableBytes(_ r: ServiceLevelResult, language: Language, digits: DigitStyle = .mixed,
                                  workers: Int = Parallel.cores) -> [UInt8] {
        let wording = MessageWording(digits: digits)
        let (month, now) = (wording.month(r.month), wording.time(r.now))
        let title = language == .ja ? "サービスレベル \(month.japanese)分（\(now.japanese) 現在）" : "Service levels for \(month.english) as of \(now.english)"
        var sink = TableFigureSink(language: language, digits: digits, workers: workers, heading: title)
        describe(r, month: true, detail: true, into: &sink)
        return sink.bytes
    }
}
