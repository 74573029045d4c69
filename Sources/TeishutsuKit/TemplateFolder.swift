import DefaultTemplates
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
                diagnostics += unusedFiles(in: overrides, read: folder, sources: sources,
                                           unreadable: Set(diagnostics.compactMap { $0.span?.file }))
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

    /// Files of the templates folder that replace nothing, said (warnings): a template whose name
    /// no built-in one has and no template includes (reprot.mustache), another kind of file
    /// where the templates are read, and an XSD (the built-in ones check the XML).
    static func unusedFiles(in overrides: String, read folder: String, sources: [TemplateSource], unreadable: Set<String> = []) -> [Diagnostic] {
        let builtIn = Set(TemplateSource.builtIn.map(\.name))
        let manager = FileManager.default
        func isFile(_ path: String) -> Bool {
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        // `{{> name}}`, spaces and tabs allowed inside the tag.
        let includes = sources.map { source in (source.name, String(String.UnicodeScalarView(source.text.unicodeScalars.filter { $0 != " " && $0 != "\t" }))) }
        func included(_ name: String) -> Bool {
            includes.contains { $0.0 != name && $0.1.contains("{{>" + name + "}}") }
        }
        var diagnostics: [Diagnostic] = []
        // Templates where none are read: beside html/ (read instead), or in a folder below.
        // Compared by their place inside the folder given (`T/`, `T//` and `T` are one folder).
        let readPlace = folder == overrides ? "" : "html"
        var walked = 0
        if let walk = manager.enumerator(atPath: overrides) {
            while let relative = walk.nextObject() as? String, walked < 10_000 {
                walked += 1
                let path = Paths.join(overrides, relative)
                guard relative.hasSuffix(".mustache"), Paths.parent(relative) != readPlace,
                      !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                      isFile(path), !unreadable.contains(path) else { continue }
                diagnostics.append(.warning(
                    .template(.unused),
                    Message(ja: "テンプレート \(relative) は読まれません（テンプレートは \(folder) から読みます）",
                            en: "the template \(relative) is not read (templates are read from \(folder))"),
                    at: .file(path)))
            }
        }
        for file in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !file.hasPrefix(".") {
            let path = Paths.join(folder, file)
            guard isFile(path), !unreadable.contains(path) else { continue }
            if file.hasSuffix(".mustache") {
                let name = String(file.dropLast(".mustache".count))
                guard !builtIn.contains(name), !included(name) else { continue }
                diagnostics.append(.warning(
                    .template(.unused),
                    Message(ja: "テンプレート \(file) は使われません（組み込みに同じ名前のテンプレートがなく、どのテンプレートも読み込んでいません）",
                            en: "the template \(file) is not used (no built-in template has its name, and no template includes it)")
                    + Suggest.didYouMean(Suggest.closest(to: name, among: Array(builtIn)).map { $0 + ".mustache" }),
                    at: .file(path)))
            } else if !file.hasSuffix(".xsd") {
                diagnostics.append(.warning(
                    .template(.unused),
                    Message(ja: "\(file) は使われません（--templates で置き換えられるのは .mustache のテンプレートです）",
                            en: "\(file) is not used (--templates replaces .mustache templates)"),
                    at: .file(path)))
            }
        }
        // XSDs changed from the built-in ones, where a copy of Templates/ keeps them or beside the templates.
        for xsdFolder in Set([overrides, folder, Paths.join(overrides, "xml")]).sorted() {
            for file in ((try? manager.contentsOfDirectory(atPath: xsdFolder)) ?? []).sorted() where file.hasSuffix(".xsd") && isFile(Paths.join(xsdFolder, file)) {
                // A copy of the built-in XSD, as a copy of Templates/ holds, changes nothing.
                if let own = manager.contents(atPath: Paths.join(xsdFolder, file)), let builtIn = DefaultTemplates.text("xml/" + file),
                   own == Data(builtIn.utf8) { continue }
                diagnostics.append(.warning(
                    .template(.unused),
                    Message(ja: "\(file) は使われません（XSD は置き換えられず、生成した XML は組み込みの XSD で検査します）",
                            en: "\(file) is not used (XSDs are not replaced: the generated XML is checked against the built-in ones)"),
                    at: .file(Paths.join(xsdFolder, file))))
            }
        }
        return diagnostics
    }
}
