import DefaultTemplates
import DocumentModel
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

/// The generated XML is checked against its XSD as it is parsed, without the document being
/// built: the same problems are found, at the same places, as in the document with or without
/// the indentation between elements.
@Suite struct GeneratedXMLCheckTests {
    static let plan = (try? String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../samples/demo/submitted/plan-r3.xml"), encoding: .utf8)) ?? ""

    @Test(arguments: [
        ("as written", nil, nil, true),
        ("a leaf emptied", "<number>瀬デ推第1042号</number>", "<number></number>", false),
        // Spaces are text: the XSD's minLength counts them, with the indentation dropped or not.
        ("a leaf of spaces", "<number>瀬デ推第1042号</number>", "<number>   </number>", true),
        ("a date that is not one", "<start>2023-01-04</start>", "<start>2023-13-04</start>", false),
        ("an element renamed", "<address>瀬戸内県汐見市港町一丁目１番１号</address>", "<adress>瀬戸内県汐見市港町一丁目１番１号</adress>", false),
        ("an element missing", "<end>2026-03-31</end>", "", false),
        ("text between elements", "</contract>\n    <client>", "</contract>\n  stray  <client>", false),
        ("not well-formed", "<start>2023-01-04</start>", "<start>2023-01-04</strat>", false),
    ] as [(String, String?, String?, Bool)])
    func withoutIndentationTheSameProblemsAreFound(_ change: String, _ old: String?, _ new: String?, _ valid: Bool) throws {
        #expect(!Self.plan.isEmpty)
        var xml = Self.plan
        if let old, let new {
            let range = try #require(xml.range(of: old), "\(change)")
            xml.replaceSubrange(range, with: new)
        }
        let schema = try #require(DefaultTemplates.text(XMLDocumentType.plan.xsdPath).flatMap { XMLSchema(xsd: $0) })
        func issues(blanks: Bool) -> [XMLIssue] {
            let (document, parseIssues) = XMLDocument.parse(Data(xml.utf8), url: "plan.xml", kind: .xml, blanks: blanks)
            guard let document else { return parseIssues }
            return schema.validate(document)
        }
        let kept = issues(blanks: true), dropped = issues(blanks: false)
        #expect(kept == dropped, "\(change): \(kept) / \(dropped)")
        // Checked as parsed, without the document: the same problems, on the same lines, except
        // that stray text is placed on its own line (the document's check names its element's).
        let streamed = schema.validate(bytes: Data(xml.utf8))
        #expect(streamed.map(\.message) == kept.map(\.message), "\(change): \(streamed) / \(kept)")
        if let strayAt = xml.range(of: "stray") {
            #expect(streamed.map(\.line) == [xml[..<strayAt.lowerBound].count { $0 == "\n" } + 1], "\(streamed)")
        } else {
            #expect(streamed.map(\.line) == kept.map(\.line), "\(change): \(streamed) / \(kept)")
        }
        #expect(kept.isEmpty == valid, "\(change): \(kept)")
        let found = XMLFormat.validate(xml, as: .plan, file: "plan.xml")
        #expect(found.isEmpty == valid)
        // A parse error is said as one, not as a schema's.
        #expect(found.contains { $0.code == .output(.invalidXML) } == (change == "not well-formed"), "\(change): \(found)")
    }
}
