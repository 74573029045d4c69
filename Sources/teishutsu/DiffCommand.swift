import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import TeishutsuKit

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Section-level differences between two plans (YAML, contract folders, or XML submissions).",
        discussion: "--format yaml prints a revision entry, ready to paste under revisions: in plan.yaml."
    )
    @Argument(help: "The older plan: plan.yaml, a contract folder, submitted/plan-rN.yaml or a plan XML.") var old: String
    @Argument(help: "The newer plan.") var new: String
    @Option(help: "text (default), json, or yaml (a revision entry).") var format: Format = .text
    @Option(help: "The date of the revision entry (--format yaml; default: today in Japan).") var date: String?
    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, yaml }

    func run() throws {
        // Both are read before either stops the command: the problems of both are told at once.
        let first = PlanDiff.load(old), second = PlanDiff.load(new)
        guard let oldPlan = first.0, let newPlan = second.0 else {
            var sources = first.2
            sources.merge(second.2)
            let diagnostics = (first.0 == nil ? first.1 : []) + (second.0 == nil ? second.1 : [])
            printError(DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: global.language,
                                               color: DiagnosticOutput.useColor(fileDescriptor: 2)))
            throw ExitCode(2)
        }
        let difference = PlanDiff.compare(old: oldPlan, new: newPlan)
        let style = PlanDiff.documentFormat(near: new)
        let names = ChangeWording.names(plans: [oldPlan, newPlan], catalog: ContractFolder.shippedCatalog, format: style)
        switch format {
        case .text:
            print(PlanDiff.text(difference, old: oldPlan.source, new: newPlan.source, language: global.language,
                                format: style, names: names), terminator: "")
        case .json:
            print(PlanDiff.json(difference).prettyText, terminator: "")
        case .yaml:
            let day = try Clock.day(date)
            let number = max(oldPlan.currentRevisionNumber, newPlan.currentRevisionNumber - 1) + 1
            if difference.parts.isEmpty {
                printError(global.language == .ja ? "内容に違いがないため、改訂は不要です。\n" : "the plans say the same; no revision is needed.\n")
            } else {
                print(PlanDiff.revisionEntry(number: number, date: day, parts: difference.parts, format: style, names: names),
                      terminator: "")
            }
        }
        // As diff(1): 1 when the plans differ, 0 when they say the same.
        if !difference.isEmpty { throw ExitCode(1) }
    }
}
