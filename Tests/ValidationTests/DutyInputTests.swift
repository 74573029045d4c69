import DocumentModel
import Foundation
import JapaneseCalendar
import Testing
import TestSupport
import TeishutsuKit

/// The new input files of the duties: every required field, deleted one at a time, fails
/// `validate` with an error located in that file.
@Suite(.serialized) struct DutyInputTests {
    /// The required keys at the top of a schema (with `extra`, such as the final report's fields,
    /// required once there is one), and those of the objects inside it.
    static func requiredKeys(_ schema: ObjectSchema, extra: [String] = []) -> (top: Set<String>, nested: Set<String>) {
        var nested: Set<String> = []
        func walk(_ schema: ObjectSchema) {
            for field in schema.fields {
                if field.required { nested.insert(field.key) }
                switch field.type {
                case .object(let inner): walk(inner)
                case .list(.object(let inner), _, _): walk(inner)
                default: break
                }
            }
        }
        for field in schema.fields {
            switch field.type {
            case .object(let inner): walk(inner)
            case .list(.object(let inner), _, _): walk(inner)
            default: break
            }
        }
        return (Set(schema.fields.filter(\.required).map(\.key) + extra), nested)
    }

    static let files: [(path: String, keys: (top: Set<String>, nested: Set<String>))] = [
        ("incidents/INC-2025-004.yaml", requiredKeys(IncidentReportSchema.root, extra: IncidentReportSchema.finalReportKeys)),
        ("requests/RQ-2025-02.yaml", requiredKeys(RequestSchema.root)),
        ("closing.yaml", requiredKeys(ClosingSchema.root)),
    ]

    @Test(arguments: [0, 1, 2])
    func deletingARequiredFieldIsALocatedError(_ index: Int) throws {
        let (path, keys) = Self.files[index]
        let folder = try Fixtures.demoCopy("required")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(path)
        let original = try String(contentsOf: url, encoding: .utf8)
        let lines = original.components(separatedBy: "\n")
        var tried: Set<String> = []
        for (number, line) in lines.enumerated() {
            guard let match = line.range(of: #"^\s*(- )?[a-z_]+:"#, options: .regularExpression) else { continue }
            let key = line[match].trimmingCharacters(in: CharacterSet(charactersIn: " -:"))
            let indent = line.prefix { $0 == " " }.count
            let isItem = line.dropFirst(indent).hasPrefix("- ")
            guard (indent == 0 ? keys.top : keys.nested).contains(key), tried.insert("\(indent == 0)\(key)").inserted else { continue }
            // The key's line and everything indented under it; a list item keeps its dash.
            let keyIndent = isItem ? indent + 2 : indent
            var end = number + 1
            while end < lines.count, lines[end].isEmpty || lines[end].prefix(while: { $0 == " " }).count > keyIndent { end += 1 }
            if isItem {
                // The item's other keys stay; only this key's own block (deeper) goes.
                end = number + 1
                while end < lines.count, lines[end].prefix(while: { $0 == " " }).count > keyIndent { end += 1 }
            }
            var edited = lines
            edited.replaceSubrange(number..<end, with: isItem ? [String(repeating: " ", count: indent) + "-"] : [])
            try edited.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
            let (_, report) = Pipeline.validate(folder: folder.path, today: CivilDate(year: 2026, month: 4, day: 30))
            let errors = report.diagnostics.filter { $0.severity == .error && $0.span?.file == url.path }
            #expect(!errors.isEmpty, "deleting \(key) from \(path) (line \(number + 1)) is not an error located in it: \(report.diagnostics.map(\.code.id))")
            try original.write(to: url, atomically: false, encoding: .utf8)
        }
        #expect(tried.count >= 6, "\(path): \(tried.sorted())")
    }

    /// A request closed (甲 accepted the answer) before the day it was answered is refused at
    /// closed_on; one closed before it was even received is said once, for that.
    @Test func aRequestClosedBeforeItsAnswerIsAnError() throws {
        let folder = try Fixtures.demoCopy("closed-before-answer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("requests/RQ-2025-02.yaml")
        let original = try String(contentsOf: url, encoding: .utf8)
        let today = CivilDate(year: 2026, month: 4, day: 30)
        for (closed, expected) in [("令和７年11月15日", ["closed_on is before the day it was answered (answer.on)"]),
                                   ("令和７年11月１日", ["closed_on is before the day it was received (received_on)"]),
                                   ("令和７年11月20日", [])] {
            try original.replacingOccurrences(of: "closed_on: 令和８年１月20日", with: "closed_on: \(closed)").write(to: url, atomically: false, encoding: .utf8)
            let (_, report) = Pipeline.validate(folder: folder.path, today: today)
            let said = report.diagnostics.filter { $0.code.id == "REQUEST-dates" }
            #expect(said.map(\.message.english) == expected, "\(closed): \(report.diagnostics.map(\.code.id))")
            #expect(said.allSatisfy { $0.span?.file == url.path && $0.span?.line == 20 })
        }
    }

    /// The report a request concerns is of a month of the contract.
    @Test func aRequestAboutAMonthOutsideTheContractIsAnError() throws {
        let folder = try Fixtures.demoCopy("request-month")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.edit(folder, "requests/RQ-2025-01.yaml", replacing: "report_month: 2025-08", with: "report_month: 2026-05")
        let (_, report) = Pipeline.validate(folder: folder.path, today: CivilDate(year: 2026, month: 4, day: 30))
        let said = report.diagnostics.filter { $0.code.id == "REQUEST-dates" }
        #expect(said.map(\.message.english) == ["report_month (2026-05) is outside the contract period (2023-01-04–2026-03-31)"], "\(report.diagnostics.map(\.code.id))")
        #expect(said.first?.span?.line == 8)
    }

    /// A status given for a measure only presented in a later month is refused at its ID; two
    /// files of one incident or one request (.yaml and .yml) are refused at the second.
    @Test func aStatusBeforeItsMeasureAndTwoFilesOfOneIDAreErrors() throws {
        let folder = try Fixtures.demoCopy("status-before")
        defer { try? FileManager.default.removeItem(at: folder) }
        // KZ-RQ-2025-02-1 is presented in the answer of 2025-11-20: October cannot report on it.
        try Fixtures.edit(folder, "reports/2025-10.yaml", replacing: "measure_status:\n",
                          with: "measure_status:\n  KZ-RQ-2025-02-1:\n    status: in_progress\n    note: 着手した\n")
        let today = CivilDate(year: 2026, month: 4, day: 30)
        let (_, report) = Pipeline.validate(folder: folder.path, today: today)
        let unknown = report.diagnostics.filter { $0.code.id == "MEASURE-unknown" }
        #expect(unknown.map(\.message.english) == ["the improvement measure KZ-RQ-2025-02-1 was not yet presented by the report for 2025-10 (it is presented for 2025-11)"],
                "\(report.diagnostics.map(\.code.id))")
        #expect(unknown.first?.span?.file.hasSuffix("reports/2025-10.yaml") == true && unknown.first?.span?.line == 80)

        // A status given in the month the measure is presented: its status is where it is presented.
        let same = try Fixtures.demoCopy("status-same")
        defer { try? FileManager.default.removeItem(at: same) }
        try Fixtures.edit(same, "reports/2025-08.yaml", replacing: "\nother:", with: "\nmeasure_status:\n  KZ-2025-08-1:\n    status: in_progress\n    note: 着手した\nother:")
        let (_, sameMonth) = Pipeline.validate(folder: same.path, today: today)
        #expect(sameMonth.diagnostics.filter { $0.code.id == "MEASURE-unknown" }.map(\.message.english)
                == ["the improvement measure KZ-2025-08-1 is presented for 2025-08: its status goes where it is presented (status); measure_status is for measures presented in earlier months"],
                "\(sameMonth.diagnostics.map(\.code.id))")

        let other = try Fixtures.demoCopy("two-files")
        defer { try? FileManager.default.removeItem(at: other) }
        for file in ["incidents/INC-2025-006", "requests/RQ-2025-01"] {
            try FileManager.default.copyItem(at: other.appendingPathComponent(file + ".yaml"), to: other.appendingPathComponent(file + ".yml"))
        }
        let (_, twice) = Pipeline.validate(folder: other.path, today: today)
        let said = twice.diagnostics.filter { $0.message.english.contains("has two files") }.map(\.message.english).sorted()
        #expect(said == ["the incident INC-2025-006 has two files (INC-2025-006.yaml and INC-2025-006.yml); which one is meant is unknown",
                         "the request RQ-2025-01 has two files (RQ-2025-01.yaml and RQ-2025-01.yml); which one is meant is unknown"], "\(said)")
    }
}
