import DocumentModel
import JapaneseCalendar
import ServiceLevels

/// The month's daily availability as bars; the SVG is in the template.
enum AvailabilityChart {
    static let width = 680, height = 230
    /// The target's label is written right of the plot, beside its line, clear of the bars.
    static let plotRight = 616, plotTop = 14, plotBottom = 196

    static func build(_ a: AvailabilityResult, month: YearMonth, format: DocumentFormat, into view: inout ViewObject) {
        view["width"] = String(width)
        view["height"] = String(height)
        view["plot_right"] = String(plotRight)
        view["plot_top"] = String(plotTop)
        view["plot_bottom"] = String(plotBottom)
        let percents = a.days.compactMap(\.percentHundredths)
        let lowest = percents.min() ?? 10_000
        let targetHundredths = Int(a.target.significand * 100 / a.target.denominator)
        // The axis starts a step below the worst day or the target (at most 99%), so small dips
        // show; ticks fall on whole steps.
        let floor = min(lowest, targetHundredths, 9_900)
        let step = 10_000 - floor <= 100 ? 20 : 10_000 - floor <= 500 ? 100 : 10_000 - floor <= 2_500 ? 500 : 1_000
        let axisMin = max(0, (floor - 1) / step * step)
        let span = Double(10_000 - axisMin)
        // The axis's labels in the document's digit style (１００．００ in the full style): the
        // plot begins right of the widest, at 44 at least.
        let ticks = Array(stride(from: axisMin, through: 10_000, by: step)).map { ($0, format.styled(Digits.hundredths($0))) }
        let plotX = max(44, Int((4 + (ticks.map { GanttChart.labelWidth($0.1) }.max() ?? 0) + 6).rounded(.up)))
        view["plot_x"] = String(plotX)
        func y(_ hundredths: Int) -> Double {
            Double(plotBottom) - Double(hundredths - axisMin) / span * Double(plotBottom - plotTop)
        }
        let slot = Double(plotRight - plotX) / Double(month.days)
        view.list("bars", a.days.enumerated().compactMap { i, day in day.percentHundredths.map { (i, day, $0) } }) { item, bar in
            let (i, day, p) = item
            let top = y(max(p, axisMin))
            bar["x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot * 0.15)
            bar["width"] = GanttChart.decimal(slot * 0.7)
            bar["y"] = GanttChart.decimal(top)
            bar["height"] = GanttChart.decimal(max(0.5, Double(plotBottom) - top))
            let text = format.percent(hundredths: p)
            // Appended in place: a + b + c made a string for each step, for every day of every chart.
            var title = format.date(day.date)
            title.append(" ")
            title.append(text)
            if day.down > 0 {
                title.append("（停止")
                title.append(format.minutes(day.down))
                title.append("）")
            }
            bar["title"] = title
            let met = Int64(day.planned - day.justified - day.down) * 100 * a.target.denominator >= a.target.significand * Int64(day.planned - day.justified)
            bar.flag("is_missed", !met)
            // A day under the target says its rate above its bar: the axis does not start at 0,
            // so a bar's height alone would make 96.18 look like nothing.
            if !met {
                bar["value"] = format.styled(Digits.hundredths(p))
                bar["value_x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot / 2)
                bar["value_y"] = GanttChart.decimal(max(Double(plotTop) + 8, top - 3))
            }
        }
        view.list("ticks", ticks) { t, tick in
            tick["y"] = GanttChart.decimal(y(t.0))
            tick["label_y"] = GanttChart.decimal(y(t.0) + 3.5)
            tick["label"] = t.1
        }
        view.flag("has_target_line", targetHundredths > axisMin)
        view["target_y"] = GanttChart.decimal(y(targetHundredths))
        view["target_label"] = "目標" + format.percent(a.target.description)
        view["target_label_x"] = String(plotRight + 4)
        view["target_label_y"] = GanttChart.decimal(y(targetHundredths) + 3.5)
        view.list("days", Array(stride(from: 0, to: month.days, by: 1)).filter { $0 == 0 || ($0 + 1) % 5 == 0 }) { i, d in
            d["x"] = GanttChart.decimal(Double(plotX) + Double(i) * slot + slot / 2)
            // In the document's digit style, as the caption's month (１, 5 → ５ in the mixed style).
            d["label"] = format.number(i + 1)
        }
        view["caption"] = "日別の稼働率（\(format.month(year: month.year, month: month.month))、縦軸：％）"
    }
}
