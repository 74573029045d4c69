import DocumentModel
import Foundation
import Loading
import Testing
import TestSupport
import TeishutsuKit
import Yams

/// The JSON Schemas editors use: current, every sample passes, a misspelt field fails.
@Suite struct SchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func schema(_ kind: InputFileKind) throws -> JSONSchemaValidator {
        let url = root.appendingPathComponent("Templates/schema/\(kind.rawValue).schema.json")
        return JSONSchemaValidator(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any])
    }

    /// YAML as an editor sees it (YAML 1.2 core schema: dates stay strings).
    static func json(_ yaml: String) throws -> Any {
        func convert(_ node: Node) -> Any {
            switch node {
            case .scalar(let scalar):
                let s = scalar.string
                guard scalar.style == .plain else { return s }
                if ["", "~", "null", "Null", "NULL"].contains(s) { return NSNull() }
                if ["true", "True", "TRUE"].contains(s) { return true }
                if ["false", "False", "FALSE"].contains(s) { return false }
                if let i = Int(s) { return i }
                if s.range(of: "^-?[0-9]+\\.[0-9]+$", options: .regularExpression) != nil, let d = Double(s) { return d }
                return s
            case .mapping(let mapping):
                var object: [String: Any] = [:]
                for (key, value) in mapping { object[key.string ?? ""] = convert(value) }
                return object
            case .sequence(let sequence):
                return sequence.map(convert)
            case .alias:
                return NSNull()
            }
        }
        return convert(try Yams.compose(yaml: yaml)!)
    }

    @Test(arguments: InputFileKind.allCases.filter(\.isYAML))
    func theShippedSchemaIsCurrent(_ kind: InputFileKind) throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("Templates/schema/\(kind.rawValue).schema.json"), encoding: .utf8)
        #expect(SchemaExport.jsonSchema(kind).prettyText == onDisk, "run scripts/generate-schemas.sh")
    }

    @Test func theFieldReferenceIsCurrent() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/input-format.md"), encoding: .utf8)
        let generated = InputFileKind.allCases.map { SchemaExport.markdown($0) }.joined(separator: "\n")
        #expect(onDisk.hasSuffix(generated), "run scripts/generate-schemas.sh")
    }

    @Test func theDiagnosticsReferenceIsCurrent() throws {
        let onDisk = try String(contentsOf: Self.root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
        #expect(onDisk == Explain.markdown(), "run scripts/generate-schemas.sh")
    }

    static var samples: [(String, InputFileKind)] {
        var list: [(String, InputFileKind)] = [("samples/demo/contract.yaml", .contract), ("samples/demo/plan.yaml", .plan),
                                              ("Templates/catalog/requirements.yaml", .catalog)]
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("samples/demo/reports").path)) ?? []
        list += reports.sorted().map { ("samples/demo/reports/\($0)", .report) }
        for (folder, kind) in [("incidents", InputFileKind.incident), ("requests", .request)] {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("samples/demo/\(folder)").path)) ?? []
            list += files.sorted().map { ("samples/demo/\(folder)/\($0)", kind) }
        }
        list.append(("samples/demo/closing.yaml", .closing))
        let broken = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("samples/broken").path)) ?? []
        for folder in broken.sorted() where !folder.hasSuffix(".md") {
            list.append(("samples/broken/\(folder)/contract.yaml", .contract))
            list.append(("samples/broken/\(folder)/catalog.yaml", .catalog))
        }
        return list
    }

    @Test func everySampleFollowsItsSchema() throws {
        #expect(Self.samples.count > 20)
        for (path, kind) in Self.samples {
            let yaml = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
            let errors = try Self.schema(kind).validate(Self.json(yaml))
            #expect(errors.isEmpty, "\(path): \(errors.prefix(5))")
        }
    }

    @Test func aMisspeltFieldOrAWrongTypeFailsTheSchema() throws {
        let plan = try String(contentsOf: Self.root.appendingPathComponent("samples/demo/plan.yaml"), encoding: .utf8)
        let misspelt = plan.replacingOccurrences(of: "      members: [佐藤 直樹]", with: "      memebers: [佐藤 直樹]")
        let errors = try Self.schema(.plan).validate(Self.json(misspelt))
        #expect(errors.contains("$.organization.roles[0]: additional property memebers"))
        #expect(errors.contains("$.organization.roles[0]: missing required members"))

        let contract = try String(contentsOf: Self.root.appendingPathComponent("samples/demo/contract.yaml"), encoding: .utf8)
        let wrong = contract.replacingOccurrences(of: "    target_hours: 6", with: "    target_hours: six")
            .replacingOccurrences(of: "  date_style: mixed", with: "  date_style: kanji")
        let contractErrors = try Self.schema(.contract).validate(Self.json(wrong))
        #expect(contractErrors.contains("$.service_levels.recovery.target_hours: expected integer"))
        #expect(contractErrors.contains("$.document.date_style: not one of the enum"))
        let report = try String(contentsOf: Self.root.appendingPathComponent("samples/demo/reports/2025-08.yaml"), encoding: .utf8)
        let reportErrors = try Self.schema(.report).validate(Self.json(report.replacingOccurrences(of: "\nrisks:", with: "\nrisk:")))
        #expect(reportErrors.contains("$: additional property risk"))
    }

    @Test func initNamesTheSchemasItWrites() throws {
        let folder = Fixtures.scratchPath("schema")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Scaffold.create(at: folder.path, firstMonth: YearMonth(year: 2026, month: 4))
        #expect(written.contains(folder.path + "/schema/plan.schema.json"))
        let report = try String(contentsOf: folder.appendingPathComponent("reports/2026-04.yaml"), encoding: .utf8)
        #expect(report.hasPrefix("# yaml-language-server: $schema=../schema/report.schema.json\n"))
        let contract = try String(contentsOf: folder.appendingPathComponent("contract.yaml"), encoding: .utf8)
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.yaml"), encoding: .utf8)
        #expect(contract.hasPrefix("# yaml-language-server: $schema=./schema/contract.schema.json\n"))
        #expect(plan.hasPrefix("# yaml-language-server: $schema=./schema/plan.schema.json\n"))
        // The copies are the shipped schemas.
        for kind in ["contract", "plan", "report", "catalog"] {
            #expect(try Data(contentsOf: folder.appendingPathComponent("schema/\(kind).schema.json"))
                    == Data(contentsOf: Self.root.appendingPathComponent("Templates/schema/\(kind).schema.json")))
        }
    }
}
