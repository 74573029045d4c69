import DocumentModel

/// Checks that every name a Mustache template asks for exists in its view, before anything is
/// rendered: a misspelt `{{titel}}` is an error naming the template's file and line, not a
/// blank in a document sent to the prefecture.
struct TemplateChecker {
    /// Templates by name (the partial names), with the file each came from.
    let templates: [String: (text: String, file: String)]
    private(set) var diagnostics: [Diagnostic] = []
    private var checkedPartials: Set<String> = []
    /// The partials the checked template includes, directly or through other partials.
    var includedPartials: Set<String> { checkedPartials }

    init(templates: [String: (text: String, file: String)]) {
        self.templates = templates
    }

    /// A scope of the context stack: a view shape, or a value whose names are unknown (a string
    /// pushed by `{{#text}}`), or a list element where `{{index()}}` and friends exist.
    private struct Scope {
        let shape: ViewShape?
        let isListElement: Bool
    }

    mutating func check(template name: String, against shape: ViewShape) {
        check(name, scopes: [Scope(shape: shape, isListElement: false)])
    }

    private mutating func check(_ name: String, scopes initial: [Scope]) {
        guard let (text, file) = templates[name] else { return }
        var scopes = initial
        var open: [(name: String, line: Int)] = []
        for tag in Self.tags(in: text) {
            let span = SourceSpan(file: file, line: tag.line, column: tag.column, length: tag.length)
            switch tag.kind {
            case .comment, .setDelimiter, .pragma:
                continue
            case .partial(let partial):
                guard templates[partial] != nil else {
                    diagnostics.append(.error(
                        "template-unknown-partial",
                        Message(ja: "テンプレートの部分テンプレート「\(partial)」がありません", en: "the template includes an unknown partial '\(partial)'"),
                        expected: Message(ja: "次のいずれか: " + templates.keys.sorted().joined(separator: ", "),
                                          en: "one of: " + templates.keys.sorted().joined(separator: ", ")),
                        at: span))
                    continue
                }
                // A partial is checked in the scope it is first included from.
                if checkedPartials.insert(partial).inserted {
                    check(partial, scopes: scopes)
                }
            case .close(let closing):
                if let last = open.last, last.name == closing {
                    open.removeLast()
                    scopes.removeLast()
                }
            case .variable(let variable), .unescaped(let variable):
                _ = resolve(variable, scopes: scopes, span: span, asSection: false)
            case .section(let variable), .inverted(let variable), .block(let variable):
                let pushed: Scope
                if case .block = tag.kind {
                    pushed = Scope(shape: nil, isListElement: false)
                } else {
                    let resolved = resolve(variable, scopes: scopes, span: span, asSection: true)
                    if case .inverted = tag.kind {
                        pushed = Scope(shape: nil, isListElement: false)
                    } else {
                        pushed = resolved ?? Scope(shape: nil, isListElement: false)
                    }
                }
                open.append((variable.name, tag.line))
                scopes.append(pushed)
            }
        }
    }

    /// Resolves a name as Mustache does (innermost scope first); reports a name that resolves
    /// nowhere. Returns the scope a section on it pushes.
    private mutating func resolve(_ variable: Tag.Variable, scopes: [Scope], span: SourceSpan, asSection: Bool) -> Scope? {
        let name = variable.name
        if name == "." { return Scope(shape: nil, isListElement: false) }
        if name.isEmpty {
            // {{index()}}, {{first()}}: the position in a list.
            if scopes.contains(where: \.isListElement) { return Scope(shape: nil, isListElement: false) }
            report(variable.transforms.joined(separator: ",") + "()", scopes: scopes, span: span)
            return nil
        }
        let parts = name.hasPrefix(".") ? name.dropFirst().split(separator: ".").map(String.init) : name.split(separator: ".").map(String.init)
        let candidates = name.hasPrefix(".") ? Array(scopes.suffix(1)) : Array(scopes.reversed())
        // Strings and flags pushed by a section add no names, so only shapes can resolve.
        guard let start = candidates.compactMap(\.shape).first(where: { $0.has(parts[0]) }) else {
            report(name, scopes: scopes, span: span)
            return nil
        }
        var current: ViewShape? = start
        var result = Scope(shape: nil, isListElement: false)
        for (i, part) in parts.enumerated() {
            guard let shape = current else { break }
            let isLast = i == parts.count - 1
            if let element = shape.lists[part] {
                current = element
                result = Scope(shape: element, isListElement: true)
                if !isLast { report(name, scopes: scopes, span: span); return nil }
            } else if let object = shape.objects[part] {
                current = object
                result = Scope(shape: object, isListElement: false)
            } else if shape.values.contains(part) || shape.flags.contains(part) {
                current = nil
                result = Scope(shape: nil, isListElement: false)
                if !isLast { report(name, scopes: scopes, span: span); return nil }
            } else {
                report(name, scopes: scopes, span: span)
                return nil
            }
        }
        if !variable.transforms.isEmpty { return Scope(shape: nil, isListElement: false) }
        return result
    }

    private mutating func report(_ name: String, scopes: [Scope], span: SourceSpan) {
        let known = scopes.compactMap(\.shape).flatMap(\.allNames)
        let suggestion = Suggest.closest(to: name, among: known)
        let innermost = scopes.last(where: { $0.shape != nil })?.shape
        let view = innermost?.name ?? "view"
        // The innermost view's names: the ones a template most likely meant.
        let names = innermost?.allNames ?? []
        let shown = names.count > 24 ? names.prefix(24).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        diagnostics.append(.error(
            "template-unknown-name",
            Message(ja: "テンプレートの「\(name)」はビュー（\(view)）にない名前です" + (suggestion.map { "。「\($0)」の誤りではありませんか" } ?? ""),
                    en: "the template asks for '\(name)', which the view (\(view)) does not have" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
            expected: Message(ja: "\(view) の名前: " + shown, en: "a name of \(view): " + shown),
            at: span))
    }

    // MARK: - Tags

    struct Tag {
        struct Variable {
            let name: String
            let transforms: [String]
        }

        enum Kind {
            case variable(Variable), unescaped(Variable), section(Variable), inverted(Variable), block(Variable)
            case close(String), partial(String), comment, setDelimiter, pragma
        }

        let kind: Kind
        let line: Int
        let column: Int
        let length: Int
    }

    /// Every tag of a template with its line and column (1-based, in Unicode scalars).
    static func tags(in text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var open: [Unicode.Scalar] = Array("{{".unicodeScalars)
        var close: [Unicode.Scalar] = Array("}}".unicodeScalars)
        var result: [Tag] = []
        var i = 0, line = 1, lineStart = 0
        func matches(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
            guard index + pattern.count <= scalars.count else { return false }
            for (k, p) in pattern.enumerated() where scalars[index + k] != p { return false }
            return true
        }
        while i < scalars.count {
            if scalars[i] == "\n" {
                line += 1
                lineStart = i + 1
                i += 1
                continue
            }
            guard matches(open, at: i) else { i += 1; continue }
            let start = i
            let column = start - lineStart + 1
            var j = i + open.count
            var triple = false
            if open == Array("{{".unicodeScalars), j < scalars.count, scalars[j] == "{" { triple = true; j += 1 }
            var end = j
            while end < scalars.count && !matches(close, at: end) { end += 1 }
            guard end < scalars.count else { break }
            var content = String(String.UnicodeScalarView(scalars[j..<end]))
            var after = end + close.count
            if triple, after < scalars.count, scalars[after] == "}" { after += 1 }
            for k in start..<after where scalars[k] == "\n" { line += 1; lineStart = k + 1 }
            content = content.trimmingSpaces()
            let kind: Tag.Kind
            if triple {
                kind = .unescaped(parse(content))
            } else if let sigil = content.first {
                let rest = String(content.dropFirst()).trimmingSpaces()
                switch sigil {
                case "!": kind = .comment
                case "#": kind = .section(parse(rest))
                case "^": kind = .inverted(parse(rest))
                case "$": kind = .block(parse(rest))
                case "/": kind = .close(parse(rest).name)
                case ">", "<": kind = .partial(rest.hasPrefix("*") ? String(rest.dropFirst()) : rest)
                case "&": kind = .unescaped(parse(rest))
                case "%": kind = .pragma
                case "=":
                    kind = .setDelimiter
                    let parts = content.dropFirst().dropLast().split(separator: " ")
                    if parts.count == 2 {
                        open = Array(parts[0].unicodeScalars)
                        close = Array(parts[1].unicodeScalars)
                    }
                default: kind = .variable(parse(content))
                }
            } else {
                kind = .comment
            }
            result.append(Tag(kind: kind, line: line, column: column, length: after - start))
            i = after
        }
        return result
    }

    /// `name`, or `transform(name)`, `outer(inner(name))`.
    static func parse(_ content: String) -> Tag.Variable {
        var transforms: [String] = []
        var rest = Substring(content)
        while let paren = rest.firstIndex(of: "("), rest.hasSuffix(")") {
            transforms.append(String(rest[..<paren]))
            rest = rest[rest.index(after: paren)..<rest.index(before: rest.endIndex)]
        }
        return Tag.Variable(name: String(rest), transforms: transforms)
    }
}
