import DocumentModel
import Foundation
import Testing
@testable import TeishutsuKit

/// A templates folder's files that replace nothing are said, not silently passed over.
@Suite struct TemplateFolderTests {
    @Test func filesThatReplaceNothingAreWarnedOf() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let html = root.appendingPathComponent("html"), xml = root.appendingPathComponent("xml")
        try FileManager.default.createDirectory(at: html, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: xml, withIntermediateDirectories: true)
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Templates")
        // A misspelt template, a partial a template includes, a note, an edited XSD and an unchanged one.
        try FileManager.default.copyItem(at: templates.appendingPathComponent("html/report.mustache"), to: html.appendingPathComponent("reprot.mustache"))
        let plan = try String(contentsOf: templates.appendingPathComponent("html/plan.mustache"), encoding: .utf8)
        try plan.replacingOccurrences(of: "</body>", with: "{{> my-footer }}</body>").write(to: html.appendingPathComponent("plan.mustache"), atomically: false, encoding: .utf8)
        try "<p>提出用</p>".write(to: html.appendingPathComponent("my-footer.mustache"), atomically: false, encoding: .utf8)
        try "memo".write(to: html.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        let xsd = try String(contentsOf: templates.appendingPathComponent("xml/report.xsd"), encoding: .utf8)
        try (xsd + "<!-- changed -->\n").write(to: xml.appendingPathComponent("report.xsd"), atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(at: templates.appendingPathComponent("xml/plan.xsd"), to: xml.appendingPathComponent("plan.xsd"))

        // A template beside html/ (read instead) and one in a folder below.
        try "x".write(to: root.appendingPathComponent("report.mustache"), atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(at: html.appendingPathComponent("old"), withIntermediateDirectories: true)
        try "x".write(to: html.appendingPathComponent("old/plan.mustache"), atomically: false, encoding: .utf8)
        // A partial included with a tab in the tag is used.
        try "<p>x</p>".write(to: html.appendingPathComponent("tabbed.mustache"), atomically: false, encoding: .utf8)
        try "<p>{{>\ttabbed}}</p>".write(to: html.appendingPathComponent("closing.mustache"), atomically: false, encoding: .utf8)

        let (_, _, diagnostics) = TemplateFolder.library(overrides: root.path)
        let warned = diagnostics.filter { $0.code == .template(.unused) }
        #expect(Set(warned.map { URL(fileURLWithPath: $0.span?.file ?? "").lastPathComponent })
                == ["notes.txt", "reprot.mustache", "report.xsd", "report.mustache", "plan.mustache"], "\(warned.map(\.message.english))")
        #expect(warned.count == 5)
        #expect(warned.allSatisfy { $0.severity == .warning })
        #expect(warned.contains { $0.message.english.hasSuffix("did you mean 'report.mustache'?") })
        #expect(!diagnostics.contains { $0.severity == .error }, "\(diagnostics.map(\.message.english))")
    }

    /// The folder named with a slash at its end is the same folder: its templates are read, not
    /// said to be unread.
    @Test func aFolderWrittenWithASlashIsTheSameFolder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("html"), withIntermediateDirectories: true)
        let flat = root.appendingPathExtension("flat")
        defer { try? FileManager.default.removeItem(at: flat) }
        try FileManager.default.createDirectory(at: flat, withIntermediateDirectories: true)
        let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Templates")
        try FileManager.default.copyItem(at: templates.appendingPathComponent("html/report.mustache"), to: flat.appendingPathComponent("report.mustache"))
        try FileManager.default.copyItem(at: templates.appendingPathComponent("html/plan.mustache"), to: root.appendingPathComponent("html/plan.mustache"))
        for path in [flat.path + "/", flat.path + "//", root.path + "/"] {
            let (_, _, diagnostics) = TemplateFolder.library(overrides: path)
            #expect(diagnostics.isEmpty, "\(path): \(diagnostics.map(\.message.english))")
        }
    }
}
