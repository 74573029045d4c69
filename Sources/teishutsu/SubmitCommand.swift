import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Records the plan's current revision as submitted (submitted/plan-rN.yaml and .xml).",
        discussion: "From then on, `validate` fails when plan.yaml changes without a new revision entry."
    )
    @Argument(help: "The contract folder.") var folder: String
    @Option(help: "The submission date (default: today in Japan).") var date: String?
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let day = try date.map { try EraDate.parse($0) } ?? Clock.today
        do {
            let (number, written) = try Submissions.submit(folder: folder, date: day)
            let ja = global.language == .ja
            if written.isEmpty {
                print(ja ? "第\(number)版は提出済みです（内容の変更なし）。" : "revision \(number) is already recorded as submitted (no change).")
            }
            for path in written { print(ja ? "記録: \(path)" : "recorded \(path)") }
        } catch let failure as Submissions.Failure {
            printError("error: \(failure.description)\n")
            throw ExitCode(1)
        } catch let failure as OutputWriter.Failure {
            printError(DiagnosticOutput.render([failure.diagnostic], sources: SourceTexts(), format: .text, language: global.language))
            throw ExitCode(2)
        }
    }
}
