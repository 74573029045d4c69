import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
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
    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        let loaded = ContractFolder.load(folder)
        if loaded.contract == nil {
            printError(DiagnosticOutput.render(loaded.diagnostics, sources: loaded.sources, format: .text, language: global.language,
                                               color: DiagnosticOutput.useColor(fileDescriptor: 2)))
            throw ExitCode(max(1, loaded.diagnostics.exitStatus()))
        }
        let items = Deadlines.items(loaded, today: day)
        switch format {
        case .text: print(Deadlines.text(items, today: day, language: global.language, all: all), terminator: "")
        case .json: print(Deadlines.json(items, today: day, language: global.language).prettyText, terminator: "")
        }
    }
}
