import Foundation

// usage: embed-templates OUTPUT.swift DIR PREFIX [DIR PREFIX …]
// Writes every file of each DIR as a raw string literal, keyed by PREFIX and its path relative
// to DIR. Hidden files and a top-level out/ (build outputs) are left out.
let arguments = CommandLine.arguments
guard arguments.count >= 4, arguments.count % 2 == 0 else {
    FileHandle.standardError.write(Data("usage: embed-templates OUTPUT.swift DIR PREFIX [DIR PREFIX …]\n".utf8))
    exit(2)
}
var files: [(String, String)] = []
for pair in stride(from: 2, to: arguments.count, by: 2) {
    let root = URL(fileURLWithPath: arguments[pair]).standardizedFileURL
    let prefix = arguments[pair + 1]
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
        if relative.hasPrefix(".") || relative.contains("/.") || relative.hasPrefix("out/") { continue }
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            FileHandle.standardError.write(Data("embed-templates: \(relative) is not UTF-8 text\n".utf8))
            exit(1)
        }
        files.append((prefix + relative, text))
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
let outputURL = URL(fileURLWithPath: arguments[1])
if (try? String(contentsOf: outputURL, encoding: .utf8)) != out {
    try out.write(to: outputURL, atomically: false, encoding: .utf8)
}
