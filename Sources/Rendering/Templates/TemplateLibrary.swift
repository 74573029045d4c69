import DefaultTemplates
import DocumentModel

/// Every template of a run, parsed once and compiled against the shape of each document that
/// uses it: immutable, shared by every document and thread.
public struct TemplateLibrary: Sendable {
    /// Compiled document templates by name; a template with a problem is absent.
    public let compiled: [String: CompiledTemplate]
    /// Every problem found: syntax, unknown names, unknown or recursive partials.
    public let diagnostics: [Diagnostic]
    public let sources: [TemplateSource]

    /// - Parameters:
    ///   - sources: the templates by name; a later source replaces an earlier one of the same name.
    ///   - documents: the templates to compile and the shape of the view each renders.
    public init(sources: [TemplateSource], documents: [(template: String, shape: ViewShape)]) {
        var byName: [String: TemplateSource] = [:]
        for source in sources { byName[source.name] = source }
        self.sources = byName.values.sorted { $0.name < $1.name }
        var parsed: [String: (parsed: Result<[TemplateNode], TemplateSyntaxError>, file: String)] = [:]
        for source in self.sources { parsed[source.name] = (TemplateParser.parse(source.text), source.file) }
        var compiler = TemplateCompiler(templates: parsed)
        var compiled: [String: CompiledTemplate] = [:]
        var missing: [Diagnostic] = []
        for (template, shape) in documents {
            guard parsed[template] != nil else {
                missing.append(.error(.template(.missing), Message(ja: "テンプレート「\(template)」がありません", en: "there is no template '\(template)'"), at: nil))
                continue
            }
            if let nodes = compiler.compile(template, against: shape) {
                compiled[template] = CompiledTemplate(nodes: nodes, name: template)
            }
        }
        // Every template's syntax is checked, used or not.
        for source in self.sources { compiler.checkSyntax(source.name) }
        self.compiled = compiled
        self.diagnostics = missing + compiler.diagnostics
    }

    /// The built-in templates, compiled for the given documents.
    public static func builtIn(documents: [(template: String, shape: ViewShape)]) -> TemplateLibrary {
        TemplateLibrary(sources: TemplateSource.builtIn, documents: documents)
    }

    public func template(_ name: String) -> CompiledTemplate? { compiled[name] }
}
