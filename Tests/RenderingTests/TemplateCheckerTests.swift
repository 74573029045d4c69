import DocumentModel
import Foundation
import Testing
@testable import Rendering

@Suite struct TemplateCheckerTests {
    func check(_ templates: [String: String], root: String = "plan") -> [String] {
        var checker = TemplateChecker(templates: templates.mapValues { ($0, "t/\(root).mustache") })
        checker.check(template: root, against: PlanView.shape)
        return checker.diagnostics.map { "\($0.code) \($0.span!.line):\($0.span!.column) \($0.message.english)" }
    }

    @Test func aNameTheViewDoesNotHaveIsAnErrorWithItsLine() {
        let result = check(["plan": "<h1>{{title}}</h1>\n<p>\n  {{titel}}\n</p>\n"])
        #expect(result == ["template-unknown-name 3:3 the template asks for 'titel', which the view (PlanView) does not have; did you mean 'title'?"])
    }

    @Test func namesResolveThroughSectionsAndOuterScopes() {
        let ok = "{{#revisions}}{{number}} {{date}} {{title}}{{#changes}}{{text}}{{/changes}}{{/revisions}}{{#ownership}}{{#companies}}{{name}}{{#officers}}{{title}}{{/officers}}{{/companies}}{{/ownership}}{{^revisions}}none{{/revisions}}{{! a comment {{nothing}} }}"
        #expect(check(["plan": ok]).isEmpty)
        let bad = "{{#revisions}}\n{{#changes}}{{txt}}{{/changes}}\n{{/revisions}}"
        #expect(check(["plan": bad]) == ["template-unknown-name 2:13 the template asks for 'txt', which the view (Text) does not have; did you mean 'text'?"])
    }

    @Test func dottedNamesAndSequencePositionsAreChecked() {
        #expect(check(["plan": "{{ownership.title}} {{#toc}}{{index()}}{{/toc}}"]).isEmpty)
        #expect(check(["plan": "{{ownership.titel}}"]).count == 1)
        #expect(check(["plan": "{{index()}}"]).count == 1)
    }

    @Test func partialsAreCheckedInTheScopeThatIncludesThem() {
        #expect(check(["plan": "{{#schedule}}{{#gantt}}{{> g}}{{/gantt}}{{/schedule}}", "g": "{{width}} {{#rows}}{{bar_x}}{{/rows}}"]).isEmpty)
        #expect(check(["plan": "{{> missing}}"]).first?.hasPrefix("template-unknown-partial 1:1") == true)
    }

    @Test func theShippedTemplatesAreClean() {
        var texts = SourceTexts()
        let set = TemplateSet(texts: &texts)
        #expect(set.diagnostics.isEmpty)
        #expect(set.syntaxDiagnostics().isEmpty)
        #expect(set.check("plan", against: PlanView.shape).isEmpty)
        #expect(set.check("report", against: ReportView.shape).isEmpty)
    }

    @Test func userTemplatesReplaceTheShippedOnesAndAreCheckedToo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teishutsu-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("html"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("html/plan.mustache")
        try "<p>{{title}}</p>\n{{#revisions}}{{numbr}}{{/revisions}}\n".write(to: path, atomically: true, encoding: .utf8)
        var texts = SourceTexts()
        let set = TemplateSet(overrides: folder.path, texts: &texts)
        let diagnostics = set.check("plan", against: PlanView.shape)
        #expect(diagnostics.map(\.code) == ["template-unknown-name"])
        #expect(diagnostics.first?.span?.file == folder.path + "/html/plan.mustache")
        #expect(diagnostics.first?.span?.line == 2)
        #expect(texts.line(2, of: folder.path + "/html/plan.mustache") == "{{#revisions}}{{numbr}}{{/revisions}}")
    }

    @Test func templateSyntaxErrorsAreLocated() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teishutsu-tpl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "<p>\n{{#revisions}}{{number}}{{/revision}}\n".write(to: folder.appendingPathComponent("plan.mustache"), atomically: true, encoding: .utf8)
        var texts = SourceTexts()
        let set = TemplateSet(overrides: folder.path, texts: &texts)
        #expect(set.diagnostics.isEmpty)
        #expect(set.syntaxDiagnostics().map(\.code) == ["template-syntax"])
        #expect(set.syntaxDiagnostics().first?.span?.line == 2)
        let checked = set.check("plan", against: PlanView.shape)
        #expect(checked.first?.code == "template-syntax")
        #expect(checked.first?.span?.file == folder.path + "/plan.mustache")
    }
}
