/// The files of the project's Templates/ folder, compiled into the binary (see
/// Plugins/EmbedTemplates): HTML templates, XSDs, JSON Schemas and the requirement catalog.
public enum DefaultTemplates {
    /// The text of `path` (relative to Templates/, e.g. `html/plan.mustache`), if shipped.
    public static func text(_ path: String) -> String? {
        EmbeddedTemplates.files[path]
    }

    /// Every shipped path, sorted.
    public static var paths: [String] {
        EmbeddedTemplates.files.keys.sorted()
    }
}
