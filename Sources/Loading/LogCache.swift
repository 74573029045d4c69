import DefaultTemplates
import DocumentModel
import Foundation
import Synchronization

/// Log files read by the workers that parse the reports naming them, each once, while the
/// other files are still being parsed. A file that cannot be read is not kept: it is read again
/// in report order, so that its problem points at the first report that names it.
public final class LogReadAhead: Sendable {
    struct Read: Sendable {
        let schema: String
        let rows: [LogRow]
        let diagnostics: [Diagnostic]
        let sources: SourceTexts

        /// Reads the log at `file` (`reference`: where a report names it, for a file that
        /// cannot be read).
        init(_ file: String, schema: ObjectSchema, confinement: Confinement?, reference: SourceSpan? = nil) {
            var sources = SourceTexts()
            (rows, diagnostics) = LogLoader.load(path: file, displayPath: file, schema: schema, confinement: confinement,
                                                 reference: reference, sources: &sources)
            self.schema = schema.name
            self.sources = sources
        }
    }
    private enum Entry { case reading, read(Read), notKept }
    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    /// Reads `file` unless another worker has (or is reading it).
    func read(_ file: String, schema: ObjectSchema, confinement: Confinement?) {
        let claimed = entries.withLock { entries in
            guard entries[file] == nil else { return false }
            entries[file] = .reading
            return true
        }
        guard claimed else { return }
        let read = Read(file, schema: schema, confinement: confinement)
        let entry = read.diagnostics.contains { $0.code.isFileProblem } ? Entry.notKept : .read(read)
        entries.withLock { $0[file] = entry }
    }

    /// What was read, by file (once every worker is done).
    var reads: [String: Read] {
        entries.withLock { entries in
            entries.compactMapValues { entry in
                if case .read(let read) = entry { return read }
                return nil
            }
        }
    }
}

/// Log files read once per run, however many reports name them.
public struct LogCache {
    private var loaded: [String: [LogRow]] = [:]
    /// Files read ahead (by the workers, or ``read(_:confinement:workers:)``), not yet taken.
    private var readAhead: [String: LogReadAhead.Read]
    private var failed: Set<String> = []
    /// Logs read with errors in some rows: no figure may be computed from what is left of them.
    public private(set) var withErrors: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init() { readAhead = [:] }

    init(readAhead: LogReadAhead) { self.readAhead = readAhead.reads }

    /// Every log named that could not be read whole, in name order.
    public var incomplete: [String] { withErrors.union(failed).sorted() }

    /// Reads the files named, each once, on up to `workers` cores; `rows` then takes them as if
    /// read there (the same problems, in the order the files are asked for).
    mutating func read(_ requests: [ContractFolder.LogRequest], confinement: Confinement?, workers: Int) {
        var seen: Set<String> = []
        let unique = requests.filter { request in
            seen.insert(request.file).inserted && loaded[request.file] == nil && !failed.contains(request.file)
                && readAhead[request.file]?.schema != request.kind.schema.name
        }
        let results = Parallel.map(unique.count, workers: workers) { index in
            LogReadAhead.Read(unique[index].file, schema: unique[index].kind.schema, confinement: confinement, reference: unique[index].reference)
        }
        for (request, result) in zip(unique, results) { readAhead[request.file] = result }
    }

    /// A log's records, made from its rows once: the reports that name the same file share them.
    private var incidentRecords: [String: [Incident]] = [:]
    private var maintenanceRecords: [String: [MaintenanceWindow]] = [:]
    private var inquiryRecords: [String: [Inquiry]] = [:]

    mutating func incidents(_ file: String, _ rows: [LogRow]) -> [Incident] {
        Self.records(file, rows, in: &incidentRecords, Incident.init)
    }

    mutating func maintenance(_ file: String, _ rows: [LogRow]) -> [MaintenanceWindow] {
        Self.records(file, rows, in: &maintenanceRecords, MaintenanceWindow.init)
    }

    mutating func inquiries(_ file: String, _ rows: [LogRow]) -> [Inquiry] {
        Self.records(file, rows, in: &inquiryRecords, Inquiry.init)
    }

    private static func records<T>(_ file: String, _ rows: [LogRow], in made: inout [String: [T]], _ record: (LogRow) -> T?) -> [T] {
        if let records = made[file] { return records }
        let records = LargeBuffers.compactMap(rows, record)
        made[file] = records
        return records
    }

    mutating func rows(_ file: String, schema: ObjectSchema, reference: SourceSpan, confinement: Confinement?,
                       sources: inout SourceTexts) -> [LogRow]? {
        if let rows = loaded[file] { return rows }
        if failed.contains(file) { return nil }
        let rows: [LogRow], diagnostics: [Diagnostic]
        if let read = readAhead[file], read.schema == schema.name {
            readAhead[file] = nil
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
