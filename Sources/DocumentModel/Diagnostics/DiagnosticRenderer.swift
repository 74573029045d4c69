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
///
/// Inputs are untrusted: a quoted line is cut to a window around the caret (a one-line file of
/// megabytes prints a few hundred characters per problem), and control characters from the
/// inputs print as `\u{1B}`, never raw (no terminal escape sequence passes through).
public struct DiagnosticRenderer: Sendable {
    public var language: Language
    public var color: Bool
    /// The widest excerpt of a line, in terminal columns.
    public static let excerptWidth = 160

    public init(language: Language, color: Bool = false) {
        self.language = language
        self.color = color
    }

    /// The last line quoted, as scalars: many problems on one long line cost one conversion.
    public struct LineCache {
        var key: (file: String, line: Int)?
        var scalars: [Unicode.Scalar] = []

        public init() {}

        mutating func scalars(_ line: Int, of file: String, in sources: SourceTexts) -> [Unicode.Scalar]? {
            if let key, key.file == file, key.line == line { return scalars }
            guard let text = sources.line(line, of: file) else { return nil }
            key = (file, line)
            scalars = Array(text.unicodeScalars)
            return scalars
        }
    }

    public func render(_ diagnostic: Diagnostic, sources: SourceTexts) -> String {
        var cache = LineCache()
        return render(diagnostic, sources: sources, cache: &cache)
    }

    public func render(_ diagnostic: Diagnostic, sources: SourceTexts, cache: inout LineCache) -> String {
        let severityWord: String
        switch (diagnostic.severity, language) {
        case (.error, .ja): severityWord = "エラー"
        case (.error, .en): severityWord = "error"
        case (.warning, .ja): severityWord = "警告"
        case (.warning, .en): severityWord = "warning"
        }
        let severityColor = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
        var out = paint(severityWord + "[" + diagnostic.code.id + "]", severityColor)
            + paint(": " + Self.visible(diagnostic.message.text(language), lineBreaks: false), "\u{1B}[1m") + "\n"
        if let span = diagnostic.span {
            out += snippet(span, label: diagnostic.expected.map { expectedPrefix + Self.visible($0.text(language)) }, sources: sources, cache: &cache)
        }
        for note in diagnostic.notes {
            out += paint(language == .ja ? "  = 注記: " : "  = note: ", "\u{1B}[1;36m") + Self.visible(note.message.text(language)) + "\n"
            if let span = note.span {
                out += snippet(span, label: nil, sources: sources, cache: &cache)
            }
        }
        return out
    }

    /// `エラー 2 件、警告 1 件` / `2 errors, 1 warning`.
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        summary(errors: diagnostics.errorCount, warnings: diagnostics.warningCount)
    }

    public func summary(errors: Int, warnings: Int) -> String {
        switch language {
        case .ja: return "エラー\(Digits.grouped(errors))件、警告\(Digits.grouped(warnings))件"
        case .en: return English.counted(errors, "error") + ", " + English.counted(warnings, "warning")
        }
    }

    private var expectedPrefix: String { language == .ja ? "期待: " : "expected: " }

    private func snippet(_ span: SourceSpan, label: String?, sources: SourceTexts, cache: inout LineCache) -> String {
        let number = String(span.line)
        let gutter = String(repeating: " ", count: number.count)
        var out = gutter + paint("--> ", "\u{1B}[1;34m") + Self.visible(span.description) + "\n"
        guard let line = cache.scalars(span.line, of: span.file, in: sources) else {
            if let label { out += gutter + " = " + label + "\n" }
            return out
        }
        let bar = paint("|", "\u{1B}[1;34m")
        let excerpt = Self.excerpt(line, column: span.column, length: span.length)
        out += gutter + " " + bar + "\n"
        out += paint(number, "\u{1B}[1;34m") + " " + bar + " " + excerpt.text + "\n"
        var caretLine = gutter + " " + bar + " " + String(repeating: " ", count: excerpt.caretOffset)
            + paint(String(repeating: "^", count: excerpt.caretWidth), "\u{1B}[1;31m")
        if let label { caretLine += " " + label }
        out += caretLine + "\n"
        return out
    }

    /// The part of a line to show: the whole line when it is short, else a window around the
    /// value, with … where it is cut; and where the caret goes in it (terminal columns).
    static func excerpt(_ line: [Unicode.Scalar], column: Int, length: Int) -> (text: String, caretOffset: Int, caretWidth: Int) {
        let start = min(max(column - 1, 0), line.count)
        // The window starts a third of its width before the value.
        let windowStart = max(0, start - excerptWidth / 3)
        let prefix = windowStart > 0 ? "…" : ""
        var shown = ""
        var width = DisplayWidth.of(prefix)
        var caretOffset = width, caretWidth = 0
        var position = windowStart
        while position < line.count && width < excerptWidth {
            let visible = Self.visible(line[position])
            let w = DisplayWidth.of(visible)
            if position == start { caretOffset = width }
            if position >= start && position < start + max(1, length) { caretWidth += w }
            shown += visible
            width += w
            position += 1
        }
        if position <= start { caretOffset = width }
        return (prefix + shown + (position < line.count ? "…" : ""), caretOffset, max(1, caretWidth))
    }

    /// A character as it may be printed to a terminal: tabs as a space, control characters and
    /// bidirectional overrides as `\u{…}`.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v == 0x09 { return " " }
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            return "\\u{" + String(v, radix: 16, uppercase: true) + "}"
        }
        return String(scalar)
    }

    /// A message or a path with its control characters made visible. Line breaks are kept where
    /// the text may span lines (what is expected, a note); a diagnostic's first line stays one
    /// line even when it quotes a key or value with a line break in it.
    static func visible(_ text: String, lineBreaks: Bool = true) -> String {
        let keep: Unicode.Scalar? = lineBreaks ? "\n" : nil
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != keep) || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
            || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars { out += scalar == keep ? "\n" : visible(scalar) }
        return out
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? code + text + "\u{1B}[0m" : text
    }
}
