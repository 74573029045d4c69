import DefaultTemplates
import Foundation
import Testing
@testable import Rendering
import LibXML

/// The shipped XSD is the generator's output (scripts/generate-schemas.sh writes it).
@Suite struct SchemaFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func theShippedPlanXSDIsCurrent() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("Templates/xml/plan.xsd"), encoding: .utf8)
        #expect(XSDGenerator.xsd(.plan) == onDisk, "run scripts/generate-schemas.sh")
        #expect(DefaultTemplates.text("xml/plan.xsd") == onDisk)
        #expect(XMLSchema(xsd: onDisk) != nil)
    }

    @Test func xmlEscapesEverythingThatCouldBreakOut() {
        #expect(XMLWriter.escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;")
    }
}
