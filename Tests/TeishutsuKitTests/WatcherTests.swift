import DocumentModel
import Foundation
import JapaneseCalendar
import Testing
import TestSupport
@testable import TeishutsuKit

/// `build --watch`, step by step: no sleeping, no wall clock.
@Suite struct WatcherTests {
    final class Printed {
        var lines: [String] = []
    }

    @Test func aChangeRebuildsOnlyWhatItAffectsAndABrokenBuildKeepsTheOutputs() throws {
        let folder = try Fixtures.demoCopy("watch")
        try Fixtures.withdrawReportRecords(folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let printed = Printed()
        var options = Pipeline.BuildOptions(folder: folder.path, today: CivilDate(year: 2026, month: 4, day: 30))
        options.output = output.path
        var watcher = Watcher(options: options, language: .en, print: { printed.lines.append($0) },
                              render: { diagnostics, sources in DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: .en) })
        watcher.start()
        #expect(printed.lines.last?.hasPrefix("watching ") == true)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("report-2025-08.html").path))
        let built1 = watcher.poll()
        #expect(!built1, "nothing changed")

        func modified(_ name: String) throws -> Date? {
            try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(name).path)[.modificationDate] as? Date
        }
        let names = ["plan.html", "report-2025-07.html", "report-2025-08.html"]
        let before = try names.map(modified)
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "当月の稼働状況は", with: "8月の稼働状況は、")
        printed.lines = []
        let built2 = watcher.poll()
        #expect(built2)
        #expect(printed.lines.contains("rebuilt report-2025-08.html, report-2025-08.xml\n"), "\(printed.lines)")
        let after = try names.map(modified)
        #expect(after[0] == before[0] && after[1] == before[1])
        #expect(try String(contentsOf: output.appendingPathComponent("report-2025-08.html"), encoding: .utf8).contains("8月の稼働状況は"))
        let built3 = watcher.poll()
        #expect(!built3)

        // A change that breaks the build keeps the last good outputs, and says what is new.
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "month: 2025-08", with: "month: 2025-13")
        printed.lines = []
        let built4 = watcher.poll()
        #expect(built4)
        let text = printed.lines.joined()
        #expect(text.contains("error[yaml-type]"))
        #expect(text.contains("build failed; the last good outputs are kept"))
        // The warnings an errored build does not judge are not "resolved".
        #expect(!text.contains(" resolved") || text.contains(", 0 resolved"), "\(text)")
        #expect(try String(contentsOf: output.appendingPathComponent("report-2025-08.html"), encoding: .utf8).contains("8月の稼働状況は"))

        // Mending it shows the problem resolved, and unchanged problems are not printed again.
        try Fixtures.edit(folder, "reports/2025-08.yaml", replacing: "month: 2025-13", with: "month: 2025-08")
        printed.lines = []
        let built5 = watcher.poll()
        #expect(built5)
        let mended = printed.lines.joined()
        #expect(!mended.contains("error["))
        #expect(mended.contains("1 resolved"), "\(mended)")
    }
}
