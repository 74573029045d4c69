import ArgumentParser
import TeishutsuKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Scaffolds a new contract folder with commented YAML to fill in.",
        discussion: "Every value to fill in reads TODO(…); `teishutsu validate DIR` points at each one until it is filled."
    )
    @Argument(help: "The folder to create (it must not hold contract.yaml or plan.yaml yet).") var folder: String
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let written = try Scaffold.create(at: folder)
        for path in written { print(global.language == .ja ? "作成: \(path)" : "created \(path)") }
        print(global.language == .ja
              ? "TODO(…) を記入し、teishutsu validate \(folder) で確認してください。"
              : "fill in every TODO(…), then check with: teishutsu validate \(folder)")
    }
}
