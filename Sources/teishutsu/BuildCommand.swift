import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validates a contract folder and writes every document: the plan and each month's report, as HTML and XML (and PDF).",
        discussion: """
        Writes plan.html, plan.xml and report-YYYY-MM.html, .xml for every report in reports/; with --pdf,         plan.pdf and report-YYYY-MM.pdf too, printed by Chromium (TEISHUTSU_CHROME, else chromium in PATH).         Nothing is written when any error is found; outputs are written all together and only when they change.

        Exit status: 0 written, 1 the folder has errors, 2 usage, a file that cannot be read or written, or no Chromium for --pdf.
        """
    )

    @Argument(help: "The contract folder (contract.yaml, plan.yaml).") var folder: String
    @Option(name: .shortAndLong, help: "The output folder (default: CONTRACT_DIR/out).") var output: String?
    @Option(help: "A folder of templates that replace the built-in ones of the same name.") var templates: String?
    @Option(help: "The day deadlines are judged on (default: today in Japan).") var today: String?
    @Flag(help: "Keep running: rebuild what a change to the plan, a report, a log or a template affects.") var watch = false
    @Flag(help: "Also print each document to PDF (needs Chromium and Japanese fonts).") var pdf = false
    @Flag(name: .customLong("show-ids"), help: "Print the tool's identifiers (PLAN-ORG, SLA-AVAIL, REQ-…) beside the headings, for drafting; never for submission.")
    var showIDs = false
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name (logs, a catalog); repeatable.")
    var allowPath: [String] = []
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        var options = Pipeline.BuildOptions(folder: folder, output: output, templates: templates, today: day)
        options.allowed = allowPath
        options.pdf = pdf
        options.showIDs = showIDs
        if watch {
            let language = global.language
            var watcher = Watcher(options: options, language: language, print: { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            }, render: { diagnostics, sources in
                DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: language,
                                        color: DiagnosticOutput.useColor(fileDescriptor: 1))
            })
            watcher.run()
        }
        let report = Pipeline.build(options)
        let language = global.language
        DiagnosticOutput.write(report.diagnostics, sources: report.sources, format: .text, language: language,
                               color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
        guard !report.hasErrors else {
            printError(language == .ja ? "エラーがあるため、何も出力していません。\n" : "nothing was written because of the errors above.\n")
            throw ExitCode(max(1, report.diagnostics.exitStatus()))
        }
        for path in report.written { print(language == .ja ? "出力: \(path)" : "wrote \(path)") }
        for path in report.unchanged { print(language == .ja ? "変更なし: \(path)" : "unchanged \(path)") }
        for path in report.notYetBegun {
            print(language == .ja ? "対象月が始まっていないため未作成: \(path)" : "not built yet: \(path) (its month has not begun)")
        }
    }
}
