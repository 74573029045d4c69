import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct SLACommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sla",
        abstract: "Computes the four service levels of a month from CSV logs.",
        discussion: """
        SLA-AVAIL (minutes), SLA-RECOVERY, SLA-RESPONSE (open-day minutes) and SLA-MAJOR (fiscal year to the month's end). \
        The JSON form is a stable interface for scripts. Exit status: 0 computed, 1 bad input, 2 usage problems.
        """
    )

    @Option(help: "The month: 2025-12 or 令和7年12月.") var month: String
    @Option(help: "incidents.csv: id,occurred_at,recovered_at,impact,summary,response,countermeasure") var incidents: String?
    @Option(help: "maintenance.csv (justified stops): id,start,end,reason") var maintenance: String?
    @Option(help: "inquiries.csv: id,asked_at,asked_by,subject,answered_at,answered_by,answer") var inquiries: String?
    @Option(help: "contract.yaml: its service_levels targets and calendar.closed_days (default: DOMAIN §2).") var contract: String?
    @Option(help: "The time to compute as of, ISO 8601 (default: now). Unrecovered failures and unanswered inquiries count up to it; it must be after the month begins.")
    var now: String?
    @Option(help: "json (default) or table.") var format: Format = .json
    @Flag(help: "JSON: add each outage and justified stop, and the times each figure was counted from and to (the table always shows them).")
    var detail = false
    @OptionGroup var global: GlobalOptions

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, table }

    var settings: SLASettings {
        SLASettings(month: month, incidents: incidents, maintenance: maintenance, inquiries: inquiries, contract: contract, now: now,
                    format: format, detail: detail, lang: global.lang)
    }

    func run() throws { try settings.run() }
}

/// What `sla` was asked, whichever reader read it (ArgumentParser or QuickArguments).
struct SLASettings: Equatable, CommandRun {
    var month: String
    var incidents: String?
    var maintenance: String?
    var inquiries: String?
    var contract: String?
    var now: String?
    var format: SLACommand.Format
    var detail: Bool
    var lang: Language?

    func run() throws {
        // As `init --first-month` and `submit --report` read it: 2025-12, 2025/12 or 令和7年12月.
        let month: YearMonth
        do {
            month = try YearMonth.parseArgument(self.month, language: GlobalOptions.language(lang))
        } catch {
            // Its own words: 平成31年5月 is after 平成 ended, 2100-01 outside the years known.
            throw ValidationError("--month: \(error)")
        }
        let instant: Instant
        if let now {
            instant = try Instant(iso: now, allowDateOnly: true)
            // The years the logs and the calendar know: a time outside them is a typo.
            guard NationalHolidays.supportedYears.contains(instant.japanDate.year) else {
                throw ValidationError("--now: " + NationalHolidays.outsideSupportedYears(now).message.text(GlobalOptions.language(lang)))
            }
        } else {
            instant = Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
        }
        // Before the month begins nothing of it has happened: every figure would read as met.
        guard instant > month.start else {
            throw ValidationError("the month \(month) has not begun at \(instant.japanText) (--now): nothing of it can be computed yet")
        }
        let (result, diagnostics, sources) = SLARun.run(.init(month: month, incidents: incidents, maintenance: maintenance,
                                                              inquiries: inquiries, contract: contract, now: instant))
        if !diagnostics.isEmpty {
            printError(DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: GlobalOptions.language(lang),
                                               color: DiagnosticOutput.useColor(fileDescriptor: 2)))
        }
        guard let result else {
            throw ExitCode(max(1, diagnostics.exitStatus()))
        }
        switch format {
        case .json: SLARun.printJSON(result, detail: detail)
        case .table: StandardOutput.write(SLARun.table(result, language: GlobalOptions.language(lang), digits: .mixed))
        }
        // Large logs make large structures; the end of the process frees them faster than their deinits.
        Foundation.exit(0)
    }
}

extension SLASettings {
    /// Plain arguments read without ArgumentParser (QuickArguments); nil for anything else.
    init?(quick arguments: [String]) {
        guard var read = QuickArguments.Read(arguments, flags: ["--detail"],
                                             values: ["--month", "--incidents", "--maintenance", "--inquiries", "--contract", "--now", "--format", "--lang"]),
              read.words.isEmpty, let month = read.value("--month")
        else { return nil }
        let format = read.value("--format", as: SLACommand.Format.init(rawValue:)) ?? .json
        let lang = read.value("--lang", as: Language.init(rawValue:))
        guard !read.refused else { return nil }
        self.init(month: month, incidents: read.value("--incidents"), maintenance: read.value("--maintenance"), inquiries: read.value("--inquiries"),
                  contract: read.value("--contract"), now: read.value("--now"), format: format, detail: read.flag("--detail"), lang: lang)
    }
}
