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
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        let options = Pipeline.BuildOptions(folder: folder, output: output, templates: templates, today: day)
        if watch {
            let language = global.language
            Watcher(options: options, print: { text in
                FileHandle.standardOutput.write(Data(text.utf8))
            }, render: { diagnostics, sources in
                DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: language,
                                        color: DiagnosticOutput.useColor(fileDescriptor: 1))
            }).run()
        }
        let report = Pipeline.build(options)
        let language = global.language
        let text = DiagnosticOutput.render(report.diagnostics, sources: report.sources, format: .text, language: language,
                                           color: DiagnosticOutput.useColor(fileDescriptor: 2))
        printError(text)
        guard !report.hasErrors else {
            printError(language == .ja ? "エラーがあるため、何も出力していません。\n" : "nothing was written because of the errors above.\n")
            throw ExitCode(1)
        }
        for path in report.written { print(language == .ja ? "出力: \(path)" : "wrote \(path)") }
        for path in report.unchanged { print(language == .ja ? "変更なし: \(path)" : "unchanged \(path)") }
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Checks a contract folder and prints every problem.",
        discussion: "Exit status: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage or I/O problems."
    )

    @Argument(help: "Contract folders, YAML files, CSV logs, or XML / HTML drafts.") var paths: [String] = ["."]
    @Option(help: "text (default), json, sarif or github.") var format: DiagnosticFormat = .text
    @Flag(help: "Warnings fail too.") var strict = false
    @Option(help: "The day deadlines are judged on (default: today in Japan).") var today: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let day = try today.map { try EraDate.parse($0) } ?? Clock.today
        var diagnostics: [Diagnostic] = []
        var sources = SourceTexts()
        for path in paths {
            let report = Inputs.validate(path, today: day)
            diagnostics += report.diagnostics
            sources.merge(report.sources)
        }
        let text = DiagnosticOutput.render(diagnostics, sources: sources, format: format, language: global.language,
                                           color: format == .text && DiagnosticOutput.useColor(fileDescriptor: 1))
        print(text, terminator: "")
        if format == .text && diagnostics.isEmpty {
            print(global.language == .ja ? "問題はありません。" : "no problems found.")
        }
        let status = diagnostics.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}
