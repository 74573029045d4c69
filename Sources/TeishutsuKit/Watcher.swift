import DocumentModel
import Foundation
import JapaneseCalendar
import Loading

/// `teishutsu build --watch`: rebuilds as the inputs change, only the documents a change
/// affects, and prints the diagnostics each time. A build that fails writes nothing, so the
/// last good outputs stay.
public struct Watcher {
    public let options: Pipeline.BuildOptions
    public let interval: Duration
    public let print: (String) -> Void
    public let render: ([Diagnostic], SourceTexts) -> String

    public init(options: Pipeline.BuildOptions, interval: Duration = .milliseconds(300),
                print: @escaping (String) -> Void, render: @escaping ([Diagnostic], SourceTexts) -> String) {
        self.options = options
        self.interval = interval
        self.print = print
        self.render = render
    }

    struct Stamp: Equatable {
        let modified: Date?
        let size: Int
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
        for name in (try? manager.contentsOfDirectory(atPath: reports)) ?? [] where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
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
        return Stamp(modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue ?? 0)
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

    /// Builds once, then watches until the process is stopped.
    public func run() -> Never {
        var logsByReport = Self.logs(of: ContractFolder.load(options.folder))
        build(options, reason: nil)
        var watched = inputs(logsByReport: logsByReport)
        var stamps = watched.keys.reduce(into: [String: Stamp?]()) { $0[$1] = Self.stamp($1) }
        print("watching \(watched.count) files in \(options.folder) (Ctrl-C to stop)\n")
        while true {
            Thread.sleep(forTimeInterval: Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18)
            let current = inputs(logsByReport: logsByReport)
            var changed: [String] = []
            var newStamps: [String: Stamp?] = [:]
            for path in Set(current.keys).union(watched.keys) {
                let stamp = Self.stamp(path)
                newStamps[path] = stamp
                if stamps[path] != stamp { changed.append(path) }
            }
            guard !changed.isEmpty else { continue }
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
        }
    }

    private func add(_ selection: Pipeline.BuildOptions.Selection, _ months: Set<YearMonth>) -> Pipeline.BuildOptions.Selection {
        guard case .some(let plan, let reports) = selection else { return selection }
        return .some(plan: plan, reports: reports.union(months))
    }

    private func build(_ options: Pipeline.BuildOptions, reason: [String]?) {
        if let reason { print("changed: " + reason.joined(separator: ", ") + "\n") }
        let report = Pipeline.build(options)
        let text = render(report.diagnostics, report.sources)
        if !text.isEmpty { print(text) }
        if report.hasErrors {
            print("build failed; the last good outputs are kept\n")
            return
        }
        let rebuilt = report.written.map { ($0 as NSString).lastPathComponent }
        print(rebuilt.isEmpty ? "up to date\n" : "rebuilt " + rebuilt.joined(separator: ", ") + "\n")
    }
}
