public enum Language: String, Sendable, CaseIterable {
    case ja, en
}
