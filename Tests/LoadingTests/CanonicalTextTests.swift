import DocumentModel
import Foundation
import Loading
import Testing
import TestSupport

/// The canonical text the fingerprints of submitted documents hash is written into one byte
/// buffer: it must stay byte for byte the text it was as a String, or every recorded submission
/// would read as changed.
@Suite struct CanonicalTextTests {
    /// The canonical text as it was first written, with Strings (the reference).
    static func reference(_ value: Value) -> String {
        switch value.kind {
        case .text(let s): return "t" + String(s.count) + ":" + s
        case .choice(let s): return "c:" + s
        case .date(let d): return "d:" + d.iso
        case .integer(let i): return "i:" + String(i)
        case .decimal(let d): return "n:" + d.normalized.description
        case .bool(let b): return b ? "b:1" : "b:0"
        case .monthDay(let m, let d): return "md:\(m)-\(d)"
        case .timeOfDay(let m): return "tm:\(m)"
        case .instant(let i): return "at:\(i.secondsSinceEpoch)"
        case .yearMonth(let y, let m): return "ym:\(y)-\(m)"
        case .list(let items) where items.count == 1 && items[0].text != nil: return reference(items[0])
        case .list(let items): return "[" + items.map(reference).joined(separator: ",") + "]"
        case .object(let o): return reference(o)
        case .map(let entries):
            return "{" + entries.sorted { $0.key < $1.key }.map { "\($0.key)=\(reference($0.value))" }.joined(separator: ";") + "}"
        }
    }

    static func reference(_ object: ObjectValue) -> String {
        "{" + object.schema.fields.compactMap { field in object.fields[field.key].map { "\(field.key)=\(reference($0))" } }.joined(separator: ";") + "}"
    }

    @Test func everyInputOfTheDemoWritesTheTextItAlwaysHad() throws {
        let demo = Fixtures.demo.path
        var files: [(String, ObjectSchema)] = [("contract.yaml", ContractSchema.root), ("plan.yaml", PlanSchema.root), ("closing.yaml", ClosingSchema.root)]
        for name in try FileManager.default.contentsOfDirectory(atPath: demo + "/reports").sorted() { files.append(("reports/" + name, ReportSchema.root)) }
        for name in try FileManager.default.contentsOfDirectory(atPath: demo + "/incidents").sorted() { files.append(("incidents/" + name, IncidentReportSchema.root)) }
        var checked = 0
        for (file, schema) in files {
            var sources = SourceTexts()
            let (value, diagnostics) = YAMLLoader.load(path: demo + "/" + file, displayPath: file, schema: schema, sources: &sources)
            let object = try #require(value, "\(file): \(diagnostics.map(\.message.english))")
            #expect(object.canonical == Self.reference(object), "\(file)")
            #expect(object.canonicalSHA256 == SHA256.hex(Self.reference(object)), "\(file)")
            for field in object.fields.values { #expect(field.canonical == Self.reference(field), "\(file)") }
            checked += 1
        }
        #expect(checked >= 15)
        // A CSV row writes, from its cells, the text of the value tree rebuilt from them.
        for (name, schema) in [("incidents.csv", LogSchema.incident), ("inquiries.csv", LogSchema.inquiry), ("maintenance.csv", LogSchema.maintenance)] {
            var sources = SourceTexts()
            let (rows, diagnostics) = LogLoader.load(path: demo + "/logs/" + name, displayPath: name, schema: schema, sources: &sources)
            #expect(!diagnostics.hasErrors)
            #expect(!rows.isEmpty, "\(name)")
            for row in rows {
                var text = CanonicalText()
                row.writeCanonical(into: &text)
                #expect(text.string == Self.reference(row.value), "\(name): \(row.span)")
                #expect(row.canonicalSHA256 == SHA256.hex(Self.reference(row.value)))
            }
        }
    }

    @Test func numbersAreWrittenAsStringWritesThem() {
        for n in [0, 7, -7, 10, 99, 1_000_000, Int.max, Int.min] {
            var text = CanonicalText()
            text.append(n)
            #expect(text.string == String(n))
        }
    }
}
