import Foundation
import PackagePlugin

/// Compiles the files of Templates/ into the binary, so that a `teishutsu` copied anywhere
/// still has its default templates, schemas and requirement catalog.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: templates, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding the Templates folder",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [templates.path, output.path],
                // The folder itself too, so that an added file re-runs the command.
                inputFiles: [templates] + inputs.sorted { $0.path < $1.path },
                outputFiles: [output]
            ),
        ]
    }
}
