import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "National holidays, closed days (閉庁日) and open-day minutes.",
        subcommands: [Holidays.self, Closed.self, OpenMinutes.self]
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case tsv, json }

    struct Holidays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "holidays",
            abstract: "Every national holiday and 休日 of a year (1955–2099), in date order."
        )
        @Argument(help: "The year, 1955–2099.") var year: Int
        @Option(help: "tsv: YYYY-MM-DD<TAB>name per line; json: an array.") var format: Format = .tsv
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let holidays = try NationalHolidays.holidays(in: year)
            switch format {
            case .tsv:
                print(holidays.map { "\($0.date.iso)\t\($0.name)" }.joined(separator: "\n"))
            case .json:
                print(JSON.array(holidays.map { holiday in
                    .object([("date", .string(holiday.date.iso)), ("name", .string(holiday.name)),
                             ("kind", .string(holiday.kind.rawValue))])
                }).text)
            }
        }
    }

    struct Closed: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "closed",
            abstract: "Every closed day (閉庁日) of a year with its reasons, one line per day."
        )
        @Argument(help: "The year, 1955–2099.") var year: Int
        @Option(help: "tsv: YYYY-MM-DD<TAB>reason・reason per line; json: an array.") var format: Format = .tsv
        @Option(help: "A contract.yaml whose calendar.closed_days are closed too.") var contract: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let days = try closedDayCalendar(contract, language: global.language).closedDays(in: year)
            switch format {
            case .tsv:
                print(days.map { "\($0.date.iso)\t\($0.reasons.map(\.name).joined(separator: "・"))" }.joined(separator: "\n"))
            case .json:
                print(JSON.array(days.map { day in
                    .object([("date", .string(day.date.iso)), ("weekday", .string(day.date.weekday.kanji)),
                             ("reasons", .array(day.reasons.map { .string($0.name) }))])
                }).text)
            }
        }
    }

    struct OpenMinutes: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open-minutes",
            abstract: "The open-day minutes between two instants (Japan time unless an offset is given)."
        )
        @Argument(help: "Start, ISO 8601 (2024-03-01T10:15, seconds and offset optional).") var from: String
        @Argument(help: "End, ISO 8601.") var to: String
        @Option(help: "A contract.yaml whose calendar.closed_days are closed too.") var contract: String?
        @OptionGroup var global: GlobalOptions

        func run() throws {
            let start = try Instant(iso: from, allowDateOnly: true)
            let end = try Instant(iso: to, allowDateOnly: true)
            for instant in [start, end] where !NationalHolidays.supportedYears.contains(instant.japanDate.year) {
                throw ValidationError(NationalHolidays.outsideSupportedYears(instant.japanDate.iso).message.text(global.language))
            }
            if end < start { throw ValidationError("the end (\(to)) is before the start (\(from))") }
            print(try closedDayCalendar(contract, language: global.language).openMinutes(from: start, to: end))
        }
    }
}

/// The standard calendar, or a contract's; a contract whose calendar section is wrong stops the
/// command with its diagnostics (exit 1, as `sla --contract`; 2 when the file cannot be read).
func closedDayCalendar(_ contract: String?, language: Language) throws -> ClosedDayCalendar {
    guard let contract else { return .standard }
    let (calendar, diagnostics, sources) = ContractCalendar.load(contract)
    if !diagnostics.isEmpty {
        printError(DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: language,
                                           color: DiagnosticOutput.useColor(fileDescriptor: 2)))
    }
    // A path typed on the command line that is not there is a usage problem (2), as everywhere.
    guard let calendar else {
        let unreadable = !FileManager.default.fileExists(atPath: contract) || diagnostics.contains { $0.code.isFileProblem }
        throw ExitCode(unreadable ? 2 : max(1, diagnostics.exitStatus()))
    }
    return calendar
}
