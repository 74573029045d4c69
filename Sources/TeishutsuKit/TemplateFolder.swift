import DocumentModel
import Foundation
import Loading
import Rendering

/// The templates of a run: the built-in ones, each replaced by the file of the same name in a
/// user's templates folder (laid out like Templates/, with `html/`, or holding the `.mustache`
/// files directly), compiled once for every kind of document.
public enum TemplateFolder {
    /// Template files larger than this are refused.
    public static let maximumBytes = 1024 * 1024

    public static func library(overrides: String?) -> (TemplateLibrary, SourceTexts, [Diagnostic]) {
        var texts = SourceTexts()
        var sources = TemplateSource.builtIn
        var diagnostics: [Diagnostic] = []
        if let overrides {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: overrides, isDirectory: &isDirectory), isDirectory.boolValue {
                let html = Paths.join(overrides, "html")
                var isHTMLDirectory: ObjCBool = false
                let folder = FileManager.default.fileExists(atPath: html, isDirectory: &isHTMLDirectory) && isHTMLDirectory.boolValue ? html : overrides
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
                // A template is read only from within the templates folder: a link to a file
                // elsewhere (/proc/self/environ, a key) would print that file into every document.
                let confinement = Confinement(folder: overrides, name: Message(ja: "テンプレートフォルダ", en: "the templates folder"))
                for file in names {
                    let path = Paths.join(folder, file)
                    switch InputFile.read(path: path, displayPath: path, limit: maximumBytes, confinement: confinement) {
                    case .success(let text):
                        sources.append(TemplateSource(name: String(file.dropLast(".mustache".count)), text: text, file: path))
                    case .failure(let problem):
                        diagnostics.append(.error(.template(.unreadable), Message(ja: "テンプレート \(path) を読めません: ", en: "cannot read the template \(path): ") + problem.message,
                                                  at: .file(path)))
                    }
                }
            } else {
                diagnostics.append(.error(
                    .template(.folderMissing),
                    Message(ja: "テンプレートフォルダ \(overrides) がありません", en: "the templates folder \(overrides) does not exist"),
                    expected: Message(ja: "plan.mustache などを置いたフォルダ", en: "a folder holding plan.mustache and the like"), at: nil))
            }
        }
        for source in sources { texts.add(source.file, text: source.text) }
        return (TemplateLibrary(sources: sources, documents: DocumentKind.templates), texts, diagnostics)
    }
}
