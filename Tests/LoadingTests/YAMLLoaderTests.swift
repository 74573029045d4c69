import DocumentModel
import Testing
@testable import Loading

@Suite struct YAMLLoaderTests {
    @Test func smoke() {
        let (value, diagnostics) = YAMLLoader.parse("name: x\nrequirements:\n  - id: REQ-A\n    categry: c\n", file: "c.yaml", schema: CatalogSchema.root)
        #expect(value != nil)
        for d in diagnostics { print(d.code, d.message.english, d.span!) }
    }
}
