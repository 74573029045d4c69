import DocumentModel
import JapaneseCalendar
import ServiceLevels

extension ReportRules {
    /// A missed service level needs improvement measures (改善策). The same miss seen again a
    /// month later is answered by the measures an earlier report presented for it (carried in
    /// measure_status until done): the fiscal year's count of major failures with none new this
    /// month, answered since the latest of them; failures over the recovery time that all began in
    /// an earlier month, answered since the month each began.
    mutating func checkImprovements() {
        guard let sla = serviceLevels else { return }
        for metric in ServiceLevelMetric.allCases where !sla.met(metric) && !report.improvements.contains(where: { $0.metric == metric }) {
            if let month = report.month?.value, Self.answeredBefore(metric, sla, month: month, presented: presentedBefore[metric] ?? []) { continue }
            let detail = Self.missDetail(metric, sla)
            add(.error(.report(.slaNoImprovement),
                       Message(ja: "\(metric.id)（\(metric.japanese)）が未達です（\(detail.japanese)）。改善策（improvements.\(metric.key)）を記載してください",
                               en: "\(metric.id) (\(metric.english)) is missed (\(detail.english)); the report needs improvement measures (improvements.\(metric.key))"),
                       expected: Message(ja: "improvements:\n  \(metric.key):\n    - id: KZ-…\n      measure: 改善策\n      owner: 担当者\n      due: 期限\n      status: planned",
                                         en: "improvements: \(metric.key): - {id: KZ-…, measure: …, owner: …, due: …, status: planned}"),
                       at: report.improvementsSpan))
        }
    }

    /// Whether a miss holds nothing new this month and an earlier report presented measures for it.
    static func answeredBefore(_ metric: ServiceLevelMetric, _ sla: ServiceLevelResult, month: YearMonth, presented: [YearMonth]) -> Bool {
        let earlier = presented.filter { $0 < month }
        guard !earlier.isEmpty else { return false }
        func monthOf(_ instant: Instant) -> YearMonth { YearMonth(year: instant.japanDate.year, month: instant.japanDate.month) }
        switch metric {
        case .majorFailures:
            let starts = sla.majorFailures.incidents.map(\.occurredAt)
            guard let latest = starts.max(), latest < month.start else { return false }
            let since = monthOf(latest)
            return earlier.contains { $0 >= since && $0.fiscalYear == month.fiscalYear }
        case .recovery:
            let missed = sla.recovery.failures.filter { !$0.met }.map(\.incident.occurredAt)
            guard !missed.isEmpty, missed.allSatisfy({ $0 < month.start }) else { return false }
            return missed.allSatisfy { start in earlier.contains { $0 >= monthOf(start) } }
        case .availability, .response:
            return false
        }
    }

    /// What missed, in a few words.
    static func missDetail(_ metric: ServiceLevelMetric, _ sla: ServiceLevelResult) -> Message {
        switch metric {
        case .availability:
            return Message(ja: "実績 \(sla.availability.percentText)％、目標 \(sla.availability.target)％以上",
                           en: "\(sla.availability.percentText)% against a target of at least \(sla.availability.target)%")
        case .recovery:
            let ids = sla.recovery.failures.filter { !$0.met }.map(\.incident.id)
            return Message(ja: "目標 \(Digits.grouped(sla.recovery.targetMinutes))分以内を超えた障害 \(ids.joined(separator: "、"))",
                           en: "over \(sla.recovery.targetMinutes) minutes: \(ids.joined(separator: ", "))")
        case .response:
            let ids = sla.response.inquiries.filter { !$0.met && $0.counted }.map(\.inquiry.id)
            return Message(ja: "目標 \(Digits.grouped(sla.response.targetMinutes))分（開庁日）以内を超えた問合せ \(ids.joined(separator: "、"))",
                           en: "over \(sla.response.targetMinutes) open-day minutes: \(ids.joined(separator: ", "))")
        case .majorFailures:
            return Message(ja: "年度累計 \(sla.majorFailures.count)件、目標 \(sla.majorFailures.target)件以内",
                           en: "\(sla.majorFailures.count) in the fiscal year against at most \(sla.majorFailures.target)")
        }
    }
}
