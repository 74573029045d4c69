import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
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

/// Prints a refusal to standard error, in the language asked for: エラー: … / error: ….
func printError(_ message: Message, language: Language) {
    printError((language == .ja ? "エラー: " : "error: ") + message.text(language) + "\n")
}

extension CalendarError {
    /// What it says, in both languages.
    var message: Message { Message(ja: japanese, en: english) }
}
