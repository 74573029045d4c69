import DocumentModel

/// Binds a parsed template to a view's shape, partials included in the scope they are included
/// from: every name is checked before anything is rendered, so a misspelt `{{titel}}` is an
/// error naming the template's file and line, not a blank in a document sent to the prefecture.
struct TemplateCompiler {
    /// Each template's parse, and the file it came from.
    let templates: [String: (parsed: Result<[TemplateNode], TemplateSyntaxError>, file: String)]
    /// The problems found: the first thousand, and a count of the rest.
    var diagnostics: [Diagnostic] { problems.diagnostics }
    private var problems = ProblemList()
    private var errorTotal = 0
    private var reportedTooLarge = false
    /// Syntax errors are reported once per template, however often it is included.
    private var reportedSyntax: Set<String> = []
    private var boundNodes = 0
    /// Where in the HTML the template's text has reached, in template order.
    private var html = HTMLContext()
    /// Bound nodes at most (partials included repeatedly multiply): the guard against a
    /// template set that would expand without useful end.
    static let maximumNodes = 2_000_000

    init(templates: [String: (parsed: Result<[TemplateNode], TemplateSyntaxError>, file: String)]) {
        self.templates = templates
    }

    /// A compile-time frame: the shape it pushes, or nil for a frame without names (a text).
    private typealias Scope = ViewShape?

    mutating func compile(_ name: String, against shape: ViewShape) -> [BoundNode]? {
        guard let nodes = parsed(name, at: nil) else { return nil }
        var scopes: [Scope] = [shape]
        html = HTMLContext()
        let errorsBefore = errorTotal
        let bound = bind(nodes, file: templates[name]?.file ?? name, scopes: &scopes, including: [name])
        return errorTotal == errorsBefore ? bound : nil
    }

    /// An error; past the limit only counted, its message not even made.
    private mutating func add(_ make: @autoclosure () -> Diagnostic) {
        errorTotal += 1
        if problems.isFull { problems.countSuppressed(error: true) } else { problems.record(make()) }
    }

    /// Reports the template's syntax errors, if not yet reported.
    mutating func checkSyntax(_ name: String) {
        _ = parsed(name, at: nil)
    }

    private mutating func parsed(_ name: String, at span: SourceSpan?) -> [TemplateNode]? {
        guard let template = templates[name] else { return nil }
        switch template.parsed {
        case .success(let nodes): return nodes
        case .failure(let error):
            if reportedSyntax.insert(name).inserted {
                add(.error(
                    .template(.syntax),
                    Message(ja: "テンプレートの構文エラー: " + error.message.japanese, en: "template syntax error: " + error.message.english),
                    expected: Message(ja: "正しい Mustache のタグ", en: "well-formed Mustache tags"),
                    at: SourceSpan(file: template.file, line: error.place.line, column: error.place.column, length: error.place.length)))
            }
            return nil
        }
    }

    private mutating func bind(_ nodes: [TemplateNode], file: String, scopes: inout [Scope], including chain: [String]) -> [BoundNode] {
        var result: [BoundNode] = []
        result.reserveCapacity(nodes.count)
        for node in nodes {
            boundNodes += 1
            if boundNodes > Self.maximumNodes { return result }
            switch node {
            case .text(let text):
                html.consume(text)
                result.append(.text(Array(text.utf8)))
            case .variable(let name, let escaped, let at):
                if let (reference, _) = resolve(name, scopes: scopes, span: span(file, at)) {
                    result.append(.value(reference, escaped: escaped, inText: html.allowsMarkup))
                }
            case .section(let name, let inverted, let children, let at):
                guard let (reference, kind) = resolve(name, scopes: scopes, span: span(file, at)) else {
                    // Still check the section's body, for every name in it.
                    scopes.append(nil)
                    _ = bind(children, file: file, scopes: &scopes, including: chain)
                    scopes.removeLast()
                    continue
                }
                // What entering the section pushes: a list's element, an object, a text; a
                // flag and an inverted section push nothing.
                var pushed = false
                if !inverted {
                    switch kind {
                    case .list(let element): scopes.append(element); pushed = true
                    case .object(let object): scopes.append(object); pushed = true
                    case .value, nil: scopes.append(nil); pushed = true
                    case .flag: break
                    }
                }
                let before = html
                let body = bind(children, file: file, scopes: &scopes, including: chain)
                html.sectionEnded(startedAs: before)
                if pushed { scopes.removeLast() }
                result.append(.section(reference, inverted: inverted, body: body))
            case .partial(let name, let indentation, let at):
                let here = span(file, at)
                guard let partial = templates[name] else {
                    let names = templates.keys.sorted().joined(separator: ", ")
                    add(.error(
                        .template(.unknownPartial),
                        Message(ja: "部分テンプレート「\(name)」がありません", en: "the template includes an unknown partial '\(name)'"),
                        expected: Message(ja: "次のいずれか: " + names, en: "one of: " + names),
                        at: here))
                    continue
                }
                if chain.contains(name) {
                    add(.error(
                        .template(.recursivePartial),
                        Message(ja: "部分テンプレート「\(name)」が自分自身を読み込んでいます（\((chain + [name]).joined(separator: " → "))）",
                                en: "the partial '\(name)' includes itself (\((chain + [name]).joined(separator: " → ")))"),
                        expected: Message(ja: "循環しない読み込み", en: "includes without a cycle"), at: here))
                    continue
                }
                guard let nodes = parsed(name, at: here) else { continue }
                let body = bind(nodes, file: partial.file, scopes: &scopes, including: chain + [name])
                result.append(.partial(indentation: Array((indentation ?? "").utf8), body: body))
            }
        }
        if boundNodes > Self.maximumNodes && !reportedTooLarge {
            reportedTooLarge = true
            add(.error(
                .template(.tooLarge),
                Message(ja: "テンプレートを展開すると大きすぎます（部分テンプレートの読み込みが多すぎます）",
                        en: "the templates expand to too much (partials are included too many times)"),
                expected: Message(ja: "\(Self.maximumNodes) 個以下のタグ", en: "at most \(Self.maximumNodes) tags once expanded"),
                at: .file(file)))
        }
        return result
    }

    private func span(_ file: String, _ at: TagPlace) -> SourceSpan {
        SourceSpan(file: file, line: at.line, column: at.column, length: at.length)
    }

    /// Resolves a name as Mustache does (innermost frame with the name first), at compile time.
    private mutating func resolve(_ name: String, scopes: [Scope], span: SourceSpan) -> (Reference, ViewShape.Kind?)? {
        if name == "." { return (Reference(frame: scopes.count - 1, path: []), nil) }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !parts.contains(where: \.isEmpty),
              let frame = scopes.indices.reversed().first(where: { scopes[$0]?.has(parts[0]) ?? false }),
              var shape = scopes[frame] else {
            report(name, scopes: scopes, span: span)
            return nil
        }
        var path: [Int] = []
        var kind: ViewShape.Kind?
        for (i, part) in parts.enumerated() {
            guard let slot = shape.slot(part), let partKind = shape.kind(part) else {
                report(name, scopes: scopes, span: span)
                return nil
            }
            path.append(slot)
            kind = partKind
            if i < parts.count - 1 {
                guard case .object(let next) = partKind else {
                    report(name, scopes: scopes, span: span)
                    return nil
                }
                shape = next
            }
        }
        return (Reference(frame: frame, path: path), kind)
    }

    private mutating func report(_ name: String, scopes: [Scope], span: SourceSpan) {
        guard !problems.isFull else {
            errorTotal += 1
            problems.countSuppressed(error: true)
            return
        }
        let known = scopes.compactMap { $0 }.flatMap(\.allNames)
        let suggestion = Suggest.closest(to: name, among: known)
        let innermost = scopes.last(where: { $0 != nil }) ?? nil
        let view = innermost?.name ?? "view"
        let names = innermost?.allNames ?? []
        let shown = names.count > 24 ? names.prefix(24).joined(separator: ", ") + ", …" : names.joined(separator: ", ")
        add(.error(
            .template(.unknownName),
            Message(ja: "テンプレートの「\(name)」はビュー（\(view)）にない名前です" + Suggest.suffix(suggestion, .ja),
                    en: "the template asks for '\(name)', which the view (\(view)) does not have" + Suggest.suffix(suggestion, .en)),
            expected: Message(ja: "\(view) の名前: " + shown, en: "a name of \(view): " + shown),
            at: span))
    }
}
