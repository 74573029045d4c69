import DocumentModel

extension PlanRules {
    /// PLAN-TRAIN: audiences are people or roles of the plan, and every person is in one.
    mutating func checkTraining() {
        guard usable(.training), !plan.training.isEmpty else { return }
        // People and roles come from PLAN-ORG and PLAN-SECORG: judge only when both read cleanly.
        for section in [PlanSection.organization, .securityOrganization] where plan.presence(section).isPresent && !usable(section) {
            return
        }
        var roleMembers: [String: [String]] = [:]
        for role in plan.roles {
            roleMembers[PersonName.key(role.role.value), default: []] += role.members.map { PersonName.key($0.value) }
        }
        let people = plan.people
        let personKeys = Set(people.map { PersonName.key($0.name.value) })
        var covered: Set<String> = []
        for course in plan.training {
            for audience in course.audiences {
                let key = PersonName.key(audience.value)
                if let members = roleMembers[key] {
                    covered.formUnion(members)
                } else if personKeys.contains(key) {
                    covered.insert(key)
                } else {
                    let suggestion = Suggest.closest(to: audience.value, among: people.map(\.name.value) + plan.roles.map(\.role.value))
                    add(.error(.plan(.trainingUnknownAudience),
                               Message(ja: "研修「\(course.title.value)」の対象者「\(audience.value)」は PLAN-ORG・PLAN-SECORG の担当者でも役割でもありません",
                                       en: "the audience '\(audience.value)' of '\(course.title.value)' is neither a person nor a role of PLAN-ORG or PLAN-SECORG")
                               + Suggest.didYouMean(suggestion),
                               expected: Message(ja: "担当者の氏名、または役割の名称", en: "a person's name or a role's name"), at: audience.span))
                }
            }
        }
        for person in people where !covered.contains(PersonName.key(person.name.value)) {
            add(.error(.plan(.trainingUncoveredPerson),
                       Message(ja: "\(person.section.id)「\(person.role)」の\(person.name.value)さんがどの教育・研修（PLAN-TRAIN）の対象者にも含まれていません",
                               en: "\(person.name.value) (\(person.role), \(person.section.id)) is in the audience of no training course (PLAN-TRAIN)"),
                       expected: Message(ja: "training の audiences に氏名または役割", en: "the name or role in some course's audiences"),
                       at: person.name.span))
        }
    }
}
