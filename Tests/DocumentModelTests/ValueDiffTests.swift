import DocumentModel
import Testing

/// Differences between two versions of a document, by field path and in the documents' words.
@Suite struct ValueDiffTests {
    let company = ObjectSchema("Company", "会社", [.required("company", "商号", .text), .optional("capital", "資本金", .text)])
    var root: ObjectSchema { ObjectSchema("Root", "文書", [.optional("ownership", "資本関係", .list(.object(company), item: "company"))]) }

    func value(_ companies: [(String, String)]) -> ObjectValue {
        let span = SourceSpan.file("t")
        let items = companies.map { name, capital in
            Value(.object(ObjectValue(schema: company, fields: ["company": Value(.text(name), span: span), "capital": Value(.text(capital), span: span)],
                                      keySpans: [:], span: span, hadErrors: false)), span: span)
        }
        return ObjectValue(schema: root, fields: ["ownership": Value(.list(items), span: span)], keySpans: [:], span: span, hadErrors: false)
    }

    @Test func aChangeIsNamedByItsItemAndField() {
        let old = value([("株式会社あおば", "4億8,000万円"), ("株式会社北辰", "1億円")])
        let new = value([("株式会社あおば", "5億円"), ("株式会社北辰", "1億円")])
        let changes = ValueDiff.changes(old["ownership"], new["ownership"], path: "ownership")
        #expect(changes.count == 1)
        #expect(changes[0].path == "ownership[株式会社あおば].capital")
        #expect(changes[0].labelPath.japanese == "「株式会社あおば」の資本金")
        #expect(changes[0].old == "4億8,000万円" && changes[0].new == "5億円")
        #expect(changes[0].field?.japanese == "資本金")
    }

    @Test func itemsAddedAndRemovedAreSaid() {
        let old = value([("株式会社あおば", "1")])
        let new = value([("株式会社北辰", "1")])
        let kinds = ValueDiff.changes(old["ownership"], new["ownership"], path: "ownership").map(\.kind)
        #expect(kinds == [.added, .removed])
    }
}

