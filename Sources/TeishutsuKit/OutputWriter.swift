import DocumentModel
import Foundation
import Rendering

/// Writes a run's documents: each to a temporary file in the output folder, then renamed into
/// place, only after every document rendered and validated. A file whose bytes would not change
/// is left alone, so regeneration does not touch what is current.
public enum OutputWriter {
    public struct Failure: Error {
        public let diagnostic: Diagnostic
    }

    public struct Result: Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
    }

    public static func write(_ files: [RenderedFile], to folder: String) throws -> Result {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(diagnostic: .error(
                .output(.failed), Message(ja: "出力フォルダ \(folder) を作れません: \(error.localizedDescription)",
                                         en: "cannot create the output folder \(folder): \(error.localizedDescription)"), at: nil))
        }
        var result = Result()
        // Stage everything first: a failure here leaves every existing output as it was.
        var staged: [(temporary: String, final: String)] = []
        defer {
            for item in staged where manager.fileExists(atPath: item.temporary) { try? manager.removeItem(atPath: item.temporary) }
        }
        for file in files.sorted(by: { $0.name < $1.name }) {
            let final = Paths.join(folder, file.name)
            let data = Data(file.contents.utf8)
            if manager.contents(atPath: final) == data {
                result.unchanged.append(final)
                continue
            }
            let temporary = Paths.join(folder, ".\(file.name).\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard manager.createFile(atPath: temporary, contents: data) else {
                throw Failure(diagnostic: .error(
                    .output(.failed), Message(ja: "\(final) を書けません", en: "cannot write \(final)"), at: nil))
            }
            staged.append((temporary, final))
        }
        for item in staged {
            if rename(item.temporary, item.final) != 0 {
                throw Failure(diagnostic: .error(
                    .output(.failed), Message(ja: "\(item.final) を置き換えられません（errno \(errno)）", en: "cannot replace \(item.final) (errno \(errno))"),
                    at: nil))
            }
            result.written.append(item.final)
        }
        return result
    }
}
