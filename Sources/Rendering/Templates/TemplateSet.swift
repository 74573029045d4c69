import DefaultTemplates
import DocumentModel
import Foundation
import Mustache

/// The HTML templates of a run: the shipped ones (compiled in), each replaced by the file of
/// the same name in a user's templates folder when there is one.
public struct TemplateSet {
    /// Where each template came from, by name (`plan`, `style`, …).
    public private(set) var sources: [String: (text: String, file: String)] = [:]
    public private(set) var diagnostics: [Diagnostic] = []
    private var library = MustacheLibrary()

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
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error(
                    "template-syntax",
                    Message(ja: "テンプレートの構文エラー: \(Self.describe(error.error))", en: "template syntax error: \(Self.describe(error.error))"),
                    expected: Message(ja: "正しい Mustache のタグ", en: "well-formed Mustache tags"),
                    at: SourceSpan(file: source.file, line: error.context.lineNumber, column: error.context.columnNumber)))
            } catch {
                diagnostics.append(.error("template-syntax", Message(ja: "テンプレートの構文エラー: \(error)", en: "template syntax error: \(error)"),
                                          at: .file(source.file)))
            }
        }
    }

    /// Checks that `template` and its partials ask only for names of `shape`.
    public func check(_ template: String, against shape: ViewShape) -> [Diagnostic] {
        guard sources[template] != nil else {
            return [.error("template-missing", Message(ja: "テンプレート「\(template)」がありません", en: "there is no template '\(template)'"), at: nil)]
        }
        var checker = TemplateChecker(templates: sources)
        checker.check(template: template, against: shape)
        return checker.diagnostics
    }

    public func render(_ template: String, _ view: [String: Any]) -> String? {
        library.render(view, withTemplate: template)
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
