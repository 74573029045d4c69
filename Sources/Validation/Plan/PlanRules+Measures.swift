import DocumentModel

extension PlanRules {
    /// PLAN-SECPLAN and PLAN-SECTECH: unique measure IDs, requirements of the catalog.
    mutating func checkMeasures() {
        diagnostics += Self.duplicates(plan.measureIDs, code: .securityPlanDuplicateID, what: Message(ja: "セキュリティ対策", en: "measure"))
        for measure in plan.securityPlan {
            for reference in measure.requirements { checkRequirementReference(reference, code: .securityPlanUnknownRequirement) }
        }
        for measure in plan.securityMeasures {
            for reference in measure.requirements { checkRequirementReference(reference, code: .securityMeasuresUnknownRequirement) }
        }
    }

    private mutating func checkRequirementReference(_ id: Located<String>, code: PlanCode) {
        guard let catalog, catalog.requirement(id.value) == nil else { return }
        let suggestion = Suggest.closest(to: id.value, among: catalog.ids)
        add(.error(.plan(code),
                   Message(ja: "要件「\(id.value)」は要件一覧にありません", en: "'\(id.value)' is not a requirement of the catalog") + Suggest.didYouMean(suggestion),
                   expected: Message(ja: "要件一覧の番号（REQ-…）", en: "a requirement ID of the catalog (REQ-…)"), at: id.span))
    }
}
