import DocumentModel
import JapaneseCalendar
import ServiceLevels

extension ReportRules {
    /// A missed service level needs improvement measures (改善策), unless the same miss seen
    /// again a month later is answered by the measures an earlier report presented for it
    /// (``ServiceLevelResult/answeringMeasures(_:among:)``, which the report names).
    mutating func checkImprovements() {
        guard let sla = serviceLevels else { return }
        for metric in ServiceLevelMetric.allCases where !sla.met(metric) && !report.improvements.contains(where: { $0.metric == metric }) {
            if !sla.answeringMeasures(metric, among: measures).isEmpty { continue }
            let detail = Self.missDetail(metric, sla)
            add(.error(.report(.slaNoImprovement),
                       Message(ja: "\(metric.id)（\(metric.japanese)）が未達です（\(detail.japanese)）。改善策（improvements.\(metric.key)）を記載してください",
                               en: "\(metric.id) (\(metric.english)) is missed (\(detail.english)); the report needs improvement measures (improvements.\(metric.key))"),
                       expected: Message(ja: "improvements:\n  \(metric.key):\n    - id: KZ-…\n      measure: 改善策\n      owner: 担当者\n      due: 期限\n      status: planned",
                                         en: "improvements: \(metric.key): - {id: KZ-…, measure: …, owner: …, due: …, status: planned}"),
                       at: report.improvementsSpan))
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
            let target = MessageWording().duration(minutes: sla.recovery.targetMinutes)
            return Message(ja: "目標 \(target.japanese)以内を超えた障害 \(ids.joined(separator: "、"))",
                           en: "over \(target.english): \(ids.joined(separator: ", "))")
        case .response:
            let ids = sla.response.inquiries.filter { !$0.met && $0.counted }.map(\.inquiry.id)
            let target = MessageWording().duration(minutes: sla.response.targetMinutes)
            return Message(ja: "目標 \(target.japanese)（閉庁日を除く。）以内を超えた問合せ \(ids.joined(separator: "、"))",
                           en: "over \(target.english) (closed days excluded): \(ids.joined(separator: ", "))")
        case .majorFailures:
            return Message(ja: "年度累計 \(sla.majorFailures.count)件、目標 \(sla.majorFailures.target)件以内",
                           en: "\(sla.majorFailures.count) in the fiscal year against at most \(sla.majorFailures.target)")
        }
    }
}
