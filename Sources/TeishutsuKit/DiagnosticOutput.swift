import DocumentModel
import Foundation

public enum DiagnosticOutput {
    /// The language of messages: `TEISHUTSU_LANG`, else Japanese when the locale is Japanese,
    /// else English.
    public static func defaultLanguage(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let explicit = environment["TEISHUTSU_LANG"], let language = Language(rawValue: explicit) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.hasPrefix("ja") ? .ja : .en }
        }
        return .en
    }

    /// Whether standard output or error is a terminal that takes colour.
    public static func useColor(fileDescriptor: Int32, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" && isatty(fileDescriptor) == 1
    }

    public static func render(_ diagnostics: [Diagnostic], sources: SourceTexts, format: DiagnosticFormat,
                              language: Language, color: Bool = false, toolVersion: String = Teishutsu.version) -> String {
        let sorted = diagnostics.sortedForOutput()
        switch format {
        case .text:
            let renderer = DiagnosticRenderer(language: language, color: color)
            var out = sorted.map { renderer.render($0, sources: sources) }.joined(separator: "\n")
            if !sorted.isEmpty { out += "\n" + renderer.summary(sorted) + "\n" }
            return out
        case .json:
            return json(sorted, language: language).prettyText
        case .sarif:
            return SARIF.document(sorted, language: language, toolVersion: toolVersion).prettyText
        case .github:
            return sorted.map { github($0, language: language) }.joined(separator: "\n") + (sorted.isEmpty ? "" : "\n")
        }
    }

    static func json(_ diagnostics: [Diagnostic], language: Language) -> JSON {
        .object([
            ("errors", .int(diagnostics.errorCount)),
            ("warnings", .int(diagnostics.warningCount)),
            ("diagnostics", .array(diagnostics.map { d in
                var pairs: [(String, JSON)] = [
                    ("code", .string(d.code.id)),
                    ("severity", .string(d.severity.rawValue)),
                    ("message", .string(d.message.text(language))),
                    ("message_ja", .string(d.message.japanese)),
                    ("message_en", .string(d.message.english)),
                ]
                if let expected = d.expected { pairs.append(("expected", .string(expected.text(language)))) }
                if let span = d.span {
                    pairs.append(("file", .string(span.file)))
                    pairs.append(("line", .int(span.line)))
                    pairs.append(("column", .int(span.column)))
                }
                if !d.notes.isEmpty {
                    pairs.append(("notes", .array(d.notes.map { note in
                        var n: [(String, JSON)] = [("message", .string(note.message.text(language)))]
                        if let span = note.span {
                            n.append(("file", .string(span.file)))
                            n.append(("line", .int(span.line)))
                            n.append(("column", .int(span.column)))
                        }
                        return .object(n)
                    })))
                }
                return .object(pairs)
            })),
        ])
    }

    /// One workflow command; `%`, CR, LF and the property separators escaped as GitHub requires.
    static func github(_ d: Diagnostic, language: Language) -> String {
        let command = d.severity == .error ? "error" : "warning"
        var properties: [String] = []
        if let span = d.span {
            properties.append("file=" + escapeProperty(span.file))
            properties.append("line=\(span.line)")
            properties.append("col=\(span.column)")
        }
        properties.append("title=" + escapeProperty(d.code.id))
        var message = d.message.text(language)
        if let expected = d.expected { message += (language == .ja ? "（期待: " : " (expected: ") + expected.text(language) + (language == .ja ? "）" : ")") }
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    static func escapeData(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}
