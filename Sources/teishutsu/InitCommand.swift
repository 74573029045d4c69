import ArgumentParser
import DocumentModel
import TeishutsuKit

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Starts a contract folder (contract, plan, the first month's report, the logs, .gitignore), or adds an incident report, a request or the closing record to one.",
        discussion: """
        Writes contract.yaml, plan.yaml, reports/YYYY-MM.yaml (the first month), logs/incidents.csv, \
        logs/maintenance.csv and logs/inquiries.csv (their header rows), .gitignore (out/) and schema/*.json \
        (for editors). Every required value reads TODO(…), and `teishutsu validate DIR` points at each one \
        until it is filled; optional keys are commented examples. Nothing that exists is overwritten.

        In an existing folder, --incident ID adds incidents/ID.yaml (the reports made to 甲 about an incident of the \
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
    @Option(help: "Add an incident report, incidents/ID.yaml, to an existing folder.") var incident: String?
    @Option(help: "Add 甲's request, requests/ID.yaml, to an existing folder.") var request: String?
    @Flag(help: "Add the record of return and erasure, closing.yaml, to an existing folder.") var closing = false
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        let ja = global.language == .ja
        if example && firstMonth != nil {
            throw ValidationError(ja ? "--first-month は新しい空の契約フォルダ用です（--example とは使えません）" : "--first-month is for a blank folder, not --example")
        }
        if [example, incident != nil, request != nil, closing].filter({ $0 }).count > 1 {
            throw ValidationError(ja ? "--example、--incident、--request、--closing のいずれか一つを指定してください"
                                     : "give one of --example, --incident, --request and --closing")
        }
    }

    func run() throws {
        let ja = global.language == .ja
        let written: [String]
        do {
            if example {
                written = try Scaffold.example(at: folder)
            } else if let incident {
                written = try Scaffold.add(.incident(incident), to: folder)
            } else if let request {
                written = try Scaffold.add(.request(request), to: folder)
            } else if closing {
                written = try Scaffold.add(.closing, to: folder)
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
        if incident != nil || request != nil || closing {
            print(ja ? "TODO(…) を記入し、teishutsu validate \(folder) で確認してください。"
                     : "fill in every TODO(…), then check with: teishutsu validate \(folder)")
        } else if example {
            print(ja ? "例の契約フォルダです。teishutsu build \(folder) で文書を作れます。"
                     : "an example contract folder: teishutsu build \(folder) makes its documents")
        } else {
            print(ja ? "TODO(…) を記入し、teishutsu validate \(folder) で確認してください。"
                     : "fill in every TODO(…), then check with: teishutsu validate \(folder)")
        }
    }
}
