import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Lists what is due and when, overdue first.",
        discussion: """
        The plan's deadline, each month's report (by the contract's due rule, moved past closed days), certificates \
        that expire within \(Deadlines.certificateNoticeDays) days, and training and audits the plan scheduled whose \
        date has passed with no result recorded in a report (activities).
        """
    )
    @Argument(help: "The contract folder.") var folder: String
    @Option(help: "The day to judge on, 2026-04-30 or 令和8年4月30日 (default: today in Japan).") var today: String?
    @Option(help: "text (default) or json.") var format: Format = .text
    @Flag(help: "List what is done too.") var all = false
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name; repeatable.")
    var allowPath: [String] = []
    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        let (items, wording, report) = Deadlines.status(folder: folder, today: day, allowed: allowPath)
        guard let items else {
            DiagnosticOutput.write(report.diagnostics, sources: report.sources, format: .text, language: global.language,
                                   color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
            throw ExitCode(max(1, report.diagnostics.exitStatus()))
        }
        switch format {
        case .text: print(Deadlines.text(items, today: day, language: global.language, all: all, wording: wording), terminator: "")
        case .json: print(Deadlines.json(items, today: day, language: global.language).prettyText, terminator: "")
        }
    }
}
