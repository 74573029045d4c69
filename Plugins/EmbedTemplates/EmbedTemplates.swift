import Foundation
import PackagePlugin

/// Compiles the files of Templates/ into the binary, so that a `teishutsu` copied anywhere
/// still has its default templates, schemas and requirement catalog; and samples/demo, under
/// `example/`, for `teishutsu init --example`.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folders = [
            (context.package.directoryURL.appending(path: "Templates"), ""),
            (context.package.directoryURL.appending(path: "samples/demo"), "example/"),
        ]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        var inputs: [URL] = []
        var arguments = [output.path]
        for (folder, prefix) in folders {
            arguments += [folder.path, prefix]
            // The folder itself too, so that an added file re-runs the command.
            inputs.append(folder)
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            var found: [URL] = []
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                // Build outputs of the demo are not part of it.
                if url.path.contains("/samples/demo/out/") { continue }
                found.append(url)
            }
            inputs += found.sorted { $0.path < $1.path }
        }
        return [
            .buildCommand(
                displayName: "Embedding Templates and the demo",
                executable: try context.tool(named: "embed-templates").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
