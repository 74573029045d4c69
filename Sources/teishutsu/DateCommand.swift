import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar

struct DateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "date",
        abstract: "Prints an ISO date in 和暦, or a 和暦 date in ISO."
    )
    @Argument(help: "2023-01-16, or 令和5年1月16日 / 令和５年１月16日（月） / R5.1.16.") var date: String
    @Option(help: "Digits of the 和暦 form: half (令和5年1月16日), full (令和５年１月１６日), mixed (令和５年１月16日).")
    var style: DigitStyle = .half
    @Flag(help: "Add the weekday: 令和5年1月16日（月）.") var weekday = false
    @OptionGroup var global: GlobalOptions

    func run() throws {
        let parsed: CivilDate
        do {
            parsed = try EraDate.parse(date)
        } catch {
            printError(error.message, language: global.language)
            throw ExitCode(2)
        }
        if CivilDate(iso: date.trimmingCharacters(in: .whitespaces)) != nil {
            print(try EraDate.format(parsed, digits: style, weekday: weekday))
        } else {
            print(parsed.iso)
        }
    }
}

extension DigitStyle: ExpressibleByArgument {}
