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
        The plan's deadline and each revision, each month's report (by the contract's due rule, moved past closed \
        days), the first and final reports of each incident that stopped the service (by the plan's promised \
        times), improvement measures until done, 甲's requests until answered, the record of return and erasure \
        near the contract's end, certificates that expire within \(Deadlines.certificateNoticeDays) days, and \
        training and audits the plan scheduled whose date has passed with no result recorded in a report. A \
        document is "submitted" only when `teishutsu submit` recorded it. --all lists what is done too.
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
        let day = try Clock.day(today)
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
        // A file of the folder that could not be read (a folder named plan.yaml, a pipe, a YAML
        // syntax error, a date that is not one) leaves deadlines unknown: said, and the status
        // fails as validate's would. A placeholder left by init does not hide a deadline.
        let unreadable = report.diagnostics.filter { $0.severity == .error && $0.code.isInputError }
        if !unreadable.isEmpty {
            DiagnosticOutput.write(unreadable, sources: report.sources, format: .text, language: global.language,
                                   color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
            StandardOutput.writeError(global.language == .ja
                ? "上記のファイルを読み込めないため、その記載による期限は一覧に含まれていない場合があります。\n"
                : "what the files above say could not be read: deadlines that depend on it may be missing from the list.\n")
            throw ExitCode(max(1, unreadable.exitStatus()))
        }
    }
}
