import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Checks a contract folder and prints every problem.",
        discussion: "Exit status: 0 no errors (warnings allowed unless --strict), 1 errors, 2 usage or I/O problems."
    )

    @Argument(help: "Contract folders, YAML files, CSV logs, or XML / HTML drafts.") var paths: [String] = ["."]
    @Option(help: "text (default), json, sarif or github.") var format: DiagnosticFormat = .text
    @Flag(help: "Warnings fail too.") var strict = false
    @Option(help: "The day deadlines are judged on (default: today in Japan).") var today: String?
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name (logs, a catalog); repeatable.")
    var allowPath: [String] = []
    @OptionGroup var batch: BatchOptions
    @OptionGroup var global: GlobalOptions

    var settings: ValidateSettings {
        ValidateSettings(paths: paths, format: format, strict: strict, today: today, allowPath: allowPath, batch: batch.settings, lang: global.lang)
    }

    func run() throws { try settings.run() }
}

/// What `validate` was asked, whichever reader read it (ArgumentParser or QuickArguments).
struct ValidateSettings: Equatable, CommandRun {
    var paths: [String]
    var format: DiagnosticFormat
    var strict: Bool
    var today: String?
    var allowPath: [String]
    var batch: BatchSettings
    var lang: Language?

    var language: Language { GlobalOptions.language(lang) }

    func run() throws {
        let day = try Clock.day(today)
        var diagnostics: [Diagnostic] = []
        var sources = SourceTexts()
        let selected = batch.select(paths)
        var reports: [RunReport] = []
        if selected.count > 1 {
            // Several folders: one per worker; a progress line on a terminal (text only).
            let display = BatchDisplay(quiet: batch.quiet || format != .text, language: language)
            FreedMemory.keep()
            reports = Batch.validate(selected, today: day, allowed: allowPath, jobs: batch.jobs ?? Parallel.cores) { progress in
                if display.terminal { display.folderDone(progress, documentsWord: false) }
            }.map(\.report)
            display.finish()
        } else {
            reports = selected.map { Inputs.validate($0, today: day, allowed: allowPath) }
        }
        for report in reports {
            diagnostics += report.diagnostics
            sources.merge(report.sources)
        }
        DiagnosticOutput.write(diagnostics, sources: sources, format: format, language: language,
                               color: format == .text && DiagnosticOutput.useColor(fileDescriptor: 1), to: StandardOutput.write)
        if format == .text {
            // What is for later is not checked yet (as build does not build it): said, so that
            // "no problems" is not read as covering it (--quiet: only problems).
            if !batch.quiet {
                for report in reports {
                    let judged = report.dayJudged?.text(language) ?? day.iso
                    for path in report.notYetBegun {
                        StandardOutput.write(language == .ja ? "対象月が始まっていないため、まだ確認していません: \(path)\n"
                                                             : "not checked yet: \(path) (its month has not begun)\n")
                    }
                    for path in report.datedLater {
                        StandardOutput.write(language == .ja ? "日付が確認日（\(judged)）より後のため、まだ確認していません: \(path)\n"
                                                             : "not checked yet: \(path) (dated after \(judged))\n")
                    }
                }
            }
            if diagnostics.isEmpty { StandardOutput.write(language == .ja ? "問題はありません。\n" : "no problems found.\n") }
        }
        let status = diagnostics.exitStatus(strict: strict)
        if status != 0 { throw ExitCode(status) }
    }
}

extension ValidateSettings {
    /// Plain arguments read without ArgumentParser (QuickArguments); nil for anything else.
    init?(quick arguments: [String]) {
        guard var read = QuickArguments.Read(arguments, flags: ["--strict"] + BatchSettings.flags,
                                             values: ["--format", "--today", "--lang"] + BatchSettings.values, lists: ["--allow-path"])
        else { return nil }
        let format = read.value("--format", as: DiagnosticFormat.init(rawValue:)) ?? .text
        let lang = read.value("--lang", as: Language.init(rawValue:))
        let batch = BatchSettings(&read)
        guard !read.refused, batch.problem == nil else { return nil }
        self.init(paths: read.words.isEmpty ? ["."] : read.words, format: format, strict: read.flag("--strict"), today: read.value("--today"),
                  allowPath: read.list("--allow-path"), batch: batch, lang: lang)
    }
}
