import DocumentModel
import Foundation
import JapaneseCalendar
import Loading

/// `teishutsu build --watch`: rebuilds as the inputs change, only the documents a change
/// affects. Each rebuild prints the problems that are new since the last one in full, and the
/// rest in one line, so that a new error is never buried under unchanged warnings. A build that
/// fails writes nothing, so the last good outputs stay.
public struct Watcher {
    public let options: Pipeline.BuildOptions
    public let language: Language
    public let print: (String) -> Void
    public let render: ([Diagnostic], SourceTexts) -> String

    private var logsByReport: [YearMonth: Set<String>] = [:]
    private var watched: [String: Input] = [:]
    private var stamps: [String: Stamp?] = [:]
    /// The problems of the last build, to tell the new ones.
    private var shown: Set<ProblemKey> = []

    public init(options: Pipeline.BuildOptions, language: Language,
                print: @escaping (String) -> Void, render: @escaping ([Diagnostic], SourceTexts) -> String) {
        self.options = options
        self.language = language
        self.print = print
        self.render = render
    }

    /// A file's state: a change of any of these is a change of the file.
    struct Stamp: Equatable {
        let modified: Date?
        let size: Int
        let inode: Int
    }

    /// A problem as the watcher tells it apart from the others.
    struct ProblemKey: Hashable {
        let code: String
        let span: SourceSpan?
        let message: String
        let isError: Bool

        init(_ d: Diagnostic) {
            code = d.code.id
            span = d.span
            message = d.message.english
            isError = d.severity == .error
        }
    }

    /// What each input is and what depends on it.
    enum Input: Hashable {
        /// contract.yaml, a catalog, a template, a submitted plan: everything.
        case everything
        case plan
        case report(YearMonth)
        /// A log file: every report that names it.
        case log(String)
    }

    /// The files to watch, with what each one affects; logs as the last load named them.
    func inputs(logsByReport: [YearMonth: Set<String>]) -> [String: Input] {
        let folder = options.folder
        var inputs: [String: Input] = [
            Paths.join(folder, ContractFolder.contractFile): .everything,
            Paths.join(folder, ContractFolder.planFile): .plan,
        ]
        let manager = FileManager.default
        let reports = Paths.join(folder, ContractFolder.reportsFolder)
        for name in (try? manager.contentsOfDirectory(atPath: reports)) ?? [] where ContractFolder.isYAMLName(name) {
            let path = Paths.join(reports, name)
            if let month = YearMonth(String(name.prefix { $0 != "." })) {
                inputs[path] = .report(month)
            } else {
                inputs[path] = .everything
            }
        }
        for file in Set(logsByReport.values.flatMap { $0 }) { inputs[file] = .log(file) }
        for directory in [Paths.join(folder, ContractFolder.submittedFolder), options.templates].compactMap({ $0 }) {
            if let walker = manager.enumerator(atPath: directory) {
                for case let name as String in walker { inputs[Paths.join(directory, name)] = .everything }
            }
        }
        for name in (try? manager.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".yaml") && inputs[Paths.join(folder, name)] == nil {
            inputs[Paths.join(folder, name)] = .everything  // a catalog beside the contract
        }
        return inputs
    }

    static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return Stamp(modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
                     inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0)
    }

    /// The logs each report reads (resolved paths).
    static func logs(of folder: ContractFolder) -> [YearMonth: Set<String>] {
        var result: [YearMonth: Set<String>] = [:]
        for report in folder.reports {
            guard let month = report.month?.value else { continue }
            for path in report.logFiles.values {
                result[month, default: []].insert(ContractFolder.logFile(path.value, of: report))
            }
        }
        return result
    }

    /// The first build; from then on, `poll()` looks for changes.
    public mutating func start() {
        logsByReport = Self.logs(of: ContractFolder.load(options.folder))
        build(options, reason: nil)
        watched = inputs(logsByReport: logsByReport)
        stamps = watched.keys.reduce(into: [String: Stamp?]()) { $0[$1] = Self.stamp($1) }
        let count = watched.count
        print(language == .ja ? "\(options.folder) の \(count) 個のファイルを監視しています（Ctrl-C で終了）\n"
                              : "watching \(count) files in \(options.folder) (Ctrl-C to stop)\n")
    }

    /// Looks once for changed inputs and rebuilds what they affect; whether it built.
    @discardableResult
    public mutating func poll() -> Bool {
        let current = inputs(logsByReport: logsByReport)
        var changed: [String] = []
        var newStamps: [String: Stamp?] = [:]
        for path in Set(current.keys).union(watched.keys) {
            let stamp = Self.stamp(path)
            newStamps[path] = stamp
            if stamps[path] != stamp { changed.append(path) }
        }
        guard !changed.isEmpty else { return false }
        var selection = Pipeline.BuildOptions.Selection.some(plan: false, reports: [])
        for path in changed.sorted() {
            switch current[path] ?? watched[path] ?? .everything {
            case .everything, .plan: selection = .all
            case .report(let month): selection = add(selection, [month])
            case .log(let file): selection = add(selection, Set(logsByReport.filter { $0.value.contains(file) }.keys))
            }
        }
        var selected = options
        selected.only = selection
        build(selected, reason: changed.sorted())
        logsByReport = Self.logs(of: ContractFolder.load(options.folder))
        watched = inputs(logsByReport: logsByReport)
        stamps = newStamps
        for path in watched.keys where stamps[path] == nil { stamps[path] = Self.stamp(path) }
        return true
    }

    /// Builds once, then watches until the process is stopped.
    public mutating func run(interval: Duration = .milliseconds(300)) -> Never {
        start()
        while true {
            Thread.sleep(forTimeInterval: Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18)
            poll()
        }
    }

    private func add(_ selection: Pipeline.BuildOptions.Selection, _ months: Set<YearMonth>) -> Pipeline.BuildOptions.Selection {
        guard case .some(let plan, let reports) = selection else { return selection }
        return .some(plan: plan, reports: reports.union(months))
    }

    private mutating func build(_ options: Pipeline.BuildOptions, reason: [String]?) {
        let ja = language == .ja
        if let reason { print((ja ? "変更: " : "changed: ") + reason.joined(separator: ", ") + "\n") }
        let report = Pipeline.build(options)
        // The first build shows everything; later ones what is new, and the rest in one line.
        let keys = Set(report.diagnostics.map(ProblemKey.init))
        let fresh = reason == nil ? report.diagnostics : report.diagnostics.filter { !shown.contains(ProblemKey($0)) }
        // A build with errors does not judge the warnings that come after them (deadlines, style):
        // those gone from it are not resolved, only not looked at; they stay known.
        let gone = shown.subtracting(keys)
        let unjudged = report.hasErrors ? gone.filter { !$0.isError } : []
        let resolved = gone.count - unjudged.count
        let unchanged = report.diagnostics.count - fresh.count
        let text = render(fresh, report.sources)
        if !text.isEmpty { print(text) }
        if reason != nil && (unchanged > 0 || resolved > 0 || !unjudged.isEmpty) {
            var line = ja ? "前回と同じ問題 \(unchanged) 件（表示を省略）、解消した問題 \(resolved) 件"
                          : "\(English.counted(unchanged, "problem")) as before (not shown again), \(resolved) resolved"
            if !unjudged.isEmpty {
                line += ja ? "、エラーのため確認していない警告 \(unjudged.count) 件" : ", \(English.counted(unjudged.count, "warning")) not checked because of the errors"
            }
            print(line + "\n")
        }
        shown = keys.union(unjudged)
        if report.hasErrors {
            print(ja ? "ビルドに失敗しました。前回の出力をそのまま残しています\n" : "build failed; the last good outputs are kept\n")
            return
        }
        let rebuilt = report.written.map { ($0 as NSString).lastPathComponent }
        print(rebuilt.isEmpty ? (ja ? "すべて最新です\n" : "up to date\n") : (ja ? "再生成: " : "rebuilt ") + rebuilt.joined(separator: ", ") + "\n")
    }
}
