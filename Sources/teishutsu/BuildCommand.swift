import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import TeishutsuKit

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validates contract folders and writes every document, as HTML and XML (and PDF).",
        discussion: """
        Writes, for each folder: plan.html and plan.xml; report-YYYY-MM.html and .xml for every month of reports/ \
        that has begun; incident-ID.html and .xml for every incident report of incidents/; closing.html and .xml \
        when closing.yaml is there; annual-YYYY.html and .xml for every fiscal year that has reports. With --pdf, \
        the PDF of each too, printed by Chromium (TEISHUTSU_CHROME, else chromium in PATH). Nothing is written when \
        any error is found; outputs are written all together and only when they change, and a document an \
        earlier build wrote whose source is gone (a report file removed or renamed) is removed with them \
        (.teishutsu-outputs lists what the build wrote; other files in the folder are left alone).

        Exit status: 0 written, 1 the folder has errors, 2 usage, a file that cannot be read or written, or no Chromium for --pdf.
        """
    )

    @Argument(help: "Contract folders (contract.yaml, plan.yaml); any number, such as contracts/*/.") var folders: [String]
    @Option(name: .shortAndLong, help: "The output folder (default: CONTRACT_DIR/out); with several folders, each one's documents go to OUTPUT/<folder name>/.")
    var output: String?
    @Option(help: "A folder of templates that replace the built-in ones of the same name.") var templates: String?
    @Option(help: "The day deadlines are judged on (default: today in Japan).") var today: String?
    @Flag(help: "Keep running: rebuild what a change to the plan, a report, a log or a template affects.") var watch = false
    @Flag(help: "Also print each document to PDF (needs Chromium and Japanese fonts).") var pdf = false
    @Flag(name: .customLong("show-ids"), help: "Print the tool's identifiers (PLAN-ORG, SLA-AVAIL, REQ-…) beside the headings, for drafting; never for submission.")
    var showIDs = false
    @Option(name: .customLong("allow-path"), help: "A folder outside the contract folder that its files may name (logs, a catalog); repeatable.")
    var allowPath: [String] = []
    @OptionGroup var batch: BatchOptions
    @OptionGroup var global: GlobalOptions

    var settings: BuildSettings {
        BuildSettings(folders: folders, output: output, templates: templates, today: today, watch: watch, pdf: pdf, showIDs: showIDs,
                      allowPath: allowPath, batch: batch.settings, lang: global.lang)
    }

    func validate() throws {
        if let problem = settings.problem { throw ValidationError(problem) }
    }

    func run() throws { try settings.run() }
}

/// What `build` was asked, whichever reader read it (ArgumentParser or QuickArguments).
struct BuildSettings: Equatable, CommandRun {
    var folders: [String]
    var output: String?
    var templates: String?
    var today: String?
    var watch: Bool
    var pdf: Bool
    var showIDs: Bool
    var allowPath: [String]
    var batch: BatchSettings
    var lang: Language?

    /// Why these cannot be used, if they cannot.
    var problem: String? {
        if let problem = batch.problem { return problem }
        if folders.isEmpty { return "give at least one contract folder" }
        if watch && (folders.count > 1 || batch.shard != nil) {
            return Batch.distinct(folders).count == 1 && batch.shard == nil ? "--watch takes one folder, named once" : "--watch takes one folder"
        }
        // A folder that is not there clashes with nothing: its own error says it is missing.
        let clashes = Batch.clashingNames(Batch.distinct(folders).filter { FileManager.default.fileExists(atPath: $0) })
        if output != nil, !clashes.isEmpty {
            return "several folders are named \(clashes.joined(separator: ", ")); their outputs under --output would collide"
        }
        return nil
    }

    var language: Language { GlobalOptions.language(lang) }

    func run() throws {
        let day = try Clock.day(today)
        // More than one folder named (even one folder twice, as a pattern may give it): each
        // folder's outputs under --output/<its name>/, whatever the patterns matched.
        if folders.count > 1 || batch.shard != nil {
            try runBatch(day)
            return
        }
        let folder = folders[0]
        var options = Pipeline.BuildOptions(folder: folder, output: output, templates: templates, today: day)
        options.allowed = allowPath
        options.pdf = pdf
        options.showIDs = showIDs
        if watch {
            let language = language
            var watcher = Watcher(options: options, language: language, print: { text in
                StandardOutput.write(text)
            }, render: { diagnostics, sources in
                DiagnosticOutput.render(diagnostics, sources: sources, format: .text, language: language,
                                        color: DiagnosticOutput.useColor(fileDescriptor: 1))
            })
            watcher.run()
        }
        let report = Pipeline.build(options)
        let language = language
        DiagnosticOutput.write(report.diagnostics, sources: report.sources, format: .text, language: language,
                               color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
        guard !report.hasErrors else {
            printError(language == .ja ? "エラーがあるため、何も出力していません。\n" : "nothing was written because of the errors above.\n")
            throw ExitCode(max(1, report.diagnostics.exitStatus()))
        }
        // --quiet: only problems, as with many folders.
        if batch.quiet { return }
        for path in report.written { print(language == .ja ? "出力: \(path)" : "wrote \(path)") }
        for path in report.unchanged { print(language == .ja ? "変更なし: \(path)" : "unchanged \(path)") }
        for path in report.removed { print(language == .ja ? "削除（今回は作成しない文書）: \(path)" : "removed \(path) (no longer made)") }
        for path in report.notYetBegun {
            print(language == .ja ? "対象月が始まっていないため未作成: \(path)" : "not built yet: \(path) (its month has not begun)")
        }
        for path in report.monthRunning {
            print(language == .ja ? "対象月の途中で記入中（TODO など）のため未作成: \(path)" : "not built yet: \(path) (its month is still running and it is a draft)")
        }
        for path in report.datedLater {
            print(language == .ja ? "日付が確認日（\(report.dayJudged?.japanese ?? day.iso)）より後のため、まだ扱っていません: \(path)" : "not taken up yet: \(path) (dated after \(day.iso))")
        }
    }

    /// Many folders: one per worker, a progress line, the problems grouped by folder, a summary.
    func runBatch(_ day: CivilDate) throws {
        let language = language
        let ja = language == .ja
        var options = Batch.Options(folders: batch.select(folders))
        options.output = output
        options.templates = templates
        options.today = day
        options.allowed = allowPath
        options.pdf = pdf
        options.showIDs = showIDs
        options.jobs = batch.jobs ?? Parallel.cores
        FreedMemory.keep()
        let display = BatchDisplay(quiet: batch.quiet, language: language)
        let outcome = Batch.build(options) { display.folderDone($0, documentsWord: true) }
        display.finish()
        let results: [Batch.FolderResult]
        switch outcome {
        case .failure(let problem):
            DiagnosticOutput.write([problem], sources: SourceTexts(), format: .text, language: language,
                                   color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
            throw ExitCode(2)
        case .success(let made): results = made
        }
        // The errors, folder by folder, in the order the folders were given; a folder that built
        // has its warnings counted (teishutsu validate prints them).
        for result in results where result.hasErrors {
            printError("\n== \(result.folder)\n")
            DiagnosticOutput.write(result.report.diagnostics, sources: result.report.sources, format: .text, language: language,
                                   color: DiagnosticOutput.useColor(fileDescriptor: 2), to: StandardOutput.writeError)
        }
        let failed = results.filter(\.hasErrors)
        if !batch.quiet {
            let written = results.reduce(0) { $0 + $1.written }, unchanged = results.reduce(0) { $0 + $1.unchanged }
            let documents = results.reduce(0) { $0 + ($1.hasErrors ? 0 : $1.report.documents) }
            let warnings = results.filter { !$0.hasErrors }.reduce(0) { $0 + $1.warnings }
            let seconds = String(format: "%.1f", display.elapsed)
            if ja {
                print("フォルダ \(Digits.grouped(results.count))（成功 \(Digits.grouped(results.count - failed.count))、エラーあり \(Digits.grouped(failed.count))）、"
                      + "文書 \(Digits.grouped(documents))、ファイル 出力 \(Digits.grouped(written))・変更なし \(Digits.grouped(unchanged))、"
                      + "警告 \(Digits.grouped(warnings))（teishutsu validate で表示）、\(seconds) 秒")
            } else {
                print("\(English.counted(results.count, "folder")): \(results.count - failed.count) ok, \(failed.count) with errors; "
                      + "\(English.counted(documents, "document")); files \(Digits.grouped(written)) written, \(Digits.grouped(unchanged)) unchanged; "
                      + "\(English.counted(warnings, "warning")) (teishutsu validate shows them); \(seconds) s")
            }
        }
        let status = results.map { $0.report.diagnostics.exitStatus() }.max() ?? 0
        if status != 0 { throw ExitCode(max(1, status)) }
    }
}

extension BuildSettings {
    /// Plain arguments read without ArgumentParser (QuickArguments); nil for anything else.
    init?(quick arguments: [String]) {
        guard var read = QuickArguments.Read(arguments, flags: ["--watch", "--pdf", "--show-ids"] + BatchSettings.flags,
                                             values: ["--output", "--templates", "--today", "--lang"] + BatchSettings.values,
                                             lists: ["--allow-path"], short: ["-o": "--output"])
        else { return nil }
        let lang = read.value("--lang", as: Language.init(rawValue:))
        let batch = BatchSettings(&read)
        guard !read.refused else { return nil }
        self.init(folders: read.words, output: read.value("--output"), templates: read.value("--templates"), today: read.value("--today"),
                  watch: read.flag("--watch"), pdf: read.flag("--pdf"), showIDs: read.flag("--show-ids"), allowPath: read.list("--allow-path"),
                  batch: batch, lang: lang)
        guard problem == nil else { return nil }
    }
}
