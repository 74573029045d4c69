import DocumentModel

extension PlanRules {
    /// The compliance table: every requirement answered, none unknown, measures that exist.
    mutating func checkRequirements() {
        guard let catalog, !plan.requirementsPresence.isRejected else { return }
        let answered = Set(plan.requirements.map(\.id.value))
        let location = plan.requirementsPresence.keySpan ?? .file(plan.source)
        for requirement in catalog.requirements where !answered.contains(requirement.id) {
            add(.error(.plan(.requirementUnanswered),
                       Message(ja: "要件 \(requirement.id)（\(requirement.title)）への対応がありません",
                               en: "the requirement \(requirement.id) (\(requirement.title)) has no answer"),
                       expected: Message(ja: "requirements: の下に \(requirement.id): { answer: … }", en: "\(requirement.id): { answer: … } under requirements:"),
                       at: location))
        }
        let measureIDs = Set(plan.measureIDs.map(\.value))
        for answer in plan.requirements {
            if catalog.requirement(answer.id.value) == nil {
                let suggestion = Suggest.closest(to: answer.id.value, among: catalog.ids.filter { !answered.contains($0) })
                add(.error(.plan(.requirementUnknown),
                           Message(ja: "「\(answer.id.value)」は要件一覧（\(catalog.name)）にありません", en: "'\(answer.id.value)' is not a requirement of \(catalog.name)")
                           + Suggest.didYouMean(suggestion),
                           expected: Message(ja: "要件一覧の番号", en: "a requirement ID of the catalog"), at: answer.id.span))
            }
            for measure in answer.measures where !measureIDs.contains(measure.value) {
                add(.error(.plan(.requirementUnknownMeasure),
                           Message(ja: "\(answer.id.value) の関連対策「\(measure.value)」は PLAN-SECPLAN にありません",
                                   en: "\(answer.id.value) refers to '\(measure.value)', which is not a measure of PLAN-SECPLAN"),
                           expected: Message(ja: "security_plan の番号", en: "an ID of security_plan"), at: measure.span))
            }
        }
    }
}
