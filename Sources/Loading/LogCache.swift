import DefaultTemplates
import DocumentModel
import Foundation

/// Log files read once per run, however many reports name them.
public struct LogCache {
    private var loaded: [String: [LogRow]] = [:]
    private var failed: Set<String> = []
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    mutating func rows(_ file: String, schema: ObjectSchema, reference: SourceSpan, sources: inout SourceTexts) -> [LogRow]? {
        if let rows = loaded[file] { return rows }
        if failed.contains(file) { return nil }
        let (rows, diagnostics) = LogLoader.load(path: file, displayPath: file, schema: schema, sources: &sources)
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
        loaded[file] = rows
        return rows
    }
}
