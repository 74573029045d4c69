import DocumentModel
import Testing

/// The registry: every code declared once, each with its help, example and fix in both languages.
@Suite struct DiagnosticCodeTests {
    @Test func everyCodeHasAUniqueIDAndFindsItself() {
        let ids = DiagnosticCode.all.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate IDs: \(Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted())")
        for code in DiagnosticCode.all {
            #expect(DiagnosticCode(id: code.id) == code)
        }
        #expect(DiagnosticCode(id: "PLAN-CERT-none") == .plan(.certNone))
        #expect(DiagnosticCode(id: "yaml-type") == .input(.value(.type, .yaml)))
        #expect(DiagnosticCode(id: "PLAN-ORG-missing") == .plan(.sectionMissing(.organization)))
        #expect(DiagnosticCode(id: "no-such-code") == nil)
    }

    @Test func everyCodeHasHelpAndAFixInBothLanguages() {
        for code in DiagnosticCode.all {
            let info = code.info
            #expect(!info.help.japanese.isEmpty && !info.help.english.isEmpty, "\(code.id) has no help")
            #expect(!info.fix.japanese.isEmpty && !info.fix.english.isEmpty, "\(code.id) has no fix")
            // Japanese help is Japanese; English help is English (it may quote a Japanese term).
            #expect(info.help.japanese.unicodeScalars.contains { $0.value >= 0x3040 }, "\(code.id)'s Japanese help is not Japanese")
            #expect(info.help.english.split(separator: " ").filter { $0.allSatisfy(\.isASCII) }.count >= 3, "\(code.id)'s English help is not English")
        }
    }

    @Test func usageAndIOProblemsExitWithTwo() {
        let io: [Diagnostic] = [.error(.input(.pathMissing), Message(ja: "x", en: "x"), at: nil)]
        let content: [Diagnostic] = [.error(.plan(.certNone), Message(ja: "x", en: "x"), at: nil)]
        let warning: [Diagnostic] = [.warning(.plan(.certExpiresBeforeEnd), Message(ja: "x", en: "x"), at: nil)]
        #expect(io.exitStatus() == 2)
        #expect((content + io).exitStatus() == 2)
        #expect(content.exitStatus() == 1)
        #expect(warning.exitStatus() == 0)
        #expect(warning.exitStatus(strict: true) == 1)
        #expect([Diagnostic]().exitStatus(strict: true) == 0)
    }
}
