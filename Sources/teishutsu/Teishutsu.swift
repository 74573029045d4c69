import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import TeishutsuKit

@main
struct Main {
    static func main() {
        // Reading the arguments takes a few milliseconds when ArgumentParser reads them (it reflects
        // over every option): a command that reads contract folders has the shared tables made meanwhile,
        // sla the national calendar.
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case "build", "validate", "status", "submit": ContractFolder.prepareShared()
        case "sla": DispatchQueue.global().async { _ = ClosedDayCalendar.standard }
        default: break
        }
        do {
            if let quick = QuickArguments.command(arguments) {
                try quick.run()
            } else {
                var command = try Teishutsu.parseAsRoot(arguments)
                try command.run()
            }
        } catch let code as ExitCode {
            // A command's own status (1: errors found), with nothing to print: ArgumentParser would
            // first work out the usage text it then leaves out.
            exit(code.rawValue)
        } catch let error as CalendarError {
            printError(error.message, language: askedLanguage(arguments))
            exit(2)
        } catch {
            // Usage problems exit 2 (ArgumentParser's own code is 64); --help and --version exit 0.
            if Teishutsu.exitCode(for: error) == .validationFailure {
                // A value a command refuses as it runs (sla --month 2100-02) is told with that
                // command's usage, as ArgumentParser tells what it refuses itself.
                // The command named, down its subcommands (calendar open-minutes).
                var own: ParsableCommand.Type = Teishutsu.self, path: [String] = []
                for word in arguments {
                    guard let sub = own.configuration.subcommands.first(where: { $0.configuration.commandName == word }) else { break }
                    own = sub
                    path.append(word)
                }
                if error is ValidationError, !path.isEmpty {
                    let prefix = askedLanguage(arguments) == .ja ? "エラー: " : "Error: "
                    StandardOutput.writeError("\(prefix)\(Teishutsu.message(for: error))\nUsage: \(Teishutsu.usageString(for: own))\n"
                                              + "  See 'teishutsu \(path.joined(separator: " ")) --help' for more information.\n")
                } else {
                    StandardOutput.writeError((Teishutsu.fullMessage(for: error) + "\n"))
                }
                exit(2)
            }
            Teishutsu.exit(withError: error)
        }
    }

    /// The language the command was asked for (the last --lang, as the options read it), else
    /// the environment's: for what is told before the options are read.
    static func askedLanguage(_ arguments: [String]) -> Language {
        var asked: Language?
        for (i, word) in arguments.enumerated() {
            if word.hasPrefix("--lang="), let language = Language(rawValue: String(word.dropFirst(7))) { asked = language }
            if word == "--lang", i + 1 < arguments.count, let language = Language(rawValue: arguments[i + 1]) { asked = language }
        }
        return asked ?? DiagnosticOutput.defaultLanguage()
    }
}

struct Teishutsu: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teishutsu",
        abstract: "提出: writes, checks and keeps current the documents of a Japanese public-sector cloud contract.",
        discussion: """
        A contract folder holds contract.yaml, plan.yaml, reports/YYYY-MM.yaml and the logs they name; incidents/, \
        requests/ and closing.yaml as the contract goes on. `teishutsu build` validates it and writes, as print-ready \
        HTML (PDF with --pdf) and schema-valid XML, the service implementation plan (サービス実施計画書), each monthly \
        report (サービス実績報告書), each incident report (障害報告書), the closing record (データ返却・消去報告書) \
        and the year at a glance (年度報告).
        Exit status: 0 no errors, 1 errors found, 2 usage or I/O problems.
        """,
        version: TeishutsuKit.Teishutsu.version,
        subcommands: [BuildCommand.self, ValidateCommand.self, StatusCommand.self, SubmitCommand.self, DiffCommand.self, InitCommand.self, SLACommand.self, CalendarCommand.self, DateCommand.self, SchemaCommand.self, ExplainCommand.self]
    )
}
