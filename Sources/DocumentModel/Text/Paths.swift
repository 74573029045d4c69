/// Paths as the user wrote them.
public enum Paths {
    /// Joins a folder and a name: `samples/demo` + `plan.yaml` → `samples/demo/plan.yaml`
    /// (`.` and an empty folder add nothing).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
