import DocumentModel
import Foundation
import JapaneseCalendar
import Testing
import TestSupport
import TeishutsuKit

/// A folder checked on one core and on several says the same, in the same order: the files,
/// the logs, the figures and the rules are spread over the cores, and joined in a fixed order.
@Suite struct WorkersTests {
    static let folders: [String] = {
        let broken = Fixtures.packageRoot.appendingPathComponent("samples/broken")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: broken.path)) ?? []
        return ["samples/demo"] + names.filter { !$0.hasSuffix(".md") }.sorted().map { "samples/broken/\($0)" }
    }()

    @Test(arguments: folders)
    func oneCoreAndFourSayTheSame(_ folder: String) throws {
        let path = Fixtures.packageRoot.appendingPathComponent(folder).path
        let today = CivilDate(year: 2026, month: 4, day: 30)!
        let one = Pipeline.validate(folder: path, today: today, workers: 1)
        let four = Pipeline.validate(folder: path, today: today, workers: 4)
        #expect(one.1.diagnostics == four.1.diagnostics)
        #expect(one.0.reports.map(\.source) == four.0.reports.map(\.source))
        #expect(one.0.reports.map { $0.inquiries.count } == four.0.reports.map { $0.inquiries.count })
        #expect(one.0.submittedPlans.map(\.number) == four.0.submittedPlans.map(\.number))
    }

    @Test func theDemoHasItsLogsAndPlansRead() throws {
        let (folder, report) = Pipeline.validate(folder: Fixtures.demo.path, today: CivilDate(year: 2026, month: 4, day: 30)!, workers: 2)
        #expect(report.diagnostics.isEmpty)
        // Every report names the three shared logs: read once, the same rows in each.
        #expect(folder.reports.count == 12)
        #expect(folder.reports.allSatisfy { !$0.inquiries.isEmpty && !$0.incidents.isEmpty })
        #expect(Set(folder.reports.map { $0.inquiries.count }).count == 1)
        #expect(!folder.submittedPlans.isEmpty && folder.plan != nil && folder.contract != nil)
    }

    /// A log that cannot be read is named at the first report that names it, on any number of
    /// cores (the worker that reads ahead leaves it to be read again in report order).
    @Test func aMissingLogIsNamedAtTheFirstReport() throws {
        let folder = try Fixtures.demoCopy("missing-log")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("logs/inquiries.csv"))
        let today = CivilDate(year: 2026, month: 4, day: 30)!
        for workers in [1, 2, 4] {
            let (_, report) = Pipeline.validate(folder: folder.path, today: today, workers: workers)
            let missing = report.diagnostics.filter { $0.code == .report(.logMissing) }
            #expect(missing.count == 1)
            #expect(missing.first?.span?.file.hasSuffix("reports/2025-04.yaml") == true, "\(missing.map { $0.span?.file ?? "" })")
        }
    }
}
