/// Writes diagnostics as rustc does: the message, the place, the source line and a caret under
/// the value, with what was expected.
///
/// ```
/// error[PLAN-CERT-none]: PLAN-CERT（認証等の内容）に REQ-CERT の認証がありません
///   --> samples/demo/plan.yaml:120:3
///     |
/// 120 |   certifications: []
///     |                   ^^ 期待: ISO/IEC 27017、FedRAMP、SOC2、SOC3、CSゴールドマークのいずれか
/// ```
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    public var color: Bool

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    public func render(_ diagnostic: Diagnostic, sources: SourceTexts) -> String {
        let severityWord: String
        switch (diagnostic.severity, language) {
        case (.error, .ja): severityWord = "エラー"
        case (.error, .en): severityWord = "error"
        case (.warning, .ja): severityWord = "警告"
        case (.warning, .en): severityWord = "warning"
        }
        let severityColor = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        var out = paint(severityWord + "[" + diagnostic.code.id + "]", severityColor)
            + paint(": " + diagnostic.message.text(language), "\u{1B}[1m") + "\n"
        if let span = diagnostic.span {
            out += snippet(span, label: diagnostic.expected.map { expectedPrefix + $0.text(language) }, sources: sources)
        }
        for note in diagnostic.notes {
            out += paint(language == .ja ? "  = 注記: " : "  = note: ", "\u{1B}[1;36m") + note.message.text(language) + "\n"
            if let span = note.span {
                out += snippet(span, label: nil, sources: sources)
            }
        }
        return out
    }

    /// `エラー 2 件、警告 1 件` / `2 errors, 1 warning`.
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.errorCount, warnings = diagnostics.warningCount
        switch language {
        case .ja: return "エラー \(errors) 件、警告 \(warnings) 件"
        case .en: return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        }
    }

    private var expectedPrefix: String { language == .ja ? "期待: " : "expected: " }

    private func snippet(_ span: SourceSpan, label: String?, sources: SourceTexts) -> String {
        let number = String(span.line)
        let gutter = String(repeating: " ", count: number.count)
        var out = gutter + paint("--> ", "\u{1B}[1;34m") + span.description + "\n"
        guard let line = sources.line(span.line, of: span.file) else {
            if let label { out += gutter + " = " + label + "\n" }
            return out
        }
        let bar = paint("|", "\u{1B}[1;34m")
        let shown = line.replacingTabs()
        out += gutter + " " + bar + "\n"
        out += paint(number, "\u{1B}[1;34m") + " " + bar + " " + shown + "\n"
        let scalars = Array(line.unicodeScalars)
        let start = min(max(span.column - 1, 0), scalars.count)
        let end = min(start + span.length, max(scalars.count, start + 1))
        let padding = DisplayWidth.of(scalars[0..<start])
        let width = max(1, DisplayWidth.of(scalars[start..<min(end, scalars.count)]))
        var caretLine = gutter + " " + bar + " " + String(repeating: " ", count: padding)
            + paint(String(repeating: "^", count: width), "\u{1B}[1;31m")
        if let label { caretLine += " " + label }
        out += caretLine + "\n"
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? code + text + "\u{1B}[0m" : text
    }
}

extension Substring {
    fileprivate func replacingTabs() -> String {
        String(self).replacingOccurrences(of: "\t", with: " ")
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
