/// The format an input value was read from: the first word of its value problems' codes.
public enum InputFormat: String, Sendable, CaseIterable {
    case yaml, csv, xml
}
