import DefaultTemplates
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// `teishutsu init`: a new contract folder with everything the routine needs (contract, plan,
/// the first month's report, the three logs with their header rows, `.gitignore`, and the JSON
/// Schemas its YAML files name for editors); or, with `--example`, a filled-in copy of the demo.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible {
        public let message: Message

        init(ja: String, en: String) {
            message = Message(ja: ja, en: en)
        }

        public var description: String { message.english }
    }

    /// One file to write: its path relative to the new folder, and its bytes.
    public struct File: Sendable {
        public let path: String
        public let text: String
    }

    static let schemas = ["contract", "plan", "report", "catalog", "incident", "request", "closing"]

    /// A file added to an existing contract folder (`init DIR --incident ID` …).
    public enum Addition: Sendable {
        case incident(String)
        case request(String)
        case closing

        var path: String {
            switch self {
            case .incident(let id): "\(ContractFolder.incidentsFolder)/\(id).yaml"
            case .request(let id): "\(ContractFolder.requestsFolder)/\(id).yaml"
            case .closing: ContractFolder.closingFile
            }
        }

        var template: String {
            switch self {
            case .incident: "scaffold/incident.yaml"
            case .request: "scaffold/request.yaml"
            case .closing: "scaffold/closing.yaml"
            }
        }

        var id: String {
            switch self {
            case .incident(let id), .request(let id): id
            case .closing: ""
            }
        }
    }

    /// Adds an incident report, a request or the closing record to a folder, with the schema
    /// editors need (when the folder lacks it); overwrites nothing. What was written, and what
    /// to tell the user of it (an incident the log does not have).
    @discardableResult
    public static func add(_ addition: Addition, to folder: String) throws(Failure) -> (written: [String], notes: [Message]) {
        let id = addition.id
        if case .closing = addition {} else {
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }), !id.hasPrefix("-") else {
                throw Failure(ja: "「\(MessageWording.excerpt(id, limit: 40))」はファイル名にできません。英数字、- と _ で書いてください（例: INC-2026-001）",
                              en: "'\(MessageWording.excerpt(id, limit: 40))' cannot name a file; use letters, digits, - and _ (INC-2026-001)")
            }
            // <ID>.yaml must fit in the 255 bytes of a file's name.
            let longest = 255 - ".yaml".utf8.count
            if case .request = addition, id.utf8.count > longest {
                throw Failure(ja: "番号が長すぎてファイル名にできません（\(id.utf8.count)バイト。\(longest)バイトまで）",
                              en: "the id is too long to name a file (\(id.utf8.count) bytes; at most \(longest))")
            }
            if case .incident = addition, let problem = IncidentReport.fileNameProblem(id) {
                throw Failure(ja: problem.japanese + "。障害番号は\(IncidentReport.longestID)バイトまでです",
                              en: problem.english + "; an incident id has at most \(IncidentReport.longestID) bytes")
            }
        }
        guard FileManager.default.fileExists(atPath: Paths.join(folder, ContractFolder.contractFile)) else {
            throw Failure(ja: "\(folder) は契約フォルダではありません（contract.yaml がありません）。teishutsu init \(folder) で作成してください",
                          en: "\(folder) is not a contract folder (no contract.yaml); start one with teishutsu init \(folder)")
        }
        var text = try shipped(addition.template).replacingAll("{{id}}", id)
        var notes: [Message] = []
        if case .incident = addition { (text, notes) = incidentExamples(text, id: id, folder: folder) }
        var files = [File(path: addition.path, text: text)]
        for kind in schemas where !FileManager.default.fileExists(atPath: Paths.join(folder, "schema/\(kind).schema.json")) {
            files.append(File(path: "schema/\(kind).schema.json", text: try shipped("schema/\(kind).schema.json")))
        }
        return (try write(files, at: folder, adding: true), notes)
    }

    /// An incident report's examples from what the folder knows: the incident's time in the log
    /// (detected then at the earliest, first report soon after) and 甲 as the contract names it;
    /// a note when the folder's logs, read, do not have the incident (a mistyped ID), with the
    /// nearest they have.
    static func incidentExamples(_ text: String, id: String, folder: String) -> (String, [Message]) {
        let contract = ContractFolder.load(folder, workers: 1)
        var text = text, notes: [Message] = []
        let logged = contract.reports.incidentsOnce.map(\.id)
        if !logged.isEmpty, !logged.contains(id) {
            let near = Suggest.closest(to: id, among: logged)
            notes.append(Message(ja: "\(id) は障害ログにありません" + (near.map { "（\($0) のことですか）" } ?? "") + "。障害報告書は障害ログにある障害について作ります",
                                 en: "\(id) is not in the incidents log" + (near.map { " (did you mean \($0)?)" } ?? "") + "; an incident report is of an incident of the log"))
        }
        if let incident = contract.reports.incidentsOnce.first(where: { $0.id == id }) {
            let occurred = incident.occurredAt
            func minute(_ instant: Instant) -> String { instant.japanText.replacingOccurrences(of: " ", with: "T") }
            text = text.replacingAll("detected_at: TODO(検知日時 例 2026-04-14T02:15)",
                                     "detected_at: TODO(検知日時 例 \(minute(occurred)))   # ログの発生日時：\(occurred.japanText)")
                .replacingAll("at: TODO(第一報の日時 例 2026-04-14T02:50)", "at: TODO(第一報の日時 例 \(minute(occurred.adding(seconds: 30 * 60))))")
        }
        if let client = contract.contract?.client, !client.name.isEmpty, !ScalarReader.isPlaceholder(client.name) {
            let named = ([client.name] + [client.department].compactMap { $0 }.filter { !ScalarReader.isPlaceholder($0) }).joined(separator: " ")
            text = text.replacingAll("to: TODO(報告先 例 〇〇県 デジタル行政推進課 担当者名)", "to: TODO(報告先 例 \(named) 担当者名)")
        }
        return (text, notes)
    }

    /// What a new folder holds. Only required values read `TODO(…)`; optional keys are commented examples.
    public static func files(firstMonth: YearMonth) throws(Failure) -> [File] {
        var files: [File] = []
        for (path, template) in [("contract.yaml", "scaffold/contract.yaml"), ("plan.yaml", "scaffold/plan.yaml"),
                                 ("reports/\(firstMonth).yaml", "scaffold/report.yaml")] {
            files.append(File(path: path, text: try shipped(template).replacingAll("{{month}}", firstMonth.description)))
        }
        // The logs: the header row of each CSV, in the schema's column order.
        for (name, schema) in [("incidents", LogSchema.incident), ("maintenance", LogSchema.maintenance), ("inquiries", LogSchema.inquiry)] {
            files.append(File(path: "logs/\(name).csv", text: schema.keys.joined(separator: ",") + "\n"))
        }
        files.append(File(path: ".gitignore", text: "# teishutsu build の出力（再生成できるもの）/ build outputs\nout/\n"))
        for kind in schemas {
            files.append(File(path: "schema/\(kind).schema.json", text: try shipped("schema/\(kind).schema.json")))
        }
        return files
    }

    /// The demo, filled in and with its submissions recorded: something to read, build and change.
    public static func exampleFiles() throws(Failure) -> [File] {
        let prefix = "example/"
        var files: [File] = []
        for path in DefaultTemplates.paths where path.hasPrefix(prefix) {
            let relative = String(path.dropFirst(prefix.count))
            var text = try shipped(path)
            // Editors find the schemas in the folder's own schema/ (the copies under submitted/
            // are kept byte for byte: their SHA-256 is recorded).
            if relative.hasSuffix(".yaml"), !relative.hasPrefix("submitted/") {
                text = pointingAtLocalSchema(text, depth: relative.split(separator: "/").count - 1)
            }
            files.append(File(path: relative, text: text))
        }
        guard !files.isEmpty else { throw Failure(ja: "このビルドには例が含まれていません", en: "the example is not part of this build") }
        files.append(File(path: ".gitignore", text: "# teishutsu build の出力（再生成できるもの）/ build outputs\nout/\n"))
        for kind in schemas {
            files.append(File(path: "schema/\(kind).schema.json", text: try shipped("schema/\(kind).schema.json")))
        }
        return files
    }

    /// Creates a new contract folder; refuses to overwrite anything.
    @discardableResult
    public static func create(at folder: String, firstMonth: YearMonth) throws(Failure) -> [String] {
        try write(try files(firstMonth: firstMonth), at: folder)
    }

    /// Creates a copy of the demo.
    @discardableResult
    public static func example(at folder: String) throws(Failure) -> [String] {
        try write(try exampleFiles(), at: folder)
    }

    static func shipped(_ path: String) throws(Failure) -> String {
        guard let text = DefaultTemplates.text(path) else { throw Failure(ja: "このビルドには Templates/\(path) が含まれていません", en: "Templates/\(path) is not part of this build") }
        return text
    }

    /// `# yaml-language-server: $schema=…/schema/NAME.schema.json` made relative to the folder's schema/.
    static func pointingAtLocalSchema(_ text: String, depth: Int) -> String {
        let marker = "# yaml-language-server: $schema="
        guard text.hasPrefix(marker), let end = text.firstIndex(of: "\n") else { return text }
        let target = text[text.index(text.startIndex, offsetBy: marker.count)..<end]
        guard let slash = target.lastIndex(of: "/") else { return text }
        let name = target[target.index(after: slash)...]
        let up = depth == 0 ? "./" : String(repeating: "../", count: depth)
        return marker + up + "schema/" + name + text[end...]
    }

    /// Writes every file, or none: anything already there stops it before a byte is written,
    /// and a failure halfway removes what was written.
    /// - Parameter adding: the files are added to a contract folder (not a new folder).
    static func write(_ files: [File], at folder: String, adding: Bool = false) throws(Failure) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw Failure(ja: "\(folder) はファイルです（フォルダではありません）", en: "\(folder) is a file, not a folder")
        }
        let existing = files.map { Paths.join(folder, $0.path) }.filter { manager.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            let list = existing.joined(separator: ", ")
            throw adding
                ? Failure(ja: "\(existing.joined(separator: "、")) は既にあります。init は新しいファイルを加えるだけで、既にあるファイルを上書きしません",
                          en: "\(list) already exist\(existing.count == 1 ? "s" : ""); init adds new files only and overwrites nothing")
                : Failure(ja: "\(existing.joined(separator: "、")) は既にあります。init は新しい契約フォルダを作るだけで、既にあるファイルを上書きしません",
                          en: "\(list) already exist\(existing.count == 1 ? "s" : ""); init writes a new contract folder and overwrites nothing")
        }
        let folderIsNew = !manager.fileExists(atPath: folder)
        var written: [String] = []
        var created: [String] = []
        do {
            for file in files {
                let path = Paths.join(folder, file.path)
                let directory = Paths.parent(path)
                if !directory.isEmpty, !manager.fileExists(atPath: directory) {
                    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                    created.append(directory)
                }
                guard manager.createFile(atPath: path, contents: Data(file.text.utf8)) else {
                    throw Failure(ja: "\(path) を書けません", en: "cannot write \(path)")
                }
                written.append(path)
            }
        } catch {
            for path in written.reversed() { try? manager.removeItem(atPath: path) }
            for directory in created.reversed() { try? manager.removeItem(atPath: directory) }
            if folderIsNew { try? manager.removeItem(atPath: folder) }
            throw (error as? Failure) ?? Failure(ja: "\(folder) に書けません: \(error.localizedDescription)", en: "cannot write in \(folder): \(error.localizedDescription)")
        }
        return written
    }
}
