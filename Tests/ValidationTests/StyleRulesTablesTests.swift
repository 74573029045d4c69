import Testing
@testable import Validation

/// The style check's tables read without hashing say what its sets and dictionaries say.
@Suite struct StyleRulesTablesTests {
    @Test func theASCIIPunctuationTestIsTheDictionarys() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(StyleRules.Checker.hasFullWidth(value) == (StyleRules.Checker.fullWidthOf[scalar] != nil), "\(value)")
        }
    }

    @Test func theClosersTestIsTheSets() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(StyleRules.Checker.isCloser(scalar) == StyleRules.Checker.closers.contains(scalar), "\(value)")
        }
    }
}
