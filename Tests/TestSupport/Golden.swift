import Foundation

/// Compares text with a golden file; `UPDATE_GOLDEN=1 swift test` rewrites them. A mismatch
/// comes with a unified diff of the lines, so that a failure shows what changed.
public struct Golden: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// nil when `text` matches the golden file `name`, else the diff.
    public func mismatch(_ text: String, _ name: String) -> String? {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? text.write(to: url, atomically: false, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else { return "no golden file \(name); UPDATE_GOLDEN=1 swift test writes it" }
        guard expected != text else { return nil }
        return "\(name) differs (UPDATE_GOLDEN=1 swift test if intended):\n" + UnifiedDiff.lines(expected, text, old: "golden/\(name)", new: "output")
    }
}

/// A unified diff of two texts by lines (longest common subsequence; the texts here are small).
public enum UnifiedDiff {
    public static func lines(_ a: String, _ b: String, old: String, new: String, context: Int = 3) -> String {
        let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Common prefix and suffix first: most goldens differ in a few lines.
        var prefix = 0
        while prefix < x.count && prefix < y.count && x[prefix] == y[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < x.count - prefix && suffix < y.count - prefix && x[x.count - 1 - suffix] == y[y.count - 1 - suffix] { suffix += 1 }
        let xs = Array(x[prefix..<(x.count - suffix)]), ys = Array(y[prefix..<(y.count - suffix)])
        // The middle by LCS, capped so that a wholly different file still diffs quickly.
        var edits: [(Character, String)] = []
        if xs.count * ys.count <= 4_000_000 {
            var table = [[Int]](repeating: [Int](repeating: 0, count: ys.count + 1), count: xs.count + 1)
            for i in stride(from: xs.count - 1, through: 0, by: -1) {
                for j in stride(from: ys.count - 1, through: 0, by: -1) {
                    table[i][j] = xs[i] == ys[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < xs.count || j < ys.count {
                if i < xs.count && j < ys.count && xs[i] == ys[j] { edits.append((" ", xs[i])); i += 1; j += 1 }
                else if j < ys.count && (i == xs.count || table[i][j + 1] >= table[i + 1][j]) { edits.append(("+", ys[j])); j += 1 }
                else { edits.append(("-", xs[i])); i += 1 }
            }
        } else {
            edits = xs.map { ("-", $0) } + ys.map { ("+", $0) }
        }
        let before = x[max(0, prefix - context)..<prefix].map { (Character(" "), $0) }
        let after = x[(x.count - suffix)..<min(x.count, x.count - suffix + context)].map { (Character(" "), $0) }
        var out = "--- \(old)\n+++ \(new)\n@@ -\(max(1, prefix - context + 1)) +\(max(1, prefix - context + 1)) @@\n"
        for (mark, line) in before + edits + after { out += String(mark) + line + "\n" }
        return out
    }
}
