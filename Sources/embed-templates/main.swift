import Foundation

// usage: embed-templates TEMPLATES_DIR OUTPUT.swift
// Writes every file of TEMPLATES_DIR as a raw string literal, keyed by its relative path.
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: embed-templates TEMPLATES_DIR OUTPUT.swift\n".utf8))
    exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
var files: [(String, String)] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        if relative.hasPrefix(".") || relative.contains("/.") { continue }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("embed-templates: \(relative) is not UTF-8 text\n".utf8))
            exit(1)
        }
        files.append((relative, text))
    }
}
files.sort { $0.0 < $1.0 }

/// A raw string delimiter longer than any run of # that follows a quote or a backslash in the
/// text, so that neither can end the literal or start an escape.
func delimiter(for text: String) -> String {
    var longest = 0
    var run = -1
    for c in text {
        if c == "\"" || c == "\\" {
            run = 0
        } else if c == "#" && run >= 0 {
            run += 1
            longest = max(longest, run)
        } else {
            run = -1
        }
    }
    return String(repeating: "#", count: longest + 1)
}

var out = "// Generated from Templates/ by the EmbedTemplates plugin; edit the files there.\n\n"
out += "enum EmbeddedTemplates {\n    static let files: [String: String] = [\n"
for (path, text) in files {
    let hashes = delimiter(for: text)
    out += "        \(hashes)\"\(path)\"\(hashes): \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
out += "    ]\n}\n"
let outputURL = URL(fileURLWithPath: arguments[2])
if (try? String(contentsOf: outputURL, encoding: .utf8)) != out {
    try out.write(to: outputURL, atomically: true, encoding: .utf8)
}
