import DocumentModel
import Foundation
import Testing
import TeishutsuKit

/// SARIF and GitHub workflow commands, from real diagnostics.
@Suite struct OutputFormatTests {
    static let root = SchemaTests.root

    static func diagnostics() -> ([Diagnostic], SourceTexts) {
        var all: [Diagnostic] = []
        var sources = SourceTexts()
        for name in ["untrained-person", "duplicate-key", "late-plan", "unknown-key"] {
            let report = Inputs.validate(root.appendingPathComponent("samples/broken/\(name)").path, today: nil)
            all += report.diagnostics
            sources.merge(report.sources)
        }
        return (all, sources)
    }

    @Test func sarifFollowsTheSARIF210Schema() throws {
        let (diagnostics, sources) = Self.diagnostics()
        #expect(diagnostics.count >= 4)
        let text = DiagnosticOutput.render(diagnostics, sources: sources, format: .sarif, language: .en)
        let sarif = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("Tests/TeishutsuKitTests/Fixtures/sarif-schema-2.1.0.json"))) as! [String: Any]
        let errors = JSONSchemaValidator(schema).validate(sarif)
        #expect(errors.isEmpty, "\(errors.prefix(10))")

        let run = (sarif["runs"] as! [[String: Any]])[0]
        let rules = ((run["tool"] as! [String: Any])["driver"] as! [String: Any])["rules"] as! [[String: Any]]
        let results = run["results"] as! [[String: Any]]
        #expect(results.count == diagnostics.count)
        // A rule per code, each with its help text.
        #expect(rules.map { $0["id"] as! String } == Array(NSOrderedSet(array: diagnostics.sortedForOutput().map(\.code.id))) as! [String])
        let untrained = rules.first { $0["id"] as? String == "PLAN-TRAIN-uncovered-person" }!
        #expect(((untrained["help"] as! [String: Any])["text"] as! String).hasPrefix("A person working on the service is in the audience of no training course"))
        let result = results.first { $0["ruleId"] as? String == "PLAN-TRAIN-uncovered-person" }!
        let location = ((result["locations"] as! [[String: Any]])[0]["physicalLocation"] as! [String: Any])
        #expect(((location["artifactLocation"] as! [String: Any])["uri"] as! String).hasSuffix("/samples/broken/untrained-person/plan.yaml"))
        #expect((location["region"] as! [String: Any])["startLine"] as? Int == 33)
        #expect((location["region"] as! [String: Any])["startColumn"] as? Int == 17)
    }

    @Test func githubGivesOneWorkflowCommandPerDiagnostic() {
        let (diagnostics, sources) = Self.diagnostics()
        let text = DiagnosticOutput.render(diagnostics, sources: sources, format: .github, language: .en)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == diagnostics.count)
        #expect(lines.contains("::error file=\(Self.root.path)/samples/broken/untrained-person/plan.yaml,line=33,col=17,title=PLAN-TRAIN-uncovered-person::倉本 拓 (データセンター担当, PLAN-ORG) is in the audience of no training course (PLAN-TRAIN) (expected: the name or role in some course's audiences)"))
        #expect(lines.contains { $0.hasPrefix("::error file=\(Self.root.path)/samples/broken/duplicate-key/plan.yaml,line=48,col=1,title=yaml-duplicate-key::") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") })
    }

    @Test func workflowCommandsEscapeWhatGitHubRequires() {
        let d = Diagnostic.error(.plan(.certNone), Message(ja: "a", en: "50% done\nnext, line: here"), at: SourceSpan(file: "a,b:c.yaml", line: 2, column: 3))
        let text = DiagnosticOutput.render([d], sources: SourceTexts(), format: .github, language: .en)
        #expect(text == "::error file=a%2Cb%3Ac.yaml,line=2,col=3,title=PLAN-CERT-none::50%25 done%0Anext, line: here\n")
    }

    @Test func jsonCarriesBothLanguages() throws {
        let (diagnostics, sources) = Self.diagnostics()
        let text = DiagnosticOutput.render(diagnostics, sources: sources, format: .json, language: .ja)
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        let items = json["diagnostics"] as! [[String: Any]]
        #expect(json["errors"] as? Int == diagnostics.errorCount)
        let first = items.first { $0["code"] as? String == "PLAN-REV-late" }!
        #expect(first["message"] as? String == first["message_ja"] as? String)
        #expect((first["message_en"] as! String).hasPrefix("revision 1 is dated 2024-05-07"))
        #expect(first["line"] as? Int == 4)
    }
}

extension OutputFormatTests {
    /// Problems past a file's limit are only counted, but counted everywhere: in the totals, the
    /// exit status and the JSON, and the problem that says so is printed even past the hundred
    /// shown of its code.
    @Test func problemsOnlyCountedAreInTheTotals() throws {
        func duplicate(_ line: Int) -> Diagnostic {
            .error(.log(.duplicateID), Message(ja: "重複", en: "duplicate"), at: SourceSpan(file: "q.csv", line: line, column: 1))
        }
        var list = ProblemList()
        for line in 1...1_200 { list.recordError(duplicate(line)) }
        let diagnostics = list.diagnostics
        #expect(diagnostics.count == 1_000 && diagnostics.errorCount == 1_200 && diagnostics.warningCount == 0)
        let text = DiagnosticOutput.render(diagnostics, sources: SourceTexts(), format: .text, language: .en)
        #expect(text.contains("this file has 200 more problems, not recorded"))
        #expect(text.contains("(899 more problems LOG-duplicate-id in q.csv, not shown)"))
        #expect(text.hasSuffix("1,200 errors, 0 warnings\n"), "\(text.suffix(80))")
        let json = try JSONSerialization.jsonObject(with: Data(DiagnosticOutput.render(diagnostics, sources: SourceTexts(), format: .json, language: .en).utf8)) as? NSDictionary
        #expect(json?["errors"] as? Int == 1_200)

        // A thousand warnings kept, then errors only counted: still errors, exit status 1.
        var warnings = ProblemList()
        for line in 1...1_000 {
            warnings.record(.warning(.log(.noContract), Message(ja: "w", en: "w"), at: SourceSpan(file: "q.csv", line: line, column: 1)))
        }
        warnings.recordError(duplicate(1_001))
        #expect(warnings.diagnostics.hasErrors && warnings.diagnostics.errorCount == 1 && warnings.diagnostics.exitStatus() == 1)
    }
}
