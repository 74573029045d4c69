import DocumentModel
import Foundation

public enum DiagnosticOutput {
    /// The environment, read once: Foundation makes a new dictionary of every variable at each
    /// read (a third of a millisecond, and `validate` asked three times).
    public static let environment = ProcessInfo.processInfo.environment

    /// The language of messages: `TEISHUTSU_LANG`, else Japanese when the locale is Japanese,
    /// else English.
    public static func defaultLanguage(environment: [String: String] = DiagnosticOutput.environment) -> Language {
        if let explicit = environment["TEISHUTSU_LANG"], let language = Language(rawValue: explicit) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value.hasPrefix("ja") ? .ja : .en }
        }
        return .en
    }

    /// Whether standard output or error is a terminal that takes colour.
    public static func useColor(fileDescriptor: Int32, environment: [String: String] = DiagnosticOutput.environment) -> Bool {
        environment["NO_COLOR"] == nil && environment["TERM"] != "dumb" && isatty(fileDescriptor) == 1
    }

    /// At most this many problems of one code in one file are printed; the rest are counted.
    public static let perFileAndCode = 100

    /// Writes the diagnostics in a format, piece by piece to `write` (a text diagnostic at a
    /// time): output never waits for the whole to be held in memory.
    public static func write(_ diagnostics: [Diagnostic], sources: SourceTexts, format: DiagnosticFormat,
                             language: Language, color: Bool = false, toolVersion: String = Teishutsu.version,
                             to write: (String) -> Void) {
        let (shown, omitted) = capped(diagnostics.sortedForOutput())
        switch format {
        case .text:
            let renderer = DiagnosticRenderer(language: language, color: color)
            var cache = DiagnosticRenderer.LineCache()
            for (i, d) in shown.enumerated() {
                write((i > 0 ? "\n" : "") + renderer.render(d, sources: sources, cache: &cache))
            }
            for group in omitted {
                write(language == .ja ? "\n（\(group.file) の \(group.code) はほかに\(Digits.grouped(group.count))件あります。表示を省略しました）\n"
                                      : "\n(\(English.counted(group.count, "more problem")) \(group.code) in \(group.file), not shown)\n")
            }
            if !shown.isEmpty { write("\n" + renderer.summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount) + "\n") }
        case .json:
            write(json(shown, omitted: omitted, all: diagnostics, language: language).prettyText)
        case .sarif:
            write(SARIF.document(shown, language: language, toolVersion: toolVersion).prettyText)
        case .github:
            for d in shown { write(github(d, language: language) + "\n") }
            for group in omitted {
                write("::warning title=\(escapeProperty(group.code))::\(escapeData("\(group.count) more \(group.code) in \(group.file) not shown"))\n")
            }
        }
    }

    /// The whole output as one text (for tests and small runs).
    public static func render(_ diagnostics: [Diagnostic], sources: SourceTexts, format: DiagnosticFormat,
                              language: Language, color: Bool = false, toolVersion: String = Teishutsu.version) -> String {
        var out = ""
        write(diagnostics, sources: sources, format: format, language: language, color: color, toolVersion: toolVersion) { out += $0 }
        return out
    }

    /// The problems to print: at most ``perFileAndCode`` of one code in one file (and the one
    /// that carries the problems only counted); the others counted.
    static func capped(_ sorted: [Diagnostic]) -> ([Diagnostic], [(file: String, code: String, count: Int)]) {
        var seen: [String: Int] = [:]
        var shown: [Diagnostic] = []
        var omitted: [String: (file: String, code: String, count: Int)] = [:]
        var order: [String] = []
        for d in sorted {
            let file = d.span?.file ?? "-"
            let key = file + "\u{0}" + d.code.id
            seen[key, default: 0] += 1
            // The problem that says how many more were only counted is always shown.
            if seen[key, default: 0] <= perFileAndCode || d.carriesUnrecorded {
                shown.append(d)
            } else {
                if omitted[key] == nil { order.append(key) }
                omitted[key, default: (file, d.code.id, 0)].count += 1
            }
        }
        return (shown, order.compactMap { omitted[$0] })
    }

    static func json(_ diagnostics: [Diagnostic], omitted: [(file: String, code: String, count: Int)], all: [Diagnostic], language: Language) -> JSON {
        .object([
            ("errors", .int(all.errorCount)),
            ("warnings", .int(all.warningCount)),
            ("omitted", .array(omitted.map { .object([("file", .string($0.file)), ("code", .string($0.code)), ("count", .int($0.count))]) })),
            ("diagnostics", .array(diagnostics.map { d in
                var pairs: [(String, JSON)] = [
                    ("code", .string(d.code.id)),
                    ("severity", .string(d.severity.rawValue)),
                    ("message", .string(d.message.text(language))),
                    ("message_ja", .string(d.message.japanese)),
                    ("message_en", .string(d.message.english)),
                ]
                // Every key in every diagnostic (null or [] where there is nothing), as documented.
                pairs.append(("expected", d.expected.map { .string($0.text(language)) } ?? .null))
                func located(_ span: SourceSpan?) -> [(String, JSON)] {
                    [("file", span.map { .string($0.file) } ?? .null), ("line", span.map { .int($0.line) } ?? .null),
                     ("column", span.map { .int($0.column) } ?? .null)]
                }
                pairs += located(d.span)
                pairs.append(("notes", .array(d.notes.map { note in .object([("message", .string(note.message.text(language)))] + located(note.span)) })))
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
