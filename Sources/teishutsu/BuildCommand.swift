import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validates a contract folder and writes plan.html and plan.xml.",
        discussion: "Nothing is written when any error is found; outputs are written atomically and only when they change."
    )

    @Argument(help: "The contract folder (contract.yaml, plan.yaml).") var folder: String
    @Option(name: .shortAndLong, help: "The output folder (default: CONTRACT_DIR/out).") var output: String?
    @Option(help: "A folder of templates that replace the built-in ones of the same name.") var templates: String?
    @Option(help: "The day deadlines are judged on (default: today in Japan).") var today: String?
    @Flag(help: "Keep running: rebuild what a change to the plan, a report, a log or a template affects.") var watch = false
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name (logs, a catalog); repeatable.")
    var allowPath: [String] = []
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        var options = Pipeline.BuildOptions(folder: folder, output: output, templates: templates, today: day)
        options.allowed = allowPath
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
    }
}
