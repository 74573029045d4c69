/// Paths as the user wrote them.
public enum Paths {
    /// Joins a folder and a name: `samples/demo` + `plan.yaml` → `samples/demo/plan.yaml`
    /// (`.` and an empty folder add nothing; an absolute name is itself, not `folder//etc/…`).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." || name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder a path is in, as `NSString.deletingLastPathComponent` gives it (`a/b/` → `a`,
    /// `/a` → `/`, `a` → empty), which Foundation on Linux cannot give for a name of one
    /// character (`o`, `o/`): it stops the program there (swift-corelibs-foundation, Swift 6.3).
    public static func parent(_ path: String) -> String {
        var end = path.endIndex
        while end > path.startIndex, path[path.index(before: end)] == "/" { end = path.index(before: end) }
        if end == path.startIndex { return path.isEmpty ? "" : "/" }
        guard var cut = path[..<end].lastIndex(of: "/") else { return "" }
        while cut > path.startIndex, path[path.index(before: cut)] == "/" { cut = path.index(before: cut) }
        return cut == path.startIndex ? "/" : String(path[..<cut])
    }

    /// The path with `.` and `name/..` taken out, as written (no link is followed):
    /// `setouchi/reports/../logs/incidents.csv` → `setouchi/logs/incidents.csv`.
    public static func normalized(_ path: String) -> String {
        let absolute = path.utf8.first == 0x2F
        var parts: [Substring] = []
        // Split on the bytes of "/" (never part of another character in UTF-8): a split by
        // characters would find the grapheme boundaries of every path of every log.
        for bytes in path.utf8.split(separator: 0x2F, omittingEmptySubsequences: true) {
            let part = Substring(bytes)
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
