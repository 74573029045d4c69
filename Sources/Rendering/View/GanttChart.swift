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
        // The period of the work itself (the axis runs on to whole months).
        view["caption"] = "実施スケジュール（\(format.date(first))〜\(format.date(last))）"

        var months: [CivilDate] = []
        var cursor = rangeStart
        while cursor < rangeEnd {
            months.append(cursor)
            cursor = cursor.month == 12 ? CivilDate(year: cursor.year + 1, month: 1, day: 1)! : CivilDate(year: cursor.year, month: cursor.month + 1, day: 1)!
        }
        let ticks = axis(months, x: x, format: format)
        view["label_y"] = String(monthLabelY)
        view["year_y"] = String(yearLabelY)
        view.list("months", ticks) { tick, m in
            m["x"] = decimal(tick.x)
            m["label_x"] = decimal(tick.x + 2)
            m["label"] = tick.month
            m["year_label"] = tick.year
            m["year_x"] = decimal(tick.yearBefore ? tick.x - 3 : tick.x + 2)
            m.flag("is_year_before", tick.yearBefore)
            m.flag("is_year_start", tick.date.month == 4)
        }
        view.list("rows", Array(dated.enumerated())) { row, r in
            let (item, start, end) = row.element
            let rowY = top + row.offset * rowHeight
            r["id"] = item.id.value
            let name = item.id.value + " " + item.name.value
            // On one line, cut with … where it is too long (a template of its own may use it);
            // the shipped one prints `label_lines`: a long name on two lines, whole.
            r["label"] = truncate(name, width: 30)
            r["name"] = name
            r["row_y"] = String(rowY)
            r["text_y"] = String(rowY + 16)
            let lines = labelLines(name)
            r.list("label_lines", Array(lines.enumerated())) { line, l in
                l["text"] = line.element
                l["y"] = String(lines.count == 1 ? rowY + 16 : rowY + 10 + 11 * line.offset)
            }
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
        // The legend only when there is a milestone to read it for.
        view.flag("has_milestones", !milestones.isEmpty)
        view.list("milestones", milestones) { milestone, m in
            let (date, name, row) = milestone
            let cx = x(date), cy = Double(top + row * rowHeight + 12)
            m["points"] = [(cx, cy - 7), (cx + 7, cy), (cx, cy + 7), (cx - 7, cy)].map { decimal($0.0) + "," + decimal($0.1) }.joined(separator: " ")
            m["label"] = format.date(date) + " " + name
            m["label_x"] = decimal(cx + 9)
            m["label_y"] = decimal(cy + 4)
        }
    }

    /// A grid line of the axis and its labels (none where they would not fit).
    struct Tick {
        let date: CivilDate
        let x: Double
        var month: String?
        var year: String?
        /// The year written before the line, ending at it (the first line's, when the next
        /// year begins too soon after it for both to stand after their lines).
        var yearBefore = false
    }

    /// How wide a label is, in chart units at the chart's font size (10): a full-width
    /// character 10, a half-width one (digits) about 5.6.
    static func labelWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { $0 + ($1.value < 0x80 ? 5.6 : 10) }
    }

    /// The grid lines: every 1, 2, 3, 6, 12, 24… months, the fewest that leave
    /// room for each month's label (１月, 10月) and, on yearly lines, the year's (令和10年). The
    /// year is written where it changes; one that would run into the next year's is left out,
    /// and the labels of a line too near the right edge for them.
    static func axis(_ months: [CivilDate], x: (CivilDate) -> Double, format: DocumentFormat) -> [Tick] {
        let gap = 4.0
        let steps = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240]
        var ticks: [Tick] = []
        for step in steps {
            let picked = stride(from: 0, to: months.count, by: step).map { months[$0] }
            let labels = axisLabels(picked, format: format)
            // Each label before the next line (a year's too, where every line has one).
            let fits = picked.indices.dropLast().allSatisfy { i in
                let widest = max(labelWidth(labels[i].month), step >= 12 ? labelWidth(labels[i].year ?? "") : 0)
                return x(picked[i]) + 2 + widest + gap <= x(picked[i + 1]) + 2
            }
            ticks = zip(picked, labels).map { date, label in Tick(date: date, x: x(date), month: label.month, year: label.year) }
            if fits { break }
        }
        // Years from the right: one that would run into the next kept one is left out, but the
        // first, which names the months before the next year's, is written before its line.
        var nextYearX = Double.infinity
        for i in ticks.indices.reversed() {
            guard let year = ticks[i].year else { continue }
            if ticks[i].x + 2 + labelWidth(year) + gap > nextYearX {
                if i == 0 { ticks[i].yearBefore = true } else { ticks[i].year = nil }
            } else {
                nextYearX = ticks[i].x + 2
            }
        }
        // A line whose labels would be cut at the chart's right edge keeps its line only.
        for i in ticks.indices {
            let after = max(ticks[i].month.map(labelWidth) ?? 0, ticks[i].yearBefore ? 0 : ticks[i].year.map(labelWidth) ?? 0)
            if ticks[i].x + 2 + after > Double(width) { (ticks[i].month, ticks[i].year) = (nil, nil) }
        }
        return ticks
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
        let magnitude = tenths.magnitude
        // At most 19 digits, the point and the sign, on the stack (``ShortASCII``): every
        // coordinate of a chart is a string without an allocation.
        return ShortASCII.make(capacity: 22) { text in
            if tenths < 0 { text.put(ascii: 0x2D) }
            text.put(magnitude / 10)
            text.put(ascii: 0x2E)
            text.put(magnitude % 10)
        }
    }

    /// How wide a row's label may be: the room left of the chart, less a margin each side.
    static let labelRoom = Double(chartX - 8)

    /// A row's label as it is printed: on one line where it fits the room left of the chart,
    /// else on two, broken after the last 、・／ or space that leaves the first line full enough
    /// (else where the first line is full); a second line still too long is cut with ….
    static func labelLines(_ text: String) -> [String] {
        guard labelWidth(text) > labelRoom else { return [text] }
        let characters = Array(text)
        var width = 0.0, fits = 0, lastBreak: Int?
        for (k, c) in characters.enumerated() {
            let w = labelWidth(String(c))
            if width + w > labelRoom { break }
            width += w
            fits = k + 1
            // A break after this character, if the first line is then at least half full.
            if "、・，／ 　".contains(c), width >= labelRoom / 2 { lastBreak = k + 1 }
        }
        let cut = lastBreak ?? fits
        let first = String(characters[..<cut]).trimmingSpaces()
        var second = String(characters[cut...]).trimmingSpaces()
        if labelWidth(second) > labelRoom { second = String(second.prefix(fitting(second, room: labelRoom, used: labelWidth("…")))) + "…" }
        return second.isEmpty ? [first] : [first, second]
    }

    /// How many of the characters, from the first, fit in `room` chart units after `used` of it.
    static func fitting(_ text: some Collection<Character>, room: Double, used: Double = 0) -> Int {
        var width = used, count = 0
        for c in text {
            let w = labelWidth(String(c))
            if width + w > room { break }
            width += w
            count += 1
        }
        return count
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
