/// The text of the files a run read, so that diagnostics can quote the line they point at.
/// Only line offsets are computed up front: a 20 MB log costs one pass over its bytes.
public struct SourceTexts: Sendable {
    private var files: [String: SourceLines] = [:]

    public init() {}

    public mutating func add(_ path: String, text: String) {
        add(path, lines: SourceLines(text))
    }

    /// Adds a text whose lines are already found.
    public mutating func add(_ path: String, lines: SourceLines) {
        files[path] = lines
    }

    /// Adds the files of another run.
    public mutating func merge(_ other: SourceTexts) {
        files.merge(other.files) { mine, _ in mine }
    }

    /// Only the files named.
    public func only(_ paths: Set<String>) -> SourceTexts {
        var kept = SourceTexts()
        kept.files = files.filter { paths.contains($0.key) }
        return kept
    }

    public func line(_ number: Int, of path: String) -> Substring? {
        files[path]?.line(number)
    }
}
