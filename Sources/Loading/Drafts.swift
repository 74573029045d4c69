import LibXML
import DefaultTemplates
import DocumentModel
import Foundation

/// Reading drafts: documents written or edited outside teishutsu, so untrusted. XML is parsed
/// without entity substitution, DTD loading or network, checked against the shipped XSD, and
/// read back into the model; HTML is checked for the mandated sections of its document.
public enum Drafts {
    /// Elements nested deeper than this in an HTML draft are refused.
    public static let maximumHTMLDepth = 256

    /// Drafts larger than this are refused before parsing.
    public static let maximumBytes = 16 * 1024 * 1024

    /// The plan and the report are checked by their rules too; the others (the documents
    /// `build` writes besides) against their XSD and schema.
    public enum Kind: String, Sendable { case plan, report, incident, closing, annual }

    /// What an XML draft holds, once it parsed and matched its XSD.
    public struct XMLContent: Sendable {
        public let kind: Kind
        /// The document's content (the contract, then the plan or the report).
        public let value: ObjectValue
    }

    /// The first checks of any draft: size, UTF-8, and no DTD (the carrier of XXE and entity
    /// bombs; teishutsu's documents never need one).
    static func untrustedText(_ data: Data, file: String, xml: Bool) -> (String?, [Diagnostic]) {
        guard data.count <= maximumBytes else {
            return (nil, [.error(.draft(.tooLarge), Message(ja: "\(file) は大きすぎます（上限 \(maximumBytes) バイト）",
                                                           en: "\(file) is too large (the limit is \(maximumBytes) bytes)"), at: .file(file))])
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(data: bytes, encoding: .utf8) else {
            return (nil, [.error(.input(.fileNotUTF8), Message(ja: "\(file) は UTF-8 ではありません", en: "\(file) is not UTF-8"), at: .file(file))])
        }
        guard xml else { return (text, []) }
        // Any declaration of a DTD or an entity is refused before libxml2 sees the document.
        let lower = text.lowercased()
        for marker in ["<!doctype", "<!entity"] {
            if let range = lower.range(of: marker) {
                let prefix = lower[..<range.lowerBound]
                let line = prefix.filter { $0 == "\n" }.count + 1
                let column = prefix.split(separator: "\n", omittingEmptySubsequences: false).last.map { $0.unicodeScalars.count + 1 } ?? 1
                return (nil, [.error(
                    .draft(.xmlDoctype),
                    Message(ja: "XML の下書きに DTD・エンティティ宣言（<!DOCTYPE、<!ENTITY）は使えません。外部エンティティ（XXE）や展開爆弾を防ぐため、読み込まずに拒否しました",
                            en: "XML drafts may not declare a DTD or entities (<!DOCTYPE, <!ENTITY); refused unread, as a guard against external entities (XXE) and entity expansion bombs"),
                    expected: Message(ja: "<?xml …?> の直後にルート要素（<plan> または <report>）", en: "the root element (<plan> or <report>) right after <?xml …?>"),
                    at: SourceSpan(file: file, line: line, column: column, length: marker.count + 1))])
            }
        }
        return (text, [])
    }

    /// Parses an XML draft, validates it against the XSD of its kind, and reads it back.
    public static func readXML(_ data: Data, file: String) -> (XMLContent?, [Diagnostic]) {
        let (text, problems) = untrustedText(data, file: file, xml: true)
        guard let text else { return (nil, problems) }
        let (document, issues) = XMLDocument.parse(Data(text.utf8), url: file, kind: .xml)
        guard let document, let root = document.root else {
            let shown = issues.isEmpty ? [XMLIssue(line: 1, column: 1, message: "no root element")] : issues
            return (nil, shown.map { issue in
                .error(.draft(.xmlSyntax), Message(ja: "XML として読めません: \(issue.message)", en: "not well-formed XML: \(issue.message)"),
                       expected: Message(ja: "整形式の XML", en: "well-formed XML"),
                       at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
            })
        }
        guard !document.hasDoctypeDeclarations else {
            return (nil, [.error(.draft(.xmlDoctype), Message(ja: "XML の下書きに DTD は使えません", en: "XML drafts may not have a DTD"), at: .file(file))])
        }
        let types: [(XMLDocumentType, Kind)] = [(.plan, .plan), (.report, .report), (.incident, .incident), (.closing, .closing), (.annual, .annual)]
        guard let (type, kind) = types.first(where: { $0.0.root == root.name && root.namespaceURI == $0.0.namespace }) else {
            return (nil, [.error(
                .draft(.xmlUnknownDocument),
                Message(ja: "ルート要素 <\(root.name)>（名前空間 \(root.namespaceURI ?? "なし")）は teishutsu の文書ではありません",
                        en: "the root element <\(root.name)> (namespace \(root.namespaceURI ?? "none")) is not a teishutsu document"),
                expected: Message(ja: types.map { "<\($0.0.root) xmlns=\"\($0.0.namespace)\">" }.joined(separator: "、"),
                                  en: types.map { "<\($0.0.root) xmlns=\"\($0.0.namespace)\">" }.joined(separator: ", ")),
                at: SourceSpan(file: file, line: max(1, root.line), column: 1))])
        }
        guard let xsd = DefaultTemplates.text(type.xsdPath), let schema = XMLSchema(xsd: xsd) else {
            return (nil, [.error(.output(.xsdUnavailable), Message(ja: "XSD を読めません", en: "the XSD cannot be read"), at: nil)])
        }
        let invalid = schema.validate(document)
        if !invalid.isEmpty {
            return (nil, invalid.map { issue in
                .error(.draft(.xmlSchema),
                       Message(ja: "XSD（Templates/\(type.xsdPath)）に適合しません: \(issue.message)", en: "does not match Templates/\(type.xsdPath): \(issue.message)"),
                       expected: Message(ja: "XSD に適合する要素と値", en: "the elements and values the XSD describes"),
                       at: SourceSpan(file: file, line: max(1, issue.line), column: max(1, issue.column)))
            })
        }
        // The nodes belong to the document: keep it alive while they are read.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return withExtendedLifetime(document) {
            var walker = SchemaWalker<XMLSourceNode>(format: .xml)
            let value = walker.readRoot(XMLSourceNode(node: root, file: file, lines: lines), type.content)
            return (XMLContent(kind: kind, value: value), walker.diagnostics)
        }
    }
}

/// An element of a parsed XML draft, seen by the schema walker.
struct XMLSourceNode: SchemaSourceNode {
    let node: xmlNodePtr
    let file: String
    let lines: [Substring]

    var span: SourceSpan { Self.span(of: node, file: file, lines: lines) }

    /// libxml2 knows an element's line, not its column: find its tag on the line.
    static func span(of node: xmlNodePtr, file: String, lines: [Substring]) -> SourceSpan {
        let line = max(1, node.line)
        guard line <= lines.count, let range = lines[line - 1].range(of: "<" + node.name) else {
            return SourceSpan(file: file, line: line, column: 1)
        }
        let column = lines[line - 1].unicodeScalars.distance(from: lines[line - 1].unicodeScalars.startIndex, to: range.lowerBound) + 1
        return SourceSpan(file: file, line: line, column: column, length: node.name.count + 1)
    }

    private var elements: [xmlNodePtr] { node.elementChildren }

    var isNull: Bool { elements.isEmpty && node.textContent.trimmingSpaces().isEmpty }

    var isEmptyContainer: Bool { isNull }

    var scalar: String? { elements.isEmpty ? node.textContent : nil }

    func sequence(item: String) -> [XMLSourceNode]? {
        elements.filter { $0.name == item }.map { XMLSourceNode(node: $0, file: file, lines: lines) }
    }

    func mapping() -> [(key: String, keySpan: SourceSpan, value: XMLSourceNode)]? {
        elements.map { child in (child.name, Self.span(of: child, file: file, lines: lines), XMLSourceNode(node: child, file: file, lines: lines)) }
    }

    func keyedEntries(_ key: MapKey) -> [(key: String, keySpan: SourceSpan, value: XMLSourceNode)]? {
        elements.filter { $0.name == key.item }.map { child in
            (child.attribute(key.attribute) ?? "", Self.span(of: child, file: file, lines: lines), XMLSourceNode(node: child, file: file, lines: lines))
        }
    }

    var kindName: Message { Message(ja: "要素 <\(node.name)>", en: "the element <\(node.name)>") }
}

extension Drafts {
    /// A mandated section as a draft's headings may name it.
    struct SectionMatcher {
        let id: String
        let title: String
        let missing: DiagnosticCode
        let empty: DiagnosticCode
        /// A heading names the section when it holds the ID, or every word of one group
        /// and none of `excluding`.
        let groups: [[String]]
        let excluding: [String]

        init(_ section: PlanSection, groups: [[String]], excluding: [String]) {
            (id, title, missing, empty) = (section.id, section.title, .plan(.sectionMissing(section)), .plan(.sectionEmpty(section)))
            (self.groups, self.excluding) = (groups, excluding)
        }

        init(_ section: ReportSection, groups: [[String]], excluding: [String]) {
            (id, title, missing, empty) = (section.id, section.title, .report(.sectionMissing(section)), .report(.sectionEmpty(section)))
            (self.groups, self.excluding) = (groups, excluding)
        }

        func matches(_ heading: String) -> Bool {
            let text = normalize(heading)
            if text.contains(normalize(id)) { return true }
            if excluding.contains(where: { text.contains(normalize($0)) }) { return false }
            return groups.contains { group in group.allSatisfy { text.contains(normalize($0)) } }
        }
    }

    static func normalize(_ s: String) -> String {
        String(s.unicodeScalars.compactMap { scalar -> Character? in
            switch scalar.value {
            case 0x20, 0x3000, 0x09, 0x0A, 0x0D: return nil
            case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default: return Character(scalar)
            }
        }).uppercased()
    }

    static let planSections: [SectionMatcher] = [
        SectionMatcher(.ownership, groups: [["資本関係"], ["役員"]], excluding: []),
        SectionMatcher(.organization, groups: [["実施体制"]], excluding: ["セキュリティ"]),
        SectionMatcher(.schedule, groups: [["スケジュール"], ["実施内容"], ["日程"]], excluding: ["教育", "研修", "監査"]),
        SectionMatcher(.contact, groups: [["連絡体制"], ["連絡先"]], excluding: []),
        SectionMatcher(.securityPlan, groups: [["セキュリティ対策実施計画"], ["セキュリティ対策の実施計画"]], excluding: []),
        SectionMatcher(.securityOrganization, groups: [["セキュリティ", "実施体制"], ["セキュリティ", "体制"]], excluding: []),
        SectionMatcher(.securityMeasures, groups: [["セキュリティ対策の内容"], ["技術的対策"]], excluding: []),
        SectionMatcher(.training, groups: [["教育"], ["研修"]], excluding: []),
        SectionMatcher(.audits, groups: [["監査"]], excluding: []),
        SectionMatcher(.certifications, groups: [["認証"]], excluding: ["要件"]),
        SectionMatcher(PlanSection.other, groups: [["その他"]], excluding: []),
    ]

    static let reportSections: [SectionMatcher] = [
        SectionMatcher(.result, groups: [["実施実績"]], excluding: []),
        SectionMatcher(.usage, groups: [["利用状況"], ["稼働状況"]], excluding: []),
        SectionMatcher(.incident, groups: [["障害"], ["インシデント"]], excluding: ["重大障害の", "復旧時間", "発生件数"]),
        SectionMatcher(.inquiry, groups: [["問合せ管理"], ["問い合わせ管理"], ["問合せ"]], excluding: ["回答時間"]),
        SectionMatcher(.risk, groups: [["課題"], ["リスク"]], excluding: []),
        SectionMatcher(.securityStatus, groups: [["セキュリティ対策実施計画", "実施状況"], ["セキュリティ", "実施状況"]], excluding: []),
        SectionMatcher(ReportSection.other, groups: [["その他"]], excluding: []),
        SectionMatcher(.serviceLevels, groups: [["サービスレベル"]], excluding: []),
    ]

    /// Checks an HTML draft (written by hand, in an editor, or by teishutsu) for every
    /// mandated section of its document: a heading that names it, with content under it.
    public static func checkHTML(_ data: Data, file: String) -> (Kind?, [Diagnostic]) {
        let (text, problems) = untrustedText(data, file: file, xml: false)
        guard let text else { return (nil, problems) }
        let (document, issues) = XMLDocument.parse(Data(text.utf8), url: file, kind: .html)
        // Past libxml2's nesting limit the rest of the page is not read: its headings would all
        // seem missing. Say that, and only that.
        if let deep = issues.first(where: { $0.message.lowercased().contains("depth") }) {
            return (nil, [.error(.draft(.htmlTooDeep),
                                 Message(ja: "HTML の入れ子が深すぎて最後まで読めません（\(deep.message)）", en: "the HTML is nested too deeply to be read to its end (\(deep.message))"),
                                 expected: Message(ja: "入れ子の浅い HTML", en: "HTML nested less deeply"),
                                 at: SourceSpan(file: file, line: max(1, deep.line), column: max(1, deep.column)))])
        }
        guard let document, let root = document.root else {
            return (nil, [.error(.draft(.htmlUnreadable), Message(ja: "HTML として読めません", en: "not readable as HTML"), at: .file(file))])
        }
        return withExtendedLifetime(document) {
            // Headings in document order, with the text up to the next heading of the same or a higher level.
            var headings: [(level: Int, text: String, line: Int, content: String)] = []
            var title = ""
            // libxml2's HTML parser does not bound nesting: past this depth the page is refused
            // (and the walk, which recurses, stays shallow).
            var tooDeep: Int?
            func walk(_ node: xmlNodePtr, depth: Int = 0) {
                guard depth < Self.maximumHTMLDepth else {
                    if tooDeep == nil { tooDeep = node.line }
                    return
                }
                for child in node.children {
                    if child.isElement {
                        let name = child.name.lowercased()
                        if name == "title" { title = child.textContent }
                        if name.count == 2, name.hasPrefix("h"), let level = Int(name.dropFirst()), (1...6).contains(level) {
                            headings.append((level, child.textContent, child.line, ""))
                            continue
                        }
                        if ["script", "style", "template"].contains(name) { continue }
                        walk(child, depth: depth + 1)
                    } else if child.pointee.type == XML_TEXT_NODE, !headings.isEmpty {
                        headings[headings.count - 1].content += child.textContent
                    }
                }
            }
            walk(root)
            if let line = tooDeep {
                return (nil, [.error(.draft(.htmlTooDeep),
                                     Message(ja: "HTML の入れ子が\(Self.maximumHTMLDepth)段を超えています。見出しの検査は行っていません",
                                             en: "the HTML is nested more than \(Self.maximumHTMLDepth) levels deep; its headings were not checked"),
                                     expected: Message(ja: "入れ子の浅い HTML", en: "HTML nested less deeply"),
                                     at: SourceSpan(file: file, line: max(1, line), column: 1))])
            }
            let all = ([title] + headings.map(\.text)).map(normalize).joined(separator: " ")
            let kind: Kind
            if all.contains(normalize("サービス実施計画書")) {
                kind = .plan
            } else if all.contains(normalize("サービス実績報告書")) {
                kind = .report
            } else {
                return (nil, [.error(
                    .draft(.htmlUnknownDocument),
                    Message(ja: "題名や見出しに「サービス実施計画書」も「サービス実績報告書」もないため、文書の種類がわかりません",
                            en: "neither サービス実施計画書 nor サービス実績報告書 appears in the title or a heading, so the kind of document is unknown"),
                    expected: Message(ja: "<title> または <h1> に文書名", en: "the document's name in <title> or <h1>"), at: .file(file))])
            }
            var diagnostics: [Diagnostic] = []
            for matcher in kind == .plan ? planSections : reportSections {
                guard let index = headings.firstIndex(where: { matcher.matches($0.text) }) else {
                    diagnostics.append(.error(
                        matcher.missing,
                        Message(ja: "下書きに \(matcher.id)（\(matcher.title)）の見出しがありません", en: "the draft has no heading for \(matcher.id) (\(matcher.title))"),
                        expected: Message(ja: "見出し（h1〜h6）「\(matcher.title)」", en: "a heading (h1–h6) 「\(matcher.title)」"), at: .file(file)))
                    continue
                }
                // The section's content runs to the next heading of its level or above.
                let level = headings[index].level
                var content = headings[index].content
                var next = index + 1
                while next < headings.count && headings[next].level > level {
                    content += headings[next].text + headings[next].content
                    next += 1
                }
                if content.trimmingSpaces().isEmpty {
                    diagnostics.append(.error(
                        matcher.empty,
                        Message(ja: "下書きの \(matcher.id)（\(matcher.title)）に本文がありません", en: "the draft's \(matcher.id) (\(matcher.title)) has no content"),
                        expected: Message(ja: "見出しの下の記載", en: "content under the heading"),
                        at: SourceSpan(file: file, line: max(1, headings[index].line), column: 1)))
                }
            }
            return (kind, diagnostics)
        }
    }
}
