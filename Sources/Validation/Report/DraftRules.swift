import DocumentModel

/// Rules only drafts need: figures a person may have typed.
public enum DraftRules {
    /// A draft's stated figures against the ones its own logs give.
    public static func compare(stated: ObjectValue, computed: ObjectValue) -> [Diagnostic] {
        ValueDiff.objectChanges(computed, stated, path: "service_levels").map { change in
            .error(
                .report(.slaMismatch),
                Message(ja: "\(change.path) が記録と合いません: 下書きは \(change.new ?? "なし")、ログから計算すると \(change.old ?? "なし")",
                        en: "\(change.path) does not match the logs: the draft says \(change.new ?? "nothing"), the logs give \(change.old ?? "nothing")"),
                expected: Message(ja: change.old ?? "なし", en: change.old ?? "nothing"),
                at: change.span ?? stated.span)
        }
    }
}
