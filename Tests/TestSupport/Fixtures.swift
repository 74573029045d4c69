import Foundation

/// Where the package and its samples are, and scratch copies of them.
public enum Fixtures {
    /// The package root (this file is Tests/TestSupport/Fixtures.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let demo = packageRoot.appendingPathComponent("samples/demo")

    /// The folder every scratch folder of this test process is made in: removed, with whatever
    /// a test left in it, when the process ends.
    public static let scratchRoot: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("teishutsu-tests-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratchRoot) }
        return root
    }()

    /// A new name for a scratch folder (not made yet), in ``scratchRoot``.
    public static func scratchPath(_ name: String) -> URL {
        scratchRoot.appendingPathComponent("teishutsu-\(name)-\(UUID().uuidString)")
    }

    /// A new empty folder under the temporary directory.
    public static func temporaryFolder(_ name: String) throws -> URL {
        let url = scratchPath(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A scratch copy of samples/demo (or of only some of its files), to change freely.
    public static func demoCopy(_ name: String, only files: [String]? = nil) throws -> URL {
        let folder = scratchPath(name)
        if let files {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try FileManager.default.copyItem(at: demo.appendingPathComponent(file), to: folder.appendingPathComponent(file))
            }
        } else {
            try FileManager.default.copyItem(at: demo, to: folder)
            try? FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        }
        return folder
    }

    /// Takes back the submission records of the folder's reports, incident reports and closing
    /// record (all, or only the reports of the months given), so that they are drafts again and
    /// may be edited without a resubmission. The plan's records stay.
    public static func withdrawReportRecords(_ folder: URL, months: [String]? = nil) throws {
        let submitted = folder.appendingPathComponent("submitted")
        for name in try FileManager.default.contentsOfDirectory(atPath: submitted.path)
        where name.hasPrefix("report-") || (months == nil && (name.hasPrefix("incident-") || name.hasPrefix("closing.")
                                                               || (name.hasPrefix("plan-r") && name.hasSuffix(".record.yaml")))) {
            if let months, !months.contains(where: { name.hasPrefix("report-\($0).") }) { continue }
            try FileManager.default.removeItem(at: submitted.appendingPathComponent(name))
        }
    }

    /// Replaces text in a file of a folder; the text must be there.
    public static func edit(_ folder: URL, _ file: String, replacing old: String, with new: String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        guard text.contains(old) else { throw FixtureError(description: "\(file) does not contain \(old)") }
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    public struct FixtureError: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }
}
