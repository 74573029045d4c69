import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import Synchronization

/// Many contract folders in one process (`teishutsu build contracts/*/`, `validate` likewise):
/// one folder per worker, the compiled templates shared, each worker's XSDs compiled once, a
/// folder's data freed once its documents are written. Outputs do not depend on the number of
/// workers or the order of the folders.
public enum Batch {
    public struct Options: Sendable {
        public var folders: [String]
        /// The output root: each folder's documents go to `output/<folder name>/` (default: the
        /// folder's own `out/`).
        public var output: String?
        public var templates: String?
        public var today: CivilDate?
        public var allowed: [String] = []
        public var pdf = false
        public var showIDs = false
        public var jobs = Parallel.cores

        public init(folders: [String]) {
            self.folders = folders
        }
    }

    /// What became of one folder (its diagnostics with only the source lines they quote).
    public struct FolderResult: Sendable {
        public let folder: String
        public let report: RunReport
        /// Counted before a built folder's diagnostics are let go.
        public let errors: Int
        public let warnings: Int
        /// The files written, those left as they were, and the running month's reports not built
        /// (still drafts): counted before a built folder's lists of them are let go.
        public let written: Int
        public let unchanged: Int
        public let drafts: Int
        public var hasErrors: Bool { errors > 0 }

        init(folder: String, report: RunReport, keepWarnings: Bool) {
            self.folder = folder
            errors = report.diagnostics.errorCount
            warnings = report.diagnostics.warningCount
            written = report.written.count
            unchanged = report.unchanged.count
            drafts = report.monthRunning.count
            if errors == 0 && !keepWarnings && !report.diagnostics.hasUsageOrIOProblems {
                // A folder that built keeps what the summary counts, not its warnings, the
                // lines they quote, nor the names of its files: a run of a thousand folders stays
                // as small as a run of ten (the names were 5 KB a folder).
                var kept = report
                kept.diagnostics = []
                kept.sources = SourceTexts()
                kept.written = []
                kept.unchanged = []
                kept.monthRunning = []
                self.report = kept
            } else {
                self.report = Batch.pruned(report)
            }
        }
    }

    /// A folder finished, for a progress display (called on worker threads, in any order).
    public struct Progress: Sendable {
        public let done: Int
        public let total: Int
        public let documents: Int
        public let result: FolderResult
    }

    /// The share of folders of shard `index` of `count` (1-based): by a hash of each folder's
    /// name, so that a folder's shard depends on nothing else, and N runners with shards 1…N
    /// cover every folder exactly once.
    public static func shard(_ folders: [String], index: Int, of count: Int) -> [String] {
        folders.filter { Int(fnv1a(name(of: $0)) % UInt64(count)) == index - 1 }
    }

    /// `contracts/setouchi/` → `setouchi`; `.`, `..` and `x/..` are named by the folder they
    /// stand for (`..` inside contracts/setouchi/logs → `setouchi`), so that a folder's outputs
    /// go to OUTPUT/<its name>/ however it is written.
    public static func name(of folder: String) -> String {
        var trimmed = folder
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let last = (trimmed as NSString).lastPathComponent
        guard last == "." || last == ".." || last.isEmpty else { return last }
        let absolute = trimmed.hasPrefix("/") ? trimmed : FileManager.default.currentDirectoryPath + "/" + trimmed
        let resolved = (Paths.normalized(absolute) as NSString).lastPathComponent
        return resolved.isEmpty || resolved == "/" ? last : resolved
    }

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The folders named, each once (`c01`, `c01/`, `./c01` and its absolute path are one
    /// folder), in the order first named.
    public static func distinct(_ folders: [String]) -> [String] {
        // Compared byte for byte: two names Swift counts as equal (が composed, or か and ゛) are
        // two folders on disk.
        var seen: Set<[UInt8]> = []
        return folders.filter { seen.insert(Array((InputFile.realPath($0) ?? $0).utf8)).inserted }
    }

    /// Two folders of one run with the same name would write to one output folder.
    public static func clashingNames(_ folders: [String]) -> [String] {
        Dictionary(grouping: folders, by: name(of:)).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// Builds every folder; results in the order of `folders`.
    public static func build(_ options: Options, progress: @escaping @Sendable (Progress) -> Void) -> Result<[FolderResult], Diagnostic> {
        let context: Pipeline.BuildContext
        switch Pipeline.BuildContext.make(templates: options.templates, pdf: options.pdf) {
        case .failure(let problem): return .failure(problem)
        case .success(let made): context = made
        }
        // An output that cannot hold the folders' outputs is said once, before any folder is read.
        if let output = options.output, let problem = OutputWriter.unusableOutput(output) { return .failure(problem) }
        let counter = Mutex((done: 0, documents: 0))
        let folders = options.folders
        let finished = Mutex([FolderResult?](repeating: nil, count: folders.count))
        // Each folder's outputs are put in place in groups, off the workers' path: a worker goes
        // on to its next folder while the disk takes the last.
        let committer = OutputWriter.Committer()
        _ = Parallel.map(folders.count, workers: options.jobs, state: { RenderWorkspace(templates: context.templates) as RenderWorkspace? }) {
            workspace, index in
            let folder = folders[index]
            var buildOptions = Pipeline.BuildOptions(folder: folder, output: options.output.map { Paths.join($0, name(of: folder)) },
                                                     templates: options.templates, today: options.today)
            buildOptions.allowed = options.allowed
            buildOptions.pdf = options.pdf
            buildOptions.showIDs = options.showIDs
            Pipeline.build(buildOptions, context: context, workspace: &workspace, committer: committer) { report in
                let result = FolderResult(folder: folder, report: report, keepWarnings: false)
                let (done, documents) = counter.withLock { state in
                    state.done += 1
                    state.documents += report.hasErrors ? 0 : report.documents
                    return (state.done, state.documents)
                }
                finished.withLock { $0[index] = result }
                progress(Progress(done: done, total: folders.count, documents: documents, result: result))
            }
        }
        committer.wait()
        return .success(finished.withLock { $0.map { $0! } })
    }

    /// Validates every folder (or file); results in the order of `paths`.
    public static func validate(_ paths: [String], today: CivilDate, allowed: [String], jobs: Int,
                                progress: @escaping @Sendable (Progress) -> Void) -> [FolderResult] {
        let counter = Mutex(0)
        return Parallel.map(paths.count, workers: jobs) { index in
            let report = Inputs.validate(paths[index], today: today, allowed: allowed, workers: 1)
            let result = FolderResult(folder: paths[index], report: report, keepWarnings: true)
            let done = counter.withLock { count in
                count += 1
                return count
            }
            progress(Progress(done: done, total: paths.count, documents: 0, result: result))
            return result
        }
    }

    /// A report keeping only the source texts its diagnostics quote: a folder's files are not
    /// held until the end of a run of a thousand.
    static func pruned(_ report: RunReport) -> RunReport {
        var kept = report
        let files = Set(report.diagnostics.compactMap { $0.span?.file } + report.diagnostics.flatMap { $0.notes.compactMap { $0.span?.file } })
        kept.sources = report.sources.only(files)
        return kept
    }
}
