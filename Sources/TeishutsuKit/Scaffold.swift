import DefaultTemplates
import DocumentModel
import Foundation
import Rendering

/// `teishutsu init`: a new contract folder from Templates/scaffold/, with the JSON Schemas that
/// its YAML files name for editors.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The files written, relative to the new folder, and where their text comes from.
    static let files: [(path: String, template: String)] = [
        ("contract.yaml", "scaffold/contract.yaml"),
        ("plan.yaml", "scaffold/plan.yaml"),
        ("schema/contract.schema.json", "schema/contract.schema.json"),
        ("schema/plan.schema.json", "schema/plan.schema.json"),
        ("schema/report.schema.json", "schema/report.schema.json"),
        ("schema/catalog.schema.json", "schema/catalog.schema.json"),
    ]

    /// Creates the folder's files; refuses to overwrite any of them.
    @discardableResult
    public static func create(at folder: String) throws -> [String] {
        let manager = FileManager.default
        for file in files {
            let path = Paths.join(folder, file.path)
            if manager.fileExists(atPath: path) {
                throw Failure(description: "\(path) already exists; init writes a new contract folder and overwrites nothing")
            }
        }
        var written: [String] = []
        for file in files {
            guard let text = DefaultTemplates.text(file.template) else {
                throw Failure(description: "Templates/\(file.template) is not part of this build")
            }
            let path = Paths.join(folder, file.path)
            let directory = (path as NSString).deletingLastPathComponent
            try manager.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
            guard manager.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw Failure(description: "cannot write \(path)")
            }
            written.append(path)
        }
        return written
    }
}
