import DefaultTemplates
import DocumentModel
import Foundation
import LibXML

/// Turns documents into files, format by format, on every core; each XML is checked against
/// its XSD before anything is written.
public enum DocumentRenderer {
    /// Every document in every format: files in document order, then format order. Output
    /// bytes do not depend on the number of threads.
    public static func render(_ documents: [any Document], formats: [any OutputFormat], templates: TemplateLibrary,
                              workers: Int = Parallel.cores) -> ([RenderedFile], [Diagnostic]) {
        let results = Parallel.map(documents.count, workers: workers, state: { RenderWorkspace(templates: templates) }) { workspace, index in
            var files: [RenderedFile] = []
            var diagnostics: [Diagnostic] = []
            for format in formats {
                let (file, problems) = format.render(documents[index], earlier: files, workspace: &workspace)
                if let file { files.append(file) }
                diagnostics += problems
            }
            return RenderResult(files: files, diagnostics: diagnostics)
        }
        return (results.flatMap(\.files), results.flatMap(\.diagnostics))
    }

    /// Every document in every format on the calling thread, with its workspace (a batch of
    /// folders keeps one per worker, and compiles each XSD once).
    public static func render(_ documents: [any Document], formats: [any OutputFormat], workspace: inout RenderWorkspace) -> ([RenderedFile], [Diagnostic]) {
        var files: [RenderedFile] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            var own: [RenderedFile] = []
            for format in formats {
                let (file, problems) = format.render(document, earlier: own, workspace: &workspace)
                if let file { own.append(file) }
                diagnostics += problems
            }
            files += own
        }
        return (files, diagnostics)
    }

    private struct RenderResult: Sendable {
        let files: [RenderedFile]
        let diagnostics: [Diagnostic]
    }
}
