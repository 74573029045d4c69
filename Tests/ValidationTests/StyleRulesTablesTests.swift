import Testing
@testable import Validation

/// The style check's tests read without hashing say what its dictionary and its list of closing
/// marks say.
@Suite struct StyleRulesTablesTests {
    @Test func theASCIIPunctuationTestIsTheDictionarys() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            #expect(StyleRules.Checker.hasFullWidth(value) == (StyleRules.Checker.fullWidthOf[scalar] != nil), "\(value)")
        }
    }

    @Test func theClosersAreTheBracketsAndSpaces() {
        let closers: Set<Unicode.Scalar> = ["）", "」", "』", " ", "\u{3000}"]
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(StyleRules.Checker.isCloser(scalar) == closers.contains(scalar), "\(value)")
        }
    }
}
