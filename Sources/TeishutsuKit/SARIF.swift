import DocumentModel

/// SARIF 2.1.0 output: one run, a rule per code with its help text, a result per diagnostic.
enum SARIF {
    static func document(_ diagnostics: [Diagnostic], language: Language, toolVersion: String) -> JSON {
        var ruleIndex: [DiagnosticCode: Int] = [:]
        var rules: [JSON] = []
        for d in diagnostics where ruleIndex[d.code] == nil {
            ruleIndex[d.code] = rules.count
            rules.append(rule(d.code, language: language))
        }
        let results: [JSON] = diagnostics.map { d in
            var pairs: [(String, JSON)] = [
                ("ruleId", .string(d.code.id)),
                ("ruleIndex", .int(ruleIndex[d.code] ?? 0)),
                ("level", .string(d.severity == .error ? "error" : "warning")),
                ("message", .object([("text", .string(messageText(d, language: language)))])),
            ]
            if let span = d.span {
                pairs.append(("locations", .array([location(span)])))
            }
            let related = d.notes.compactMap { note -> JSON? in
                guard let span = note.span else { return nil }
                guard case .object(var object) = location(span) else { return nil }
                object.append(("message", .object([("text", .string(note.message.text(language)))])))
                return .object(object)
            }
            if !related.isEmpty {
                pairs.append(("relatedLocations", .array(related.enumerated().map { i, item in
                    guard case .object(var object) = item else { return item }
                    object.insert(("id", .int(i)), at: 0)
                    return .object(object)
                })))
            }
            return .object(pairs)
        }
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("teishutsu")),
                    ("version", .string(toolVersion)),
                    ("informationUri", .string(Teishutsu.informationURI)),
                    ("rules", .array(rules)),
                ]))])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
            ])])),
        ])
    }

    /// A rule: the code's help in both languages, its example and its fix, from the registry.
    static func rule(_ code: DiagnosticCode, language: Language) -> JSON {
        let info = code.info
        let example = info.example.isEmpty ? "" : "\n\n```\n" + info.example + "\n```"
        let markdown = "**\(code.id)**: " + info.help.japanese + "\n\n" + info.help.english + example
            + "\n\n**直し方**: " + info.fix.japanese + "\n\n**Fix**: " + info.fix.english
        return .object([
            ("id", .string(code.id)),
            ("name", .string(name(for: code))),
            ("shortDescription", .object([("text", .string(info.help.english))])),
            ("fullDescription", .object([("text", .string(info.help.japanese + " / " + info.help.english))])),
            ("help", .object([
                ("text", .string(info.help.text(language) + " " + info.fix.text(language))),
                ("markdown", .string(markdown)),
            ])),
            ("defaultConfiguration", .object([("level", .string(code.severity == .error ? "error" : "warning"))])),
            ("properties", .object([("tags", .array([.string("teishutsu"), .string(code.area.rawValue)]))])),
        ])
    }

    /// `PLAN-CERT-none` → `PlanCertNone`: SARIF's rule name.
    static func name(for code: DiagnosticCode) -> String {
        code.id.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { part in
            part.prefix(1).uppercased() + part.dropFirst().lowercased()
        }.joined()
    }

    static func messageText(_ d: Diagnostic, language: Language) -> String {
        guard let expected = d.expected else { return d.message.text(language) }
        return d.message.text(language) + (language == .ja ? "（期待: " : " (expected: ") + expected.text(language) + (language == .ja ? "）" : ")")
    }

    static func location(_ span: SourceSpan) -> JSON {
        .object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri(span.file)))])),
            ("region", .object([
                ("startLine", .int(span.line)),
                ("startColumn", .int(span.column)),
                ("endColumn", .int(span.column + span.length)),
            ])),
        ]))])
    }

    /// A relative path as a URI reference: segments percent-encoded, `/` kept.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80 && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
                out.append(c)
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
