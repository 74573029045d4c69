import DocumentModel
import Foundation

/// Reading an input file: bounded in size, UTF-8 only (a byte-order mark is dropped).
public enum InputFile {
    public enum Result {
        case success(String)
        case failure(Diagnostic)
    }

    public static func read(path: String, displayPath: String, limit: Int) -> Result {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(.input(.fileMissing), Message(ja: "ファイル \(displayPath) がありません", en: "\(displayPath) does not exist"),
                                   at: .file(displayPath)))
        }
        guard !isDirectory.boolValue else {
            return .failure(.error(.input(.fileUnreadable), Message(ja: "\(displayPath) はフォルダです", en: "\(displayPath) is a folder, not a file"),
                                   at: .file(displayPath)))
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber, size.intValue > limit {
            return .failure(.error(
                .input(.fileTooLarge),
                Message(ja: "\(displayPath) は大きすぎます（\(size.intValue) バイト、上限 \(limit) バイト）",
                        en: "\(displayPath) is too large (\(size.intValue) bytes; the limit is \(limit))"),
                at: .file(displayPath)))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.error(.input(.fileUnreadable), Message(ja: "\(displayPath) を読めません（権限を確認してください）",
                                                              en: "\(displayPath) cannot be read (check its permissions)"),
                                   at: .file(displayPath)))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            return .failure(.error(.input(.fileUnreadable), Message(ja: "\(displayPath) を読めません: \(error.localizedDescription)",
                                                              en: "\(displayPath) cannot be read: \(error.localizedDescription)"),
                                   at: .file(displayPath)))
        }
        guard data.count <= limit else {
            return .failure(.error(.input(.fileTooLarge),
                                   Message(ja: "\(displayPath) は大きすぎます（上限 \(limit) バイト）", en: "\(displayPath) is too large (the limit is \(limit) bytes)"),
                                   at: .file(displayPath)))
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return .failure(.error(
                .input(.fileNotUTF8),
                Message(ja: "\(displayPath) は UTF-8 ではありません（Shift_JIS の場合は UTF-8 で保存し直してください）",
                        en: "\(displayPath) is not UTF-8 (save a Shift_JIS file again as UTF-8)"),
                at: .file(displayPath)))
        }
        return .success(text)
    }
}
