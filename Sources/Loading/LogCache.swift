import DefaultTemplates
import DocumentModel
import Foundation

/// Log files read once per run, however many reports name them.
public struct LogCache {
    private var loaded: [String: [LogRow]] = [:]
    /// Files read ahead (``read(_:confinement:workers:)``), not yet taken.
    private var readAhead: [String: (rows: [LogRow], diagnostics: [Diagnostic], sources: SourceTexts)] = [:]
    private var failed: Set<String> = []
    /// Logs read with errors in some rows: no figure may be computed from what is left of them.
    public private(set) var withErrors: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Every log named that could not be read whole, in name order.
    public var incomplete: [String] { withErrors.union(failed).sorted() }

    /// Reads the files named, each once, on up to `workers` cores; `rows` then takes them as if
    /// read there (the same problems, in the order the files are asked for).
    mutating func read(_ requests: [(file: String, schema: ObjectSchema, reference: SourceSpan)], confinement: Confinement?, workers: Int) {
        var seen: Set<String> = []
        let unique = requests.filter { seen.insert($0.file).inserted && loaded[$0.file] == nil && !failed.contains($0.file) }
        let results = Parallel.map(unique.count, workers: workers) { index in
            var sources = SourceTexts()
            let (rows, diagnostics) = LogLoader.load(path: unique[index].file, displayPath: unique[index].file, schema: unique[index].schema,
                                                     confinement: confinement, reference: unique[index].reference, sources: &sources)
            return (rows: rows, diagnostics: diagnostics, sources: sources)
        }
        for (request, result) in zip(unique, results) { readAhead[request.file] = result }
    }

    mutating func rows(_ file: String, schema: ObjectSchema, reference: SourceSpan, confinement: Confinement?,
                       sources: inout SourceTexts) -> [LogRow]? {
        if let rows = loaded[file] { return rows }
        if failed.contains(file) { return nil }
        let rows: [LogRow], diagnostics: [Diagnostic]
        if let read = readAhead.removeValue(forKey: file) {
            (rows, diagnostics) = (read.rows, read.diagnostics)
            sources.merge(read.sources)
        } else {
            (rows, diagnostics) = LogLoader.load(path: file, displayPath: file, schema: schema, confinement: confinement,
                                                 reference: reference, sources: &sources)
        }
        if diagnostics.contains(where: { $0.code == .input(.fileMissing) }) {
            self.diagnostics.append(.error(
                .report(.logMissing),
                Message(ja: "ログファイル \(file) がありません", en: "the log file \(file) does not exist"),
                expected: Message(ja: "報告書ファイルからの相対パス", en: "a path relative to the report file"), at: reference))
            failed.insert(file)
            return nil
        }
        self.diagnostics += diagnostics
        if diagnostics.contains(where: { $0.code.isFileProblem }) {
            failed.insert(file)
            return nil
        }
        if diagnostics.hasErrors { withErrors.insert(file) }
        loaded[file] = rows
        return rows
    }
}
