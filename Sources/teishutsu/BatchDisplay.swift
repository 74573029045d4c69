import ArgumentParser
import DocumentModel
import Foundation
import Synchronization
import TeishutsuKit

/// What `build` and `validate` take for many folders at once.
struct BatchOptions: ParsableArguments {
    // Taken whatever it looks like: `--jobs -1` is a number refused as such, not a missing value.
    @Option(parsing: .unconditional, help: "Folders to work on at once (default: the number of cores).") var jobs: Int?
    @Option(help: "Take only share I of N of the folders (1/3, 2/3, 3/3 cover every folder once), by a hash of each folder's name.")
    var shard: String?
    @Flag(help: "Print only the problems (no progress, no line per folder, no summary).") var quiet = false

    var settings: BatchSettings { BatchSettings(jobs: jobs, shard: shard, quiet: quiet) }

    func validate() throws {
        if let problem = settings.problem { throw ValidationError(problem) }
    }
}

/// BatchOptions as plain values.
struct BatchSettings: Equatable {
    var jobs: Int?
    var shard: String?
    var quiet = false

    static let flags = ["--quiet"], values = ["--jobs", "--shard"]

    /// Why these cannot be used, if they cannot.
    var problem: String? {
        if let jobs, jobs < 1 { return "--jobs must be at least 1" }
        if let shard, Self.parse(shard) == nil { return "--shard is I/N with 1 ≤ I ≤ N, such as 2/3, not '\(shard)'" }
        return nil
    }

    static func parse(_ text: String) -> (index: Int, count: Int)? {
        // Digits only on both sides: not "1//3", "+1/3" or " 1/3".
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let index = Int(parts[0]), let count = Int(parts[1]), count >= 1, (1...count).contains(index) else { return nil }
        return (index, count)
    }

    /// The folders this run takes.
    func select(_ named: [String]) -> [String] {
        let folders = Batch.distinct(named)
        guard let shard, let (index, count) = Self.parse(shard) else { return folders }
        return Batch.shard(folders, index: index, of: count)
    }
}

extension BatchSettings {
    /// The options as QuickArguments read them.
    init(_ read: inout QuickArguments.Read) {
        self.init(jobs: read.value("--jobs", as: { Int($0) }), shard: read.value("--shard"), quiet: read.flag("--quiet"))
    }
}

/// The progress of a batch: on a terminal, one line redrawn in place (folders done of all,
/// documents written, rate, time left); elsewhere, one plain line per folder.
final class BatchDisplay: Sendable {
    private let state: Mutex<(lastDraw: Double, drawn: Bool)> = Mutex((0, false))
    private let start = Date()
    let terminal: Bool
    let quiet: Bool
    let language: Language

    init(quiet: Bool, language: Language) {
        self.quiet = quiet
        self.language = language
        terminal = isatty(2) == 1 && DiagnosticOutput.environment["TERM"] != "dumb"
    }

    func folderDone(_ progress: Batch.Progress, documentsWord: Bool) {
        let ja = language == .ja
        let result = progress.result
        let errors = result.errors
        if terminal {
            guard !quiet else { return }
            let elapsed = Date().timeIntervalSince(start)
            state.withLock { state in
                // At most ten redraws a second, and always the last.
                guard elapsed - state.lastDraw >= 0.1 || progress.done == progress.total else { return }
                state.lastDraw = elapsed
                state.drawn = true
                let rate = Double(progress.done) / max(elapsed, 0.001)
                let left = rate > 0 ? Double(progress.total - progress.done) / rate : 0
                var line = ja ? "\(progress.done)/\(progress.total) フォルダ" : "\(progress.done)/\(progress.total) folders"
                if documentsWord { line += ja ? "、文書 \(Digits.grouped(progress.documents))" : ", \(Digits.grouped(progress.documents)) documents" }
                line += ja ? String(format: "、%.1f フォルダ/秒、残り %@", rate, Self.clock(left)) : String(format: ", %.1f folders/s, %@ left", rate, Self.clock(left))
                StandardOutput.writeError("\r\u{1B}[K" + line)
            }
        } else {
            guard !quiet || errors > 0 else { return }
            let what: String
            if errors > 0 {
                what = ja ? "エラー \(errors)件" : English.counted(errors, "error")
            } else if documentsWord {
                let count = result.written + result.unchanged
                let warnings = result.warnings
                // The running month's report, still a draft, is not built yet: said, as a single folder's build says it.
                let drafts = result.drafts
                what = (ja ? "\(count)ファイル" : English.counted(count, "file"))
                    + (warnings > 0 ? (ja ? "、警告 \(warnings)件" : ", " + English.counted(warnings, "warning")) : "")
                    + (drafts > 0 ? (ja ? "、記入中のため未作成の報告書 \(drafts)件" : ", " + English.counted(drafts, "report") + " still a draft, not built") : "")
            } else {
                what = ja ? "問題なし" : "ok"
            }
            StandardOutput.write("\(errors > 0 ? "FAIL" : "ok  ") \(result.folder)  \(what)\n")
        }
    }

    /// Ends the progress line on a terminal.
    func finish() {
        state.withLock { state in
            if terminal && state.drawn { StandardOutput.writeError("\r\u{1B}[K") }
        }
    }

    var elapsed: Double { Date().timeIntervalSince(start) }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return "\(s / 60):" + Digits.two(s % 60)
    }
}
