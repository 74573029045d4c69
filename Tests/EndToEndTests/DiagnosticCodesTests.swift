import Foundation
import Testing
import TestSupport

/// Every code a sample, a test input or a hostile input can produce is registered with specific
/// help, which `teishutsu explain` and SARIF print; and no emitter names a code by a string.
@Suite struct DiagnosticCodesTests {
    /// Codes the samples and inputs produce, through validate --format json.
    static func emittedCodes() throws -> Set<String> {
        var paths = ["samples/demo"]
        let broken = try FileManager.default.contentsOfDirectory(atPath: Fixtures.packageRoot.appendingPathComponent("samples/broken").path)
        paths += broken.filter { !$0.hasSuffix(".md") }.sorted().map { "samples/broken/\($0)" }
        var codes: Set<String> = []
        for path in paths {
            let result = try CLI.run(["validate", path, "--format", "json", "--today", "2026-04-01"])
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            for d in json?["diagnostics"] as? [[String: Any]] ?? [] {
                if let code = d["code"] as? String { codes.insert(code) }
            }
        }
        return codes
    }

    @Test func everyEmittedCodeIsExplainedInBothLanguages() throws {
        let codes = try Self.emittedCodes()
        #expect(codes.count >= 10, "the samples produce a variety of codes: \(codes.sorted())")
        for code in codes.sorted() {
            let ja = try CLI.run(["explain", code, "--lang", "ja"])
            let en = try CLI.run(["explain", code, "--lang", "en"])
            #expect(ja.status == 0 && en.status == 0, "explain \(code)")
            #expect(ja.stdout.hasPrefix(code) && ja.stdout.contains("直し方:"), "explain \(code) --lang ja")
            #expect(en.stdout.hasPrefix(code) && en.stdout.contains("How to fix it:"), "explain \(code) --lang en")
            #expect(!en.stdout.contains("teishutsu check \(code)"), "generic help for \(code)")
        }
    }

    @Test func anUnknownCodeIsAUsageProblemWithASuggestion() throws {
        let result = try CLI.run(["explain", "PLAN-CERT-nonе", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("did you mean 'PLAN-CERT-none'?"))
    }

    @Test func noEmitterNamesACodeByAString() throws {
        let sources = Fixtures.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(files.count > 50)
        let pattern = try NSRegularExpression(pattern: #"(\.error|\.warning|Diagnostic)\(\s*""#)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let matches = pattern.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
            #expect(matches == 0, "\(file) names a diagnostic code by a string")
        }
    }
}
