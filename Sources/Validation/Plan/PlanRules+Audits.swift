import DocumentModel

extension PlanRules {
    /// PLAN-AUDIT: a third-party audit names its body.
    mutating func checkAudits() {
        for audit in plan.audits where audit.isThirdParty && audit.body == nil {
            add(.error(.plan(.auditNoBody),
                       Message(ja: "第三者監査「\(audit.id.value)」に実施機関名（body）がありません", en: "the third-party audit '\(audit.id.value)' does not name its auditing body (body)"),
                       expected: Message(ja: "body: 実施機関の名称", en: "body: the auditing body's name"), at: audit.kind.span))
        }
    }
}
