/// The text of the files a run read, so that diagnostics can quote the line they point at.
/// Only line offsets are computed up front: a 20 MB log costs one pass over its bytes.
public struct SourceTexts: Sendable {
    private var files: [String: SourceLines] = [:]

    public init() {}

    public mutating func add(_ path: String, text: String) {
        add(path, lines: SourceLines(text))
    }

    /// Adds a text whose lines are already found.
    public mutating func add(_ path: String, lines: SourceLines) {
        files[path] = lines
    }

    /// Adds the files of another run.
    public mutating func merge(_ other: SourceTexts) {
        files.merge(other.files) { mine, _ in mine }
    }

    public func line(_ number: Int, of path: String) -> Substring? {
        files[path]?.line(number)
    }
}

/// A text and where each of its lines starts, found in one pass over its bytes; a line is cut
/// only when a diagnostic needs it.
public struct SourceLines: Sendable {
    public let text: String
    /// UTF-8 offset of the start of each line.
    private let starts: [Int32]

    public init(_ text: String) {
        var starts: [Int32] = [0]
        var offset: Int32 = 0
        for byte in text.utf8 {
            offset += 1
            if byte == 0x0A { starts.append(offset) }
        }
        self.text = text
        self.starts = starts
    }

    /// Line `number` (1-based) without its line break (LF or CRLF), or nil past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(starts[number - 1]))
        var end = number < starts.count
            ? utf8.index(utf8.startIndex, offsetBy: Int(starts[number]) - 1)
            : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
        return Substring(text[start..<end])
    }
}

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

/// Terminal columns of text: East Asian wide and full-width characters take two.
public enum DisplayWidth {
    public static func of<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
        var width = 0
        for scalar in scalars { width += of(scalar) }
        return width
    }

    public static func of(_ text: String) -> Int { of(text.unicodeScalars) }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v == 0 { return 0 }
        if (0x0300...0x036F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x20000...0x3FFFD).contains(v) {
            return 2
        }
        return 1
    }
}
