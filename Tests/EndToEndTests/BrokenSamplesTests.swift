import Foundation
import Testing
import TestSupport

/// `teishutsu validate` on each folder of samples/broken: exit 1 and the whole diagnostic text.
@Suite struct BrokenSamplesTests {
    static let golden = Golden(folder: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden"))

    static let names = [
        "alias-bomb",
        "closing-after-deadline",
        "closing-no-certificate",
        "closing-no-recipient",
        "closing-subcontractor-missing",
        "duplicate-key",
        "incident-file-name",
        "incident-final-incomplete",
        "incident-no-first-report",
        "incident-order",
        "incident-report-missing",
        "incident-security-exposure",
        "incident-unknown",
        "late-plan",
        "measure-done-incomplete",
        "measure-duplicate-id",
        "measure-missing-status",
        "measure-unknown",
        "missing-section",
        "no-accepted-certification",
        "request-dates",
        "request-file-name",
        "style-problems",
        "subcontractor-without-ownership",
        "third-party-audit-without-body",
        "unanswered-requirement",
        "unknown-key",
        "untrained-person",
        "wrong-type",
        "yaml-syntax",
    ]

    @Test func everyBrokenSampleIsCovered() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("samples/broken").path)
            .filter { !$0.hasSuffix(".md") }.sorted()
        #expect(folders == Self.names)
    }

    @Test(arguments: names)
    func diagnosticsInEnglish(_ name: String) throws {
        let result = try CLI.run(["validate", "samples/broken/\(name)", "--lang", "en"])
        #expect(result.status == 1)
        #expect(Self.golden.mismatch(result.stdout, "broken-\(name).en.txt") == nil, "\(Self.golden.mismatch(result.stdout, "broken-\(name).en.txt") ?? "")")
        #expect(result.stderr.isEmpty)
    }

    @Test(arguments: ["missing-section", "untrained-person", "yaml-syntax", "unknown-key"])
    func diagnosticsInJapanese(_ name: String) throws {
        let result = try CLI.run(["validate", "samples/broken/\(name)", "--lang", "ja"])
        #expect(result.status == 1)
        #expect(Self.golden.mismatch(result.stdout, "broken-\(name).ja.txt") == nil, "\(Self.golden.mismatch(result.stdout, "broken-\(name).ja.txt") ?? "")")
    }

    @Test(arguments: names)
    func buildWritesNothing(_ name: String) throws {
        let output = try CLI.temporaryFolder("out")
        defer { try? FileManager.default.removeItem(at: output) }
        let sentinel = output.appendingPathComponent("plan.html")
        try "previous build".write(to: sentinel, atomically: false, encoding: .utf8)
        let result = try CLI.run(["build", "samples/broken/\(name)", "--output", output.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("nothing was written because of the errors above.\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["plan.html"])
        #expect(try String(contentsOf: sentinel, encoding: .utf8) == "previous build")
    }
}
