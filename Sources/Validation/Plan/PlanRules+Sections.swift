import DocumentModel

extension PlanRules {
    /// Every mandated section present and not empty.
    mutating func checkSections() {
        for section in PlanSection.allCases {
            let presence = plan.presence(section)
            if presence.isRejected { continue }
            let label = Message(ja: "\(section.id)（\(section.shortTitle)）", en: "\(section.id) (\(section.englishTitle))")
            if let keySpan = presence.keySpan {
                guard presence.isEmpty else { continue }
                add(.error(.plan(.sectionEmpty(section)),
                           Message(ja: "\(label.japanese)が空です", en: "\(label.english) is empty"),
                           expected: Message(ja: "\(section.title)の記載", en: "the content of \(section.englishTitle)"),
                           at: keySpan))
            } else {
                add(.error(.plan(.sectionMissing(section)),
                           Message(ja: "\(label.japanese)がありません（plan.yaml の \(section.key):）",
                                   en: "\(label.english) is missing (\(section.key): in plan.yaml)"),
                           expected: Message(ja: "\(section.key): 「\(section.title)」", en: "a top-level key \(section.key):"),
                           at: .file(plan.source)))
            }
        }
    }
}
