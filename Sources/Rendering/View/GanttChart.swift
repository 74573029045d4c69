import DocumentModel
import JapaneseCalendar

/// The geometry of the schedule's Gantt chart; the SVG itself is in the template.
enum GanttChart {
    static let width = 680
    static let chartX = 210
    static let chartWidth = 460
    /// The axis: the year (令和５年) above the first month and each month a new year begins, the
    /// month (４月) beside every grid line.
    static let yearLabelY = 12
    static let monthLabelY = 27
    static let top = 36
    static let rowHeight = 24

    static func build(items: [Plan.WorkItem], format: DocumentFormat, into view: inout ViewObject) {
        let dated = items.compactMap { item -> (Plan.WorkItem, CivilDate, CivilDate)? in
            guard let start = item.start?.value, let end = item.end?.value else { return nil }
            return (item, start, max(start, end))
        }
        let height = top + max(1, dated.count) * rowHeight + 8
        view["width"] = String(width)
        view["height"] = String(height)
        view["chart_x"] = String(chartX)
        view["chart_width"] = String(chartWidth)
        view["axis_y"] = String(top - 2)
        guard let first = dated.map(\.1).min(), let last = dated.map(\.2).max() else {
            view["caption"] = "日程の定まった作業項目はありません"
            return
        }
        let rangeStart = CivilDate(year: first.year, month: first.month, day: 1)!
        let lastMonthEnd = CivilDate(year: last.year, month: last.month, day: CivilDate.daysInMonth(year: last.year, month: last.month))!
        let rangeEnd = lastMonthEnd.adding(days: 1)
        let totalDays = Double(rangeStart.days(to: rangeEnd))
        func x(_ date: CivilDate) -> Double {
            Double(chartX) + Double(rangeStart.days(to: date)) / totalDays * Double(chartWidth)
        }
        view["caption"] = "実施スケジュール（\(format.date(rangeStart))〜\(format.date(lastMonthEnd))）"

        var months: [CivilDate] = []
        var cursor = rangeStart
        while cursor < rangeEnd {
            months.append(cursor)
            cursor = cursor.month == 12 ? CivilDate(year: cursor.year + 1, month: 1, day: 1)! : CivilDate(year: cursor.year, month: cursor.month + 1, day: 1)!
        }
        let step = months.count <= 15 ? 1 : months.count <= 45 ? 3 : months.count <= 90 ? 6 : 12
        let labeled = months.enumerated().filter { $0.offset % step == 0 }.map(\.element)
        let labels = axisLabels(labeled, format: format)
        view["label_y"] = String(monthLabelY)
        view["year_y"] = String(yearLabelY)
        view.list("months", Array(zip(labeled, labels))) { tick, m in
            let (month, label) = tick
            m["x"] = decimal(x(month))
            m["label_x"] = decimal(x(month) + 2)
            m["label"] = label.month
            m["year_label"] = label.year
            // Kept inside the chart near its right edge: ten units a character at the chart's font size.
            m["year_x"] = decimal(min(x(month) + 2, Double(width - 10 * (label.year?.count ?? 0))))
            m.flag("is_year_start", month.month == 4)
        }
        view.list("rows", Array(dated.enumerated())) { row, r in
            let (item, start, end) = row.element
            let rowY = top + row.offset * rowHeight
            r["id"] = item.id.value
            r["label"] = truncate(item.id.value + " " + item.name.value, width: 30)
            r["row_y"] = String(rowY)
            r["text_y"] = String(rowY + 16)
            r["bar_y"] = String(rowY + 5)
            let barX = x(start)
            r["bar_x"] = decimal(barX)
            r["bar_width"] = decimal(max(2, x(end.adding(days: 1)) - barX))
            r["period"] = format.period(start, end)
            r.flag("is_even", row.offset % 2 == 0)
        }
        let milestones = dated.enumerated().flatMap { row in
            row.element.0.milestones.compactMap { m -> (CivilDate, String, Int)? in
                guard let date = m.date?.value else { return nil }
                return (date, m.name.value, row.offset)
            }
        }
        view.list("milestones", milestones) { milestone, m in
            let (date, name, row) = milestone
            let cx = x(date), cy = Double(top + row * rowHeight + 12)
            m["points"] = [(cx, cy - 7), (cx + 7, cy), (cx, cy + 7), (cx - 7, cy)].map { decimal($0.0) + "," + decimal($0.1) }.joined(separator: " ")
            m["label"] = format.date(date) + " " + name
            m["label_x"] = decimal(cx + 9)
            m["label_y"] = decimal(cy + 4)
        }
    }

    /// The axis labels of the months given: 令和５年１月 as 令和５年 and １月, in the document's
    /// digits; the year only on the first month and where it changes (平成31年４月, 令和元年５月).
    static func axisLabels(_ months: [CivilDate], format: DocumentFormat) -> [(year: String?, month: String)] {
        var labels: [(year: String?, month: String)] = []
        var lastYear: String?
        for month in months {
            let full = format.month(year: month.year, month: month.month)
            guard let cut = full.firstIndex(of: "年") else { labels.append((nil, full)); continue }
            let year = String(full[...cut])
            labels.append((year == lastYear ? nil : year, String(full[full.index(after: cut)...])))
            lastYear = year
        }
        return labels
    }

    /// One decimal place, deterministic: "12.5", "-0.5" (the sign kept below 1), "0.0". Written
    /// as ASCII bytes into the string's own few bytes (a chart has thousands of coordinates).
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        var magnitude = tenths.magnitude
        // At most 19 digits, the point and the sign.
        return String(unsafeUninitializedCapacity: 22) { buffer in
            var at = buffer.count
            func put(_ byte: UInt8) { at -= 1; buffer[at] = byte }
            put(0x30 + UInt8(magnitude % 10))
            put(0x2E)
            magnitude /= 10
            repeat {
                put(0x30 + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            if tenths < 0 { put(0x2D) }
            let count = buffer.count - at
            for k in 0..<count { buffer[k] = buffer[at + k] }
            return count
        }
    }

    /// Cuts text to a display width, with an ellipsis.
    static func truncate(_ text: String, width: Int) -> String {
        var out = ""
        var used = 0
        for c in text {
            let w = DisplayWidth.of(String(c))
            if used + w > width - 1 { return out + "…" }
            out.append(c)
            used += w
        }
        return out
    }
}
