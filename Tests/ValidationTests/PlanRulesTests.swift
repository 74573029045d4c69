import DocumentModel
import Foundation
import Testing
import TestSupport
import TeishutsuKit

/// The demo plan, changed one way at a time: each change must give exactly the expected
/// diagnostic at the expected line.
@Suite struct PlanRulesTests {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/demo")

    /// A copy of the demo with `plan.yaml` (or `contract.yaml`) edited.
    struct Copy {
        let folder: URL
        var planText: String
        var contractText: String

        init() throws {
            folder = Fixtures.scratchPath("rules")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            planText = try String(contentsOf: PlanRulesTests.demo.appendingPathComponent("plan.yaml"), encoding: .utf8)
            contractText = try String(contentsOf: PlanRulesTests.demo.appendingPathComponent("contract.yaml"), encoding: .utf8)
        }

        /// Replaces text of the demo's plan or contract; text no longer there fails the test (not the run).
        mutating func replace(_ old: String, with new: String, in file: String = "plan.yaml", sourceLocation: SourceLocation = #_sourceLocation) {
            if file == "plan.yaml" {
                if !planText.contains(old) { Issue.record("the demo plan no longer contains \(old)", sourceLocation: sourceLocation) }
                planText = planText.replacingOccurrences(of: old, with: new)
            } else {
                if !contractText.contains(old) { Issue.record("the demo contract no longer contains \(old)", sourceLocation: sourceLocation) }
                contractText = contractText.replacingOccurrences(of: old, with: new)
            }
        }

        /// Removes a top-level key of plan.yaml with everything under it.
        mutating func removeSection(_ key: String) {
            var lines = planText.components(separatedBy: "\n")
            guard let start = lines.firstIndex(of: key + ":") else { preconditionFailure("no \(key): in the demo") }
            var end = start + 1
            while end < lines.count, lines[end].isEmpty || lines[end].hasPrefix(" ") || lines[end].hasPrefix("-") { end += 1 }
            lines.removeSubrange(start..<end)
            planText = lines.joined(separator: "\n")
        }

        /// The line (from 1) of the first line of plan.yaml containing `marker`.
        func line(of marker: String, in file: String = "plan.yaml") -> Int {
            let text = file == "plan.yaml" ? planText : contractText
            let lines = text.components(separatedBy: "\n")
            guard let index = lines.firstIndex(where: { $0.contains(marker) }) else { preconditionFailure("no \(marker)") }
            return index + 1
        }

        /// The line (from 1) of the first line containing `marker` after the line containing `anchor`.
        func line(of marker: String, after anchor: String) -> Int {
            let lines = planText.components(separatedBy: "\n")
            let start = lines.firstIndex { $0.contains(anchor) }!
            return lines[start...].firstIndex { $0.contains(marker) }! + 1
        }

        /// The line (from 1) that is exactly `text`.
        func line(exactly text: String) -> Int {
            guard let index = planText.components(separatedBy: "\n").firstIndex(of: text) else { preconditionFailure("no line \(text)") }
            return index + 1
        }

        func validate() throws -> [Diagnostic] {
            try planText.write(to: folder.appendingPathComponent("plan.yaml"), atomically: false, encoding: .utf8)
            try contractText.write(to: folder.appendingPathComponent("contract.yaml"), atomically: false, encoding: .utf8)
            defer { try? FileManager.default.removeItem(at: folder) }
            return Pipeline.validate(folder: folder.path).1.diagnostics
        }
    }

    func codesAndLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.sortedForOutput().map { "\($0.code.id)@\($0.span.map { String($0.line) } ?? "-")" }
    }

    @Test func theDemoIsClean() throws {
        let diagnostics = try Copy().validate()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message.english))")
    }

    @Test(arguments: PlanSection.allCases)
    func removingAMandatedSectionIsAnError(_ section: PlanSection) throws {
        var copy = try Copy()
        copy.removeSection(section.key)
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics).contains("\(section.id)-missing@1"), "\(codesAndLines(diagnostics))")
        #expect(diagnostics.hasErrors)
    }

    @Test func anEmptySectionIsAnError() throws {
        var copy = try Copy()
        copy.removeSection("other")
        copy.planText += "\nother: []\n"
        let line = copy.planText.components(separatedBy: "\n").firstIndex(of: "other: []")! + 1
        #expect(codesAndLines(try copy.validate()) == ["PLAN-OTHER-empty@\(line)"])
    }

    @Test func aSubcontractorWithoutOwnershipIsAnError() throws {
        var copy = try Copy()
        let start = copy.planText.range(of: "  - company: 株式会社ミナトセキュリティサービス\n    role: subcontractor")!.lowerBound
        let end = copy.planText.range(of: "# 2. 本サービスの実施体制")!.lowerBound
        copy.planText.removeSubrange(start..<end)
        let line = copy.line(of: "- role: SOC監視担当") + 1
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-OWN-missing-company@\(line)"])
        #expect(diagnostics.first?.message.japanese == "再委託先「株式会社ミナトセキュリティサービス」の資本関係・役員等の情報が PLAN-OWN にありません")
    }

    @Test func aPersonWithoutTrainingIsAnError() throws {
        var copy = try Copy()
        // 井上 誠 is trained in TR-01 only (木村 健太 would still be covered by TR-04's role).
        copy.replace("      - 井上 誠\n", with: "")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-TRAIN-uncovered-person@\(copy.line(of: "members: [井上 誠]"))"])
        #expect(diagnostics.first?.message.english == "井上 誠 (データセンター運用責任者, PLAN-ORG) is in the audience of no training course (PLAN-TRAIN)")
    }

    @Test func aTrainingAudienceMustBeAPersonOrARole() throws {
        var copy = try Copy()
        copy.replace("audiences: [運用担当, 設備保守担当]", with: "audiences: [運用担当, 設備保守]")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-TRAIN-unknown-audience@\(copy.line(of: "audiences: [運用担当, 設備保守]"))"])
        #expect(diagnostics.first?.message.english.hasSuffix("did you mean '設備保守担当'?") == true)
    }

    @Test func anUnansweredRequirementIsAnError() throws {
        var copy = try Copy()
        copy.replace("  REQ-OPS-2:\n    answer: 重要情報を格納するストレージを RAID10 とし、２拠点間で常時複製する。\n    by: 小林 大輔\n    evidence: システム構成図\n", with: "")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-REQ-unanswered@\(copy.line(exactly: "requirements:"))"])
        #expect(diagnostics.first?.message.english == "the requirement REQ-OPS-2 (重要情報を格納するサーバのディスク冗長化) has no answer")
    }

    @Test func anAnswerToAnUnknownRequirementIsAnError() throws {
        var copy = try Copy()
        copy.replace("  REQ-DISP-2:", with: "  REQ-DISP-3:")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics).sorted() == ["PLAN-REQ-unanswered@\(copy.line(exactly: "requirements:"))", "PLAN-REQ-unknown@\(copy.line(of: "REQ-DISP-3:"))"].sorted())
        #expect(diagnostics.first { $0.code.id == "PLAN-REQ-unknown" }!.message.english.hasSuffix("did you mean 'REQ-DISP-2'?"))
    }

    @Test func removingEveryCertificationIsAnError() throws {
        var copy = try Copy()
        copy.removeSection("certifications")
        copy.planText += "\ncertifications: []\n"
        let line = copy.planText.components(separatedBy: "\n").firstIndex(of: "certifications: []")! + 1
        #expect(codesAndLines(try copy.validate()) == ["PLAN-CERT-empty@\(line)"])
    }

    @Test func aCertificationOutsideTheAcceptedSchemesIsAnError() throws {
        var copy = try Copy()
        copy.replace("scheme: iso27017", with: "scheme: iso27001")
        #expect(codesAndLines(try copy.validate()) == ["PLAN-CERT-none@\(copy.line(exactly: "certifications:"))"])
    }

    @Test func aCertificationMustBeValidOnTheSubmissionDate() throws {
        var copy = try Copy()
        // Revision 3 (令和７年６月10日) is the submission; the certificate begins after it.
        copy.replace("    valid_from: 令和７年６月１日\n    valid_until: 令和10年５月31日\n  - scheme: iso27001",
                     with: "    valid_from: 令和７年７月１日\n    valid_until: 令和10年５月31日\n  - scheme: iso27001")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-CERT-not-valid@\(copy.line(of: "valid_until: 令和10年５月31日"))"])
    }

    @Test func aCertificateExpiringBeforeTheContractEndsIsAWarning() throws {
        var copy = try Copy()
        // The contract ends on 令和８年３月31日.
        copy.replace("valid_until: 令和10年８月31日", with: "valid_until: 令和７年８月31日")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-CERT-expires-before-end@\(copy.line(of: "valid_until: 令和７年８月31日"))"])
        #expect(diagnostics.first?.severity == .warning)
    }

    @Test func aThirdPartyAuditNamesItsBody() throws {
        var copy = try Copy()
        copy.replace("    body: 一般社団法人日本クラウド監査協会\n", with: "")
        let diagnostics = try copy.validate()
        let auditLine = copy.line(of: "- id: AU-02") + 1
        #expect(codesAndLines(diagnostics) == ["PLAN-AUDIT-no-body@\(auditLine)"])
    }

    @Test func anEmergencyContactWithItsHoursIsRequired() throws {
        var noHours = try Copy()
        noHours.replace("      hours: 24時間365日（当番から連絡を受けた場合）\n", with: "")
        #expect(codesAndLines(try noHours.validate()) == ["PLAN-CONTACT-no-hours@\(noHours.line(of: "    - role: 運用リーダー", after: "  emergency:"))"])

        var noEmergency = try Copy()
        let start = noEmergency.planText.range(of: "  emergency:\n")!.lowerBound
        let end = noEmergency.planText.range(of: "  escalation: |-")!.lowerBound
        noEmergency.planText.removeSubrange(start..<end)
        #expect(codesAndLines(try noEmergency.validate()) == ["PLAN-CONTACT-no-emergency@\(noEmergency.line(exactly: "contact:"))"])
    }

    @Test func revisionsAreNumberedInOrderAndSayWhatChanged() throws {
        var copy = try Copy()
        copy.replace("  - number: 3\n", with: "  - number: 4\n")
        copy.replace("    changes:\n      - 実施体制：運用担当者の交代（加藤 翔太 → 石井 和也）\n      - 教育・研修：新任者向けの着任時研修を追加\n", with: "")
        copy.replace("    date: 令和５年７月３日\n", with: "    date: 令和４年12月１日\n")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == [
            "PLAN-REV-no-changes@\(copy.line(of: "  - number: 2"))",
            "PLAN-REV-date-order@\(copy.line(of: "date: 令和４年12月１日"))",
            "PLAN-REV-number@\(copy.line(of: "  - number: 4"))",
        ])
    }

    @Test func theFirstRevisionMeetsTheDeadline() throws {
        var late = try Copy()
        late.replace("date: 令和５年１月６日\n    changes: 初版", with: "date: 令和５年１月17日\n    changes: 初版")
        #expect(codesAndLines(try late.validate()) == ["PLAN-REV-late@\(late.line(of: "date: 令和５年１月17日"))"])

        var close = try Copy()
        close.replace("date: 令和５年１月６日\n    changes: 初版", with: "date: 令和５年１月12日\n    changes: 初版")
        let diagnostics = try close.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-REV-near-deadline@\(close.line(of: "date: 令和５年１月12日"))"])
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.message.english == "revision 1 is dated 2023-01-12, 4 days before the deadline 2023-01-16, and its submission is not recorded yet")

        var onTheDay = try Copy()
        onTheDay.replace("date: 令和５年１月６日\n    changes: 初版", with: "date: 令和５年１月16日\n    changes: 初版")
        #expect(try onTheDay.validate().map(\.code.id) == ["PLAN-REV-near-deadline"])
    }

    @Test func companiesMustBeTheContractorOrDeclaredSubcontractors() throws {
        var copy = try Copy()
        copy.replace("    - role: SOC監視担当\n      company: 株式会社ミナトセキュリティサービス", with: "    - role: SOC監視担当\n      company: 株式会社ミナトセキュリティ")
        let line = copy.planText.components(separatedBy: "\n").firstIndex(of: "      company: 株式会社ミナトセキュリティ")! + 1
        #expect(codesAndLines(try copy.validate()) == ["PLAN-ORG-undeclared-subcontractor@\(line)", "PLAN-OWN-missing-company@\(line)"])
    }

    /// A company holding more than half is the parent; an individual majority holder is not
    /// (the demo's subcontractor has one, and no parent).
    @Test func aMajorityHoldingCompanyIsNamedAsTheParent() throws {
        var copy = try Copy()
        copy.replace("    parents:\n      - name: 北辰電力グループ株式会社\n        ratio_percent: 100\n", with: "")
        let diagnostics = try copy.validate()
        let line = copy.planText.components(separatedBy: "\n").firstIndex(of: "      - name: 北辰電力グループ株式会社")! + 1
        #expect(codesAndLines(diagnostics) == ["PLAN-OWN-parent-missing@\(line)"])
        #expect(diagnostics.first?.message.japanese == "「株式会社北辰データセンター」の主要株主「北辰電力グループ株式会社」は100％を持っていますが、親会社（parents）が記載されていません")
    }

    @Test func shareRatiosAreCheckedExactly() throws {
        var copy = try Copy()
        copy.replace("ratio_percent: 6.8", with: "ratio_percent: 16.5")
        let diagnostics = try copy.validate()
        #expect(codesAndLines(diagnostics) == ["PLAN-OWN-ratio@\(copy.line(of: "    shareholders:"))"])
        #expect(diagnostics.first?.message.english == "the shareholders of '株式会社あおばクラウドシステムズ' add up to 100.1%, more than 100%")
    }

    @Test func theContractorOfThePlanIsTheContractorOfTheContract() throws {
        var copy = try Copy()
        copy.replace("  name: 株式会社あおばクラウドシステムズ", with: "  name: 株式会社あおばクラウド", in: "contract.yaml")
        let codes = try copy.validate().map(\.code.id)
        #expect(codes.contains("PLAN-OWN-contractor-name"))
    }
}
