import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Testing

/// The plan revision in force on a day: the latest dated on or before it, from its submitted copy.
@Suite struct PlanHistoryTests {
    func plan(_ revisions: [(Int, String)], timing: String) throws -> Plan {
        let yaml = "revisions:\n" + revisions.map { "  - number: \($0.0)\n    date: \($0.1)\n    changes: 改訂" }.joined(separator: "\n")
            + "\nsecurity_plan:\n  - id: SP-01\n    measure: 棚卸し\n    owner: 佐藤 直樹\n    timing: \(timing)\n"
        let (value, diagnostics) = YAMLLoader.parse(yaml, file: "plan.yaml", schema: PlanSchema.root)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        return Plan(try #require(value), source: "plan.yaml")
    }

    @Test func theRevisionInForceChangesOnItsDate() throws {
        let current = try plan([(1, "2025-01-06"), (2, "2025-06-10")], timing: "毎月")
        let first = try plan([(1, "2025-01-06")], timing: "四半期ごと")
        let history = PlanHistory(current: current, submitted: [SubmittedPlan(number: 1, path: "submitted/plan-r1.yaml", plan: first)])
        // The day before revision 2: revision 1, with its own content (from its submitted copy).
        let before = try #require(history.inForce(on: CivilDate(year: 2025, month: 6, day: 9)!))
        #expect(before.revision.number.value == 1)
        #expect(before.plan.securityPlan.first?.timing.value == "四半期ごと")
        #expect(before.exact)
        // On its date: revision 2.
        let on = try #require(history.inForce(on: CivilDate(year: 2025, month: 6, day: 10)!))
        #expect(on.revision.number.value == 2)
        #expect(on.plan.securityPlan.first?.timing.value == "毎月")
        // Before revision 1, there is none.
        #expect(history.inForce(on: CivilDate(year: 2025, month: 1, day: 5)!) == nil)
    }
}
