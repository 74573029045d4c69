import ArgumentParser
import DocumentModel
import Foundation
import TeishutsuKit

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages: ja or en (default: TEISHUTSU_LANG, else the locale).")
    var lang: Language?

    var language: Language { Self.language(lang) }

    /// The language asked for, else TEISHUTSU_LANG or the locale's.
    static func language(_ lang: Language?) -> Language { lang ?? DiagnosticOutput.defaultLanguage() }
}

extension Language: ExpressibleByArgument {}
extension DiagnosticFormat: ExpressibleByArgument {}

/// Prints to standard error.
func printError(_ text: String) {
    StandardOutput.writeError(text)
}
