import ArgumentParser
import DocumentModel
import TeishutsuKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Starts a contract folder (contract, plan, the first month's report, the logs, .gitignore), or adds a month's report, an incident report, a request or the closing record to one.",
        discussion: """
        Writes contract.yaml, plan.yaml, reports/YYYY-MM.yaml (the first month), logs/incidents.csv, \
        logs/maintenance.csv and logs/inquiries.csv (their header rows), .gitignore (out/) and schema/*.json \
        (for editors). Every required value reads TODO(…), and `teishutsu validate DIR` points at each one \
        until it is filled; optional keys are commented examples. Nothing that exists is overwritten.

        In an existing folder, --report MONTH adds reports/MONTH.yaml (--report next: the month after the \
        latest report), started from the report before it: the logs it names, its result and usage titles, \
        its risks not closed, an entry for each security measure of the plan and for each improvement \
        measure still open. What the month must say reads TODO(…), last month's words beside it as comments. \
        --incident ID adds incidents/ID.yaml (the reports made to 甲 about an incident of the \
        log), --request ID adds requests/ID.yaml (甲's improvement request or request for explanation), and --closing \
        adds closing.yaml (the return and erasure of 甲's information at the contract's end).

        With --example, writes a filled-in contract instead (the demo: a plan with three revisions, twelve \
        monthly reports, logs and submission records) that validates and builds as it is.

        Exit status: 0 written, 2 a file already there or a folder that cannot be written.
        """
    )
    @Argument(help: "The folder to create (it may exist, but must not hold any of the files).") var folder: String
    @Option(name: .customLong("first-month"), help: "The month of the first report, 2026-04 or 令和8年4月 (default: this month).")
    var firstMonth: String?
    @Flag(help: "Write the filled-in demo contract instead of a blank one.") var example = false
    @Option(help: "Add the report of a month, reports/MONTH.yaml, to an existing folder: 2026-05, 令和8年5月, or next (the month after the latest report).")
    var report: String?
    @Option(help: "Add an incident report, incidents/ID.yaml, to an existing folder.") var incident: String?
    @Option(help: "Add 甲's request, requests/ID.yaml, to an existing folder.") var request: String?
    @Flag(help: "Add the record of return and erasure, closing.yaml, to an existing folder.") var closing = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let ja = global.language == .ja
        if example && firstMonth != nil {
            throw ValidationError(ja ? "--first-month は新しい空の契約フォルダ用です（--example とは使えません）" : "--first-month is for a blank folder, not --example")
        }
        if [example, report != nil, incident != nil, request != nil, closing].filter({ $0 }).count > 1 {
            throw ValidationError(ja ? "--example、--report、--incident、--request、--closing のいずれか一つを指定してください"
                                     : "give one of --example, --report, --incident, --request and --closing")
        }
        if report != nil && firstMonth != nil {
            throw ValidationError(ja ? "--first-month は新しい空の契約フォルダ用です（--report とは使えません）" : "--first-month is for a blank folder, not --report")
        }
    }

    func run() throws {
        let ja = global.language == .ja
        var written: [String]
        var from: String?
        var notes: [Message] = []
        do {
            if let report {
                let today = Clock.today
                let requested: Scaffold.ReportMonth = ["next", "翌月", "次"].contains(report.trimmingCharacters(in: .whitespaces).lowercased())
                    ? .next : .month(try YearMonth.parseArgument(report, language: global.language))
                let added = try Scaffold.addReport(requested, to: folder, today: today)
                written = added.written
                from = added.previous
                notes = added.notes
            } else if example {
                written = try Scaffold.example(at: folder)
            } else if let incident {
                (written, notes) = try Scaffold.add(.incident(incident), to: folder)
            } else if let request {
                written = try Scaffold.add(.request(request), to: folder).written
            } else if closing {
                written = try Scaffold.add(.closing, to: folder).written
            } else {
                let today = Clock.today
                let month = try firstMonth.map { try YearMonth.parseArgument($0, language: global.language) } ?? YearMonth(year: today.year, month: today.month)
                written = try Scaffold.create(at: folder, firstMonth: month)
            }
        } catch let failure as Scaffold.Failure {
            printError(failure.message, language: global.language)
            throw ExitCode(2)
        }
        for path in written { print(ja ? "作成: \(path)" : "created \(path)") }
        for note in notes { print(ja ? "注意: \(note.japanese)" : "note: \(note.english)") }
        if let from {
            print(ja ? "\(from) から、ログの場所、項目名、継続中のリスク、セキュリティ対策と未完了の改善策を引き継ぎました。"
                     : "started from \(from): its logs, titles, open risks, the security measures and the improvement measures still open")
        }
        if report != nil || incident != nil || request != nil || closing {
            print(ja ? "TODO(…) を記入し、teishutsu validate \(Scaffold.shellWord(folder)) で確認してください。"
                     : "fill in every TODO(…), then check with: teishutsu validate \(Scaffold.shellWord(folder))")
        } else if example {
            print(ja ? "例の契約フォルダです。teishutsu build \(folder) で文書を作れます。"
                     : "an example contract folder: teishutsu build \(folder) makes its documents")
        } else {
            print(ja ? "TODO(…) を記入し、teishutsu validate \(folder) で確認してください。"
                     : "fill in every TODO(…), then check with: teishutsu validate \(folder)")
        }
    }
}
