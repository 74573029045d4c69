import DefaultTemplates
import DocumentModel
import Foundation
import Mustache

/// The HTML templates of a run: the shipped ones (compiled in), each replaced by the file of
/// the same name in a user's templates folder when there is one.
public struct TemplateSet {
    /// Where each template came from, by name (`plan`, `style`, …).
    public private(set) var sources: [String: (text: String, file: String)] = [:]
    /// Problems with the templates folder itself; a template's own problems come from `check`.
    public private(set) var diagnostics: [Diagnostic] = []

    /// Loads the templates; `overrides` is a folder laid out like Templates/ (with `html/`) or
    /// holding the `.mustache` files directly.
    public init(overrides: String? = nil, texts: inout SourceTexts) {
        for path in DefaultTemplates.paths where path.hasPrefix("html/") && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst("html/".count).dropLast(".mustache".count))
            let file = "Templates/" + path + " (built in)"
            sources[name] = (DefaultTemplates.text(path)!, file)
            texts.add(file, text: DefaultTemplates.text(path)!)
        }
        if let overrides {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: overrides, isDirectory: &isDirectory), isDirectory.boolValue else {
                diagnostics.append(.error(
                    "template-folder-missing",
                    Message(ja: "テンプレートフォルダ \(overrides) がありません", en: "the templates folder \(overrides) does not exist"),
                    expected: Message(ja: "plan.mustache などを置いたフォルダ", en: "a folder holding plan.mustache and the like"), at: nil))
                return
            }
            let htmlFolder = ContractPaths.join(overrides, "html")
            var isHTMLDirectory: ObjCBool = false
            let folder = FileManager.default.fileExists(atPath: htmlFolder, isDirectory: &isHTMLDirectory) && isHTMLDirectory.boolValue ? htmlFolder : overrides
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
            for file in names {
                let path = ContractPaths.join(folder, file)
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    diagnostics.append(.error("template-unreadable", Message(ja: "テンプレート \(path) を読めません", en: "cannot read the template \(path)"),
                                              at: .file(path)))
                    continue
                }
                sources[String(file.dropLast(".mustache".count))] = (text, path)
                texts.add(path, text: text)
            }
        }
    }

    /// Templates are parsed when first checked (with the partials they include), once per run.
    private final class Parsed {
        var library = MustacheLibrary()
        var syntax: [String: [Diagnostic]] = [:]
    }
    private let parsed = Parsed()

    private func parse(_ name: String) -> [Diagnostic] {
        if let known = parsed.syntax[name] { return known }
        guard let source = sources[name] else { return [] }
        var found: [Diagnostic] = []
        do {
            parsed.library.register(try MustacheTemplate(string: source.text), named: name)
        } catch let error as MustacheTemplate.ParserError {
            found.append(.error(
                "template-syntax",
                Message(ja: "テンプレートの構文エラー: \(Self.describe(error.error))", en: "template syntax error: \(Self.describe(error.error))"),
                expected: Message(ja: "正しい Mustache のタグ", en: "well-formed Mustache tags"),
                at: SourceSpan(file: source.file, line: error.context.lineNumber, column: error.context.columnNumber)))
        } catch {
            found.append(.error("template-syntax", Message(ja: "テンプレートの構文エラー: \(error)", en: "template syntax error: \(error)"),
                                at: .file(source.file)))
        }
        parsed.syntax[name] = found
        return found
    }

    /// The syntax errors of every template, used or not (a run that stops before rendering
    /// still reports them).
    public func syntaxDiagnostics() -> [Diagnostic] {
        sources.keys.sorted().flatMap { parse($0) }
    }

    /// Parses `template` and the partials it includes, and checks that they are well-formed
    /// and ask only for names of `shape`.
    public func check(_ template: String, against shape: ViewShape) -> [Diagnostic] {
        guard sources[template] != nil else {
            return [.error("template-missing", Message(ja: "テンプレート「\(template)」がありません", en: "there is no template '\(template)'"), at: nil)]
        }
        var checker = TemplateChecker(templates: sources)
        checker.check(template: template, against: shape)
        let syntax = ([template] + checker.includedPartials.sorted()).flatMap { parse($0) }
        return syntax + checker.diagnostics
    }

    /// Renders a template that `check` has passed.
    public func render(_ template: String, _ view: [String: Any]) -> String? {
        parsed.library.render(view, withTemplate: template)
    }

    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: "a closing tag does not match its section"
        case .unfinishedName?: "an unfinished tag name"
        case .expectedSectionEnd?: "a section is not closed"
        case .invalidSetDelimiter?: "a malformed set-delimiter tag"
        default: "\(error)"
        }
    }
}

/// Joining paths as the user wrote them.
public enum ContractPaths {
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
