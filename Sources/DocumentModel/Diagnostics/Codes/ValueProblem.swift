/// A value that does not fit its schema, in whichever format it was read.
public enum ValueProblem: String, Sendable, CaseIterable {
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case duplicateKey = "duplicate-key"
    case empty
    case type
    case date
    case time
    case badChoice = "bad-choice"
    case badKey = "bad-key"
    case tooFewItems = "too-few-items"
    case tooManyValues = "too-many-values"

    /// Where the problem can arise: a CSV row has no keys, lists or nesting.
    func occurs(in format: InputFormat) -> Bool {
        switch (self, format) {
        case (.empty, _), (.type, _), (.date, _), (.time, _), (.badChoice, _): true
        case (_, .csv): false
        default: true
        }
    }
}
