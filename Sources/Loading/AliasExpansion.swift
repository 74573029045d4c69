import DocumentModel

/// Measures how large a YAML document is once its aliases are expanded, in linear time.
///
/// An alias (`*name`) is the index of the node it names, so a 400-byte "billion laughs" file
/// reads quickly into a tree that would take hours to walk. Sizes are memoised per node: each
/// distinct node is sized once.
enum AliasExpansion {
    static func check(_ tree: YAMLTree, file: String, limit: Int) -> Diagnostic? {
        var sizes = [Int](repeating: -1, count: tree.nodes.count)
        var uses = [Int](repeating: 0, count: tree.nodes.count)
        func size(_ index: Int32) -> Int {
            let i = Int(index)
            uses[i] += 1
            if sizes[i] >= 0 { return sizes[i] }
            let node = tree.nodes[i]
            var total = 1
            if node.kind != .scalar {
                let children = Int(node.first)..<Int(node.first) + Int(node.count) * (node.kind == .mapping ? 2 : 1)
                for child in children { total = min(Int.max / 4, total + size(tree.children[child])) }
            }
            sizes[i] = total
            return total
        }
        let total = size(tree.root)
        // A large document without aliases is not an alias problem: the schema walker's own
        // bound reports it as too many values.
        guard total > limit, uses.contains(where: { $0 > 1 }) else { return nil }
        // The most repeated container is the one to point at (the first of equals); with only
        // scalars repeated, the most repeated scalar.
        let repeatedNodes = uses.indices.filter { uses[$0] > 1 }
        let containers = repeatedNodes.filter { tree.nodes[$0].kind != .scalar }
        let culprit = (containers.isEmpty ? repeatedNodes : containers).max { a, b in
            uses[a] * sizes[a] < uses[b] * sizes[b]
        }
        let span = culprit.map { SourceSpan(file: file, line: Int(tree.nodes[$0].line), column: Int(tree.nodes[$0].column)) } ?? .file(file)
        let repeated = max(0, (culprit.map { uses[$0] } ?? 1) - 1)
        return .error(
            .input(.yamlAliasLimit),
            Message(ja: "YAML のエイリアス（*name）を展開すると値が \(total) 個になり、上限 \(limit) 個を超えます（ここで定義した値が \(repeated) 回参照されています）",
                    en: "YAML aliases (*name) expand this document to \(total) values, beyond the limit of \(limit) (the value anchored here is referenced \(repeated == 1 ? "once" : "\(repeated) times"))"),
            expected: Message(ja: "エイリアスを使わない、またはごく少なく使う文書", en: "a document with no or few aliases"),
            at: span)
    }
}
