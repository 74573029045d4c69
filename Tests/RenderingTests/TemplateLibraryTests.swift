import DocumentModel
import Foundation
import Testing
@testable import Rendering

@Suite struct TemplateLibraryTests {
    func library(_ templates: [String: String], root: String = "plan", shape: ViewShape = PlanView.shape) -> TemplateLibrary {
        TemplateLibrary(sources: templates.map { TemplateSource(name: $0.key, text: $0.value, file: "t/\($0.key).mustache") },
                        documents: [(root, shape)])
    }

    func check(_ templates: [String: String], root: String = "plan") -> [String] {
        library(templates, root: root).diagnostics.map { "\($0.code.id) \($0.span!.line):\($0.span!.column) \($0.message.english)" }
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

    @Test func dottedNamesAreChecked() {
        #expect(check(["plan": "{{ownership.title}}"]).isEmpty)
        #expect(check(["plan": "{{ownership.titel}}"]).count == 1)
        // Functions are not part of teishutsu's templates.
        #expect(check(["plan": "{{#toc}}{{index()}}{{/toc}}"]).first?.hasPrefix("template-syntax 1:9") == true)
    }

    @Test func partialsAreCheckedInTheScopeThatIncludesThem() {
        #expect(check(["plan": "{{#schedule}}{{#gantt}}{{> g}}{{/gantt}}{{/schedule}}", "g": "{{width}} {{#rows}}{{bar_x}}{{/rows}}"]).isEmpty)
        #expect(check(["plan": "{{> missing}}"]).first?.hasPrefix("template-unknown-partial 1:1") == true)
        // The same partial in two scopes is checked in each.
        #expect(check(["plan": "{{#schedule}}{{> p}}{{/schedule}}{{#toc}}{{> p}}{{/toc}}", "p": "{{title}}{{anchor}}{{changed}}"]).count == 1)
    }

    @Test func aPartialThatIncludesItselfIsRefused() {
        #expect(check(["plan": "{{> style}}", "style": "{{> style}}\n"]).map { $0.components(separatedBy: " ")[0] } == ["template-recursive-partial"])
        let indirect = check(["plan": "{{> a}}", "a": "x{{> b}}", "b": "{{#toc}}{{> a}}{{/toc}}"])
        #expect(indirect == ["template-recursive-partial 1:9 the partial 'a' includes itself (plan → a → b → a)"])
    }

    @Test func syntaxErrorsAreLocated() {
        #expect(check(["plan": "<p>\n{{#revisions}}{{number}}{{/revision}}\n"])
                == ["template-syntax 2:25 template syntax error: the closing tag {{/revision}} does not match {{#revisions}}"])
        #expect(check(["plan": "a\n  {{#toc}}x"]).first?.hasPrefix("template-syntax 2:3") == true)
        #expect(check(["plan": "{{title"]).first?.hasPrefix("template-syntax 1:1") == true)
        // An unused template's syntax is reported too.
        #expect(check(["plan": "{{title}}", "other": "{{#x}}"]).first?.hasPrefix("template-syntax 1:1") == true)
    }

    @Test func theShippedTemplatesAreClean() {
        let library = TemplateLibrary.builtIn(documents: DocumentKind.templates)
        #expect(library.diagnostics.isEmpty)
        #expect(library.template("plan") != nil && library.template("report") != nil)
    }

    static let shape = ViewShape("V", values: ["name", "html"], flags: ["on", "off"],
                                 lists: ["items": ViewShape("Item", values: ["text"])], objects: ["inner": ViewShape("Inner", values: ["name"])])

    func render(_ template: String, partials: [String: String] = [:], _ build: (inout ViewObject) -> Void) -> String {
        var view = ViewObject(Self.shape)
        build(&view)
        let sources = [TemplateSource(name: "t", text: template, file: "t")] + partials.map { TemplateSource(name: $0.key, text: $0.value, file: $0.key) }
        let library = TemplateLibrary(sources: sources, documents: [("t", Self.shape)])
        #expect(library.diagnostics.isEmpty)
        return library.template("t")?.render(view.finished) ?? "(no template)"
    }

    @Test func valuesAreEscapedUnlessTripleBraced() {
        let out = render("{{name}}|{{{html}}}|{{& html}}") { v in
            v["name"] = "<a href=\"x\">'&'</a>"
            v["html"] = "<b>"
        }
        #expect(out == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<b>|<b>")
    }

    @Test func sectionsFollowTheirValues() {
        let out = render("{{#on}}on{{/on}}{{#off}}off{{/off}}{{^off}}!off{{/off}}{{#items}}[{{text}}{{name}}]{{/items}}{{^items}}none{{/items}}{{#inner}}({{name}}){{/inner}}") { v in
            v.flag("on", true)
            v["name"] = "outer"
            v.list("items", ["a", "b"]) { text, o in o["text"] = text }
            v.object("inner") { o in o["name"] = "inner" }
        }
        #expect(out == "on!off[aouter][bouter](inner)")
        #expect(render("{{^items}}none{{/items}}{{#inner}}x{{/inner}}") { _ in } == "none")
    }

    @Test func standaloneTagsTakeTheirLineAndPartialsIndent() {
        let template = "<ul>\n  {{#items}}\n  <li>{{text}}</li>\n  {{/items}}\n  {{! note }}\n</ul>\n  {{> p}}\nend\n"
        let out = render(template, partials: ["p": "<p>\n{{name}}\n</p>\n"]) { v in
            v["name"] = "n"
            v.list("items", ["a", "b"]) { text, o in o["text"] = text }
        }
        #expect(out == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n  <p>\n  n\n  </p>\nend\n")
    }

    @Test func changedDelimitersAreRead() {
        #expect(render("{{=<% %>=}}<% name %>{{name}}") { v in v["name"] = "x" } == "x{{name}}")
    }

    @Test func aLargeTemplateParsesInOnePass() {
        // 40,000 tags in about 700 KB: swift-mustache took 40 s; a linear parser takes milliseconds.
        let template = String(repeating: "<td class=\"cell\">{{name}}</td><td class=\"c\">{{#on}}yes{{/on}}</td>\n", count: 13_334)
        let out = render(template) { v in v["name"] = "n" }
        #expect(out.utf8.count == 13_334 * "<td class=\"cell\">n</td><td class=\"c\"></td>\n".utf8.count)
    }
}
