import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Records that a document was submitted to 甲: the files sent, their SHA-256, the day and who sent it.",
        discussion: """
        Without --report, records the plan's current revision: submitted/plan-rN.yaml (the plan as sent), \
        plan-rN.xml (and .pdf with --pdf) and plan-rN.record.yaml. With --report YYYY-MM, records that month's \
        report: report-YYYY-MM.xml (and .pdf) and report-YYYY-MM.record.yaml; the report then speaks as of \
        that day. `status` says "submitted" only for what is recorded; `validate` tells when a recorded \
        file or an input it was made from changed afterwards.

        A revision submitted before the folder was kept (on paper, by mail) is recorded with --revision N \
        and --note saying how it was sent. A corrected document for a subject already recorded needs \
        --resubmit; the earlier files move to submitted/superseded/, and the document says 訂正版 and the \
        day of the one it corrects. --preview DIR writes the document as it would be sent (HTML, XML, \
        and the PDF with --pdf) into DIR and records nothing: read a correction before sending it.

        Errors in files the document is not made from (next month's report, still a draft; another \
        incident's report) do not stop it: they are named beside the record.

        Exit status: 0 recorded (or already recorded the same), 1 the folder has errors in what the \
        document is made from, or a recorded submission conflicts, 2 usage (no such report, a date before the document, a missing Chromium) \
        or a file that cannot be read or written.
        """
    )
    @Argument(help: "The contract folder.") var folder: String
    @Option(help: "Record the report of this month (2025-04, 令和7年4月) instead of the plan.") var report: String?
    @Option(help: "Record this plan revision (an earlier one needs --note).") var revision: Int?
    @Option(help: "Record the incident report incidents/ID.yaml.") var incident: String?
    @Flag(help: "Record the record of return and erasure (closing.yaml).") var closing = false
    @Option(help: "The submission date, 2026-04-30 or 令和8年4月30日 (default: today in Japan).") var date: String?
    @Option(help: "Who submitted it (default: TEISHUTSU_SUBMITTER, else the login name).") var by: String?
    @Option(help: "A note kept with the record (how it was sent, to whom).") var note: String?
    @Flag(help: "Record a corrected document for a subject already recorded.") var resubmit = false
    @Flag(help: "Keep the PDF as sent too (needs Chromium).") var pdf = false
    @Option(help: "Write the document as it would be sent into this folder, and record nothing.") var preview: String?
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name; repeatable.")
    var allowPath: [String] = []
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        if [report != nil, revision != nil, incident != nil, closing].filter({ $0 }).count > 1 {
            throw ValidationError(global.language == .ja ? "--report、--revision、--incident、--closing のいずれか一つを指定してください"
                                                         : "give one of --report, --revision, --incident and --closing")
        }
        if folder.isEmpty {
            throw ValidationError(global.language == .ja ? "契約フォルダを指定してください" : "give the contract folder")
        }
        if let incident, incident.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(global.language == .ja ? "--incident には障害の番号を指定してください（例 INC-2025-004）" : "--incident needs an incident ID (such as INC-2025-004)")
        }
        if let by, by.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(global.language == .ja ? "--by には提出者の氏名を指定してください" : "--by must name someone")
        }
    }

    func run() throws {
        let ja = global.language == .ja
        let day: CivilDate
        let subject: Submissions.Subject
        do {
            day = try Clock.day(date)
            // A submission is recorded once it has happened: not on a day still to come.
            if day > Clock.today {
                throw ValidationError(ja ? "提出日 \(day.iso) は今日（\(Clock.today.iso)）より後です。提出した日を --date で指定してください"
                                         : "the submission date \(day.iso) is after today (\(Clock.today.iso)); give the day it was sent with --date")
            }
            if let report {
                subject = .report(try YearMonth.parseArgument(report, language: global.language))
            } else if let incident {
                // The file's name given for the ID (INC-2025-004.yaml, as completion writes it): the ID.
                let id = incident.trimmingCharacters(in: .whitespaces)
                let suffix = [".yaml", ".yml"].first { id.lowercased().hasSuffix($0) && id.count > $0.count }
                subject = .incident(suffix.map { String(id.dropLast($0.count)) } ?? id)
            } else if closing {
                subject = .closing
            } else {
                subject = .plan(revision: revision)
            }
        } catch let error as CalendarError {
            printError(error.message, language: global.language)
            throw ExitCode(2)
        } catch {
            printError((ja ? "エラー: " : "error: ") + "\(error)\n")
            throw ExitCode(2)
        }
        var options = Submissions.Options(folder: folder, subject: subject, date: day, by: by ?? Submissions.defaultSubmitter())
        options.note = note
        options.resubmit = resubmit
        options.pdf = pdf
        options.preview = preview
        options.allowed = allowPath
        do {
            let outcome = try Submissions.submit(options)
            if outcome.previewed {
                print(ja ? "\(outcome.title.japanese)を、提出するときの内容で書きました（記録はしていません）:"
                         : "wrote \(outcome.title.english) as it would be sent (nothing recorded):")
                for path in outcome.written { print("  \(path)") }
            } else if outcome.written.isEmpty {
                print(ja ? "\(outcome.title.japanese)は同じ内容で提出済みとして記録されています（変更なし）。"
                         : "\(outcome.title.english) is already recorded as submitted with the same content (no change).")
            } else {
                print(ja ? "\(outcome.title.japanese)を提出済みとして記録しました:" : "recorded \(outcome.title.english) as submitted:")
                for path in outcome.written { print("  \(path)") }
            }
            if let correction = outcome.correction { print(ja ? correction.japanese + "。" : correction.english + ".") }
            if !outcome.errorsElsewhere.isEmpty {
                let files = outcome.errorsElsewhere.joined(separator: ja ? "、" : ", ")
                StandardOutput.writeError(ja ? "注意: \(files) に誤りがありますが、この文書に関わらないため、そのまま進めました（teishutsu validate \(folder) で確認してください）。\n"
                                             : "note: \(files) \(outcome.errorsElsewhere.count == 1 ? "has" : "have") errors that do not concern this document, so they did not stop it (see teishutsu validate \(folder)).\n")
            }
        } catch {
            if !error.diagnostics.isEmpty {
                DiagnosticOutput.write(error.diagnostics, sources: error.sources, format: .text, language: global.language,
                                       color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
            }
            printError(error.message, language: global.language)
            throw ExitCode(error.isUsage ? 2 : 1)
        }
    }
}

extension YearMonth {
    /// A month as a user types it: `2025-04`, `2025/4`, `2025年4月`, `令和7年4月`, `R7.4`.
    static func parseArgument(_ text: String, language: Language) throws -> YearMonth {
        let month = try parseAnyYear(text, language: language)
        // The years the calendar knows (a contract's years are checked against the same).
        guard NationalHolidays.supportedYears.contains(month.year) else {
            throw ValidationError(NationalHolidays.outsideSupportedYears(text).message.text(language))
        }
        return month
    }

    private static func parseAnyYear(_ text: String, language: Language) throws -> YearMonth {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let month = YearMonth(trimmed) { return month }
        let day: String
        if trimmed.hasSuffix("月") {
            day = trimmed + "1日"
        } else if trimmed.contains("/") {
            day = trimmed + "/1"
        } else if trimmed.contains(".") {
            day = trimmed + ".1"
        } else {
            day = trimmed + "-1"
        }
        do {
            let date = try EraDate.parse(day)
            return YearMonth(year: date.year, month: date.month)
        } catch where error.code == .outsideEra || error.code == .beforeTaisho {
            // A month of an era that had ended or not begun (平成31年5月): said so, not "not a month".
            throw ValidationError(language == .ja ? error.japanese : "\(text): \(error.english)")
        } catch {
            throw ValidationError(language == .ja ? "「\(text)」は月として読めません（2025-04 や 令和7年4月 のように書いてください）"
                                                  : "\(text) is not a month (write 2025-04 or 令和7年4月)")
        }
    }
}
