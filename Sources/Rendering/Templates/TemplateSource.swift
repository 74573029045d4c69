import DefaultTemplates
import DocumentModel

/// The text of one template and where it came from.
public struct TemplateSource: Sendable {
    /// The name partials use (`style`, `plan`).
    public let name: String
    public let text: String
    /// The file, as diagnostics name it.
    public let file: String

    public init(name: String, text: String, file: String) {
        self.name = name
        self.text = text
        self.file = file
    }

    /// The shipped templates (compiled into the binary), in name order.
    public static let builtIn: [TemplateSource] = DefaultTemplates.paths.compactMap { path in
        guard path.hasPrefix("html/"), path.hasSuffix(".mustache"), let text = DefaultTemplates.text(path) else { return nil }
        return TemplateSource(name: String(path.dropFirst("html/".count).dropLast(".mustache".count)), text: text,
                              file: "Templates/" + path + " (built in)")
    }.sorted { $0.name < $1.name }
}
