import DefaultTemplates
import DocumentModel
import Foundation

/// Log files read once per run, however many reports name them.
public struct LogCache {
    private var loaded: [String: [LogRow]] = [:]
    private var failed: Set<String> = []
    /// Logs read with errors in some rows: no figure may be computed from what is left of them.
    public private(set) var withErrors: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    /// Every log named that could not be read whole, in name order.
    public var incomplete: [String] { withErrors.union(failed).sorted() }

    mutating func rows(_ file: String, schema: ObjectSchema, reference: SourceSpan, confinement: Confinement?,
                       sources: inout SourceTexts) -> [LogRow]? {
        if let rows = loaded[file] { return rows }
        if failed.contains(file) { return nil }
        let (rows, diagnostics) = LogLoader.load(path: file, displayPath: file, schema: schema, confinement: confinement,
                                                 reference: reference, sources: &sources)
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
