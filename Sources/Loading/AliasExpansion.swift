import DocumentModel
import Yams

/// Measures how large a YAML document is once its aliases are expanded, in linear time.
///
/// Yams resolves `*name` by reusing the anchored node, so a 400-byte "billion laughs" file
/// composes quickly into a tree that would take hours to walk. Reused nodes keep the mark of
/// their definition, so sizes are memoised by (kind, mark): each distinct node is sized once.
enum AliasExpansion {
    private struct Key: Hashable {
        let kind: UInt8
        let line: Int
        let column: Int
    }

    static func check(_ root: Node, file: String, limit: Int) -> Diagnostic? {
        var sizes: [Key: Int] = [:]
        var uses: [Key: Int] = [:]
        func key(_ node: Node) -> Key? {
            guard let mark = node.mark else { return nil }
            let kind: UInt8
            switch node {
            case .scalar: kind = 0
            case .mapping: kind = 1
            case .sequence: kind = 2
            case .alias: kind = 3
            }
            return Key(kind: kind, line: mark.line, column: mark.column)
        }
        func size(_ node: Node) -> Int {
            let k = key(node)
            if let k {
                uses[k, default: 0] += 1
                if let known = sizes[k] { return known }
            }
            var total = 1
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    total = min(Int.max / 4, total + size(key) + size(value))
                }
            case .sequence(let sequence):
                for item in sequence { total = min(Int.max / 4, total + size(item)) }
            case .scalar, .alias:
                break
            }
            if let k { sizes[k] = total }
            return total
        }
        let total = size(root)
        // A large document without aliases is not an alias problem: the schema walker's own
        // bound reports it as too many values.
        guard total > limit, uses.values.contains(where: { $0 > 1 }) else { return nil }
        // The most repeated non-scalar definition is the one to point at.
        let culprit = uses.filter { $0.value > 1 && $0.key.kind != 0 }.max { a, b in
            (a.value * (sizes[a.key] ?? 1)) < (b.value * (sizes[b.key] ?? 1))
        }
        let span = culprit.map { SourceSpan(file: file, line: $0.key.line, column: $0.key.column) } ?? .file(file)
        let repeated = max(0, (culprit?.value ?? 1) - 1)
        return .error(
            .input(.yamlAliasLimit),
            Message(ja: "YAML のエイリアス（*name）を展開すると値が \(total) 個になり、上限 \(limit) 個を超えます（ここで定義した値が \(repeated) 回参照されています）",
                    en: "YAML aliases (*name) expand this document to \(total) values, beyond the limit of \(limit) (the value anchored here is referenced \(repeated) times)"),
            expected: Message(ja: "エイリアスを使わない、またはごく少なく使う文書", en: "a document with no or few aliases"),
            at: span)
    }
}
