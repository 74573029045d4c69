import ArgumentParser
import DocumentModel
import TeishutsuKit

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explains a diagnostic code: what it means, an example, and how to fix it.",
        discussion: "teishutsu explain PLAN-CERT-none; --list prints every code; --markdown prints docs/diagnostics.md."
    )
    @Argument(help: "A code as diagnostics print it (PLAN-CERT-none, yaml-unknown-key).") var code: String?
    @Flag(help: "List every code with its help.") var list = false
    @Flag(help: "Print the reference of every code (docs/diagnostics.md).") var markdown = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        if markdown {
            print(Explain.markdown(), terminator: "")
            return
        }
        if list || code == nil {
            print(Explain.list(language: global.language), terminator: "")
            return
        }
        switch Explain.lookup(code ?? "") {
        case .success(let found):
            print(Explain.text(found, language: global.language), terminator: "")
        case .failure(let failure):
            printError((global.language == .ja ? "エラー: " : "error: ") + failure.message(global.language) + "\n")
            throw ExitCode(2)
        }
    }
}
