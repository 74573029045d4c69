import DefaultTemplates
import DocumentModel
import Foundation
import LibXML
import Loading
import Rendering
import Testing
import TestSupport

/// A build checks each XML document against its XSD as it writes it (the validator handed each
/// element and text), not by parsing the bytes back: it must find what the parse finds, on the
/// same lines, for the demo's plan as it is and changed leaf by leaf.
@Suite struct XMLCheckedAsWrittenTests {
    static let folder = ContractFolder.load(Fixtures.demo.path)

    /// The value tree with its `target`-th leaf (counted in schema order) replaced: `nil` leaves
    /// the field out.
    static func replacing(_ target: Int, in object: ObjectValue, with make: (Value) -> Value?, counter: inout Int) -> ObjectValue {
        var values = object.values
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            values[index] = replacing(target, in: value, with: make, counter: &counter)
        }
        return ObjectValue(schema: object.schema, values: values, keyPlaces: object.keyPlaces, nullKeys: object.nullKeys,
                           span: object.span, hadErrors: object.hadErrors)
    }

    static func replacing(_ target: Int, in value: Value, with make: (Value) -> Value?, counter: inout Int) -> Value? {
        switch value.kind {
        case .object(let object):
            return Value(.object(replacing(target, in: object, with: make, counter: &counter)), span: value.span)
        case .list(let items):
            return Value(.list(items.compactMap { replacing(target, in: $0, with: make, counter: &counter) }), span: value.span)
        case .map(let entries):
            return Value(.map(entries.compactMap { entry in
                replacing(target, in: entry.value, with: make, counter: &counter).map { MapEntry(key: entry.key, keySpan: entry.keySpan, value: $0) }
            }), span: value.span)
        default:
            defer { counter += 1 }
            return counter == target ? make(value) : value
        }
    }

    static func leaves(_ object: ObjectValue) -> Int {
        var counter = 0
        _ = replacing(-1, in: object, with: { $0 }, counter: &counter)
        return counter
    }

    @Test func theProblemsFoundAsWrittenAreThoseOfTheBytes() throws {
        let plan = try #require(Self.folder.plan), contract = try #require(Self.folder.contract)
        let content = XMLDocumentType.planContent(plan: plan, contract: contract)
        let schema = try #require(DefaultTemplates.text(XMLDocumentType.plan.xsdPath).flatMap { XMLSchema(xsd: $0) })
        let count = Self.leaves(content)
        #expect(count > 100)
        let changes: [(String, (Value) -> Value?)] = [
            ("emptied", { Value(.text(""), span: $0.span) }),
            ("left out", { _ in nil }),
            ("not a date", { Value(.text("2025-13-01"), span: $0.span) }),
            ("a number for a text", { Value(.integer(-7), span: $0.span) }),
        ]
        var invalid = 0
        for target in [-1] + Array(stride(from: 0, to: count, by: 5)) {
            for (name, make) in target < 0 ? [changes[0]] : changes {
                var counter = 0
                let changed = Self.replacing(target, in: content, with: make, counter: &counter)
                let (bytes, found) = XMLWriter.checkedDocumentBytes(.plan, changed, schema: schema)
                #expect(bytes == XMLWriter.documentBytes(.plan, changed), "leaf \(target) \(name)")
                let parsed = schema.validate(bytes: Data(bytes))
                #expect(found.map(\.message) == parsed.map(\.message), "leaf \(target) \(name): \(found) / \(parsed)")
                #expect(found.map(\.line) == parsed.map(\.line), "leaf \(target) \(name): \(found) / \(parsed)")
                #expect(found.allSatisfy { !$0.isParseError && $0.column >= 1 })
                if target < 0 { #expect(found.isEmpty, "\(found)") }
                if !found.isEmpty { invalid += 1 }
            }
        }
        // The changes broke the document often enough for the comparison to mean something.
        #expect(invalid > count / 5, "\(invalid) of \(count)")
    }

    /// An attribute's value is given as a parser would give it: a line break or a tab in it is
    /// a space (the XSD judges the same value either way).
    @Test func anAttributeIsGivenAsParsed() throws {
        let schema = try #require(DefaultTemplates.text(XMLDocumentType.plan.xsdPath).flatMap { XMLSchema(xsd: $0) })
        let plan = try #require(Self.folder.plan), contract = try #require(Self.folder.contract)
        let content = XMLDocumentType.planContent(plan: plan, contract: contract)
        // Every map key of the plan with a line break and a tab in it.
        func rekey(_ value: Value) -> Value {
            switch value.kind {
            case .object(let object): return Value(.object(rekey(object)), span: value.span)
            case .list(let items): return Value(.list(items.map(rekey)), span: value.span)
            case .map(let entries):
                return Value(.map(entries.map { MapEntry(key: $0.key + "\n\t\r\nx", keySpan: $0.keySpan, value: rekey($0.value)) }), span: value.span)
            default: return value
            }
        }
        func rekey(_ object: ObjectValue) -> ObjectValue {
            ObjectValue(schema: object.schema, values: object.values.map { $0.map(rekey) }, keyPlaces: object.keyPlaces,
                        nullKeys: object.nullKeys, span: object.span, hadErrors: object.hadErrors)
        }
        let changed = rekey(content)
        let (bytes, found) = XMLWriter.checkedDocumentBytes(.plan, changed, schema: schema)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\n\t&#13;\nx\""))
        let parsed = schema.validate(bytes: Data(bytes))
        #expect(found.map(\.message) == parsed.map(\.message), "\(found) / \(parsed)")
    }
}
