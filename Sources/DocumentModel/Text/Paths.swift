/// Paths as the user wrote them.
public enum Paths {
    /// Joins a folder and a name: `samples/demo` + `plan.yaml` → `samples/demo/plan.yaml`
    /// (`.` and an empty folder add nothing; an absolute name is itself, not `folder//etc/…`).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." || name.hasPrefix("/") { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The path with `.` and `name/..` taken out, as written (no link is followed):
    /// `setouchi/reports/../logs/incidents.csv` → `setouchi/logs/incidents.csv`.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}
