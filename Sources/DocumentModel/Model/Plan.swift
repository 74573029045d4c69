import JapaneseCalendar

/// The service implementation plan (サービス実施計画書) as `plan.yaml` (or a submitted revision,
/// or a plan draft) states it, decoded into typed sections that keep where each value is written.
public struct Plan: Sendable {
    /// The checked values, for the XML writer and for comparing revisions.
    public let value: ObjectValue
    /// The file it was read from.
    public let source: String

    public let revisions: [Revision]
    /// PLAN-OWN: 乙 and every subcontractor.
    public let ownership: [CompanyProfile]
    /// PLAN-ORG.
    public let organization: Organization?
    /// PLAN-SCHED.
    public let schedule: [WorkItem]
    /// PLAN-CONTACT.
    public let contact: ContactPlan?
    /// PLAN-SECPLAN.
    public let securityPlan: [PlannedMeasure]
    /// PLAN-SECORG.
    public let securityOrganization: SecurityOrganization?
    /// PLAN-SECTECH.
    public let securityMeasures: [TechnicalMeasure]
    /// PLAN-TRAIN.
    public let training: [TrainingCourse]
    /// PLAN-AUDIT.
    public let audits: [Audit]
    /// PLAN-CERT.
    public let certifications: [Certification]
    /// PLAN-OTHER.
    public let other: [Note]
    /// The requirement compliance table (要件対応表), in file order.
    public let requirements: [RequirementAnswer]

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        // A revision without its number or date has its error already; the history holds the rest.
        revisions = value.objects(at: "revisions") { r -> Revision? in
            guard let number = r.integer(at: "number"), let date = r.date(at: "date") else { return nil }
            return Revision(number: number, date: date, changes: r.texts(at: "changes"), span: r.span, value: r)
        }.compactMap { $0 }
        ownership = value.objects(at: "ownership", CompanyProfile.init)
        organization = value.object(at: "organization") { Organization($0) }
        schedule = value.objects(at: "schedule", WorkItem.init)
        contact = value.object(at: "contact", ContactPlan.init)
        securityPlan = value.objects(at: "security_plan", PlannedMeasure.init)
        securityOrganization = value.object(at: "security_organization", SecurityOrganization.init)
        securityMeasures = value.objects(at: "security_measures", TechnicalMeasure.init)
        training = value.objects(at: "training", TrainingCourse.init)
        audits = value.objects(at: "audits", Audit.init)
        certifications = value.objects(at: "certifications", Certification.init)
        other = value.objects(at: "other", Note.init)
        requirements = value.entries(at: "requirements", RequirementAnswer.init)
    }

    /// How a section is written in the file.
    public func presence(_ section: PlanSection) -> Presence { value.presence(at: section.key) }

    /// How the requirement compliance table is written.
    public var requirementsPresence: Presence { value.presence(at: "requirements") }

    /// How the revision history is written.
    public var revisionsPresence: Presence { value.presence(at: "revisions") }

    /// The latest revision (the one being submitted).
    public var currentRevision: Revision? { revisions.max { $0.number.value < $1.number.value } }

    /// The number of the latest revision, 0 when there is none.
    public var currentRevisionNumber: Int { currentRevision?.number.value ?? 0 }

    /// The roles of PLAN-ORG and PLAN-SECORG, in that order.
    public var roles: [Role] { (organization?.roles ?? []) + (securityOrganization?.roles ?? []) }

    /// Everyone named as a member of a role in PLAN-ORG or PLAN-SECORG, first mention first.
    public var people: [PersonMention] {
        var seen: Set<String> = []
        var result: [PersonMention] = []
        for role in roles {
            for member in role.members where seen.insert(PersonName.key(member.value)).inserted {
                result.append(PersonMention(name: member, role: role.role.value, section: role.section))
            }
        }
        return result
    }

    /// The IDs of PLAN-SECPLAN's measures.
    public var measureIDs: [Located<String>] { securityPlan.map(\.id) }

    /// The companies named anywhere in the plan (`company:` and `via:`), with the section, in file order.
    public var companyMentions: [(name: Located<String>, section: PlanSection)] {
        var mentions: [(Located<String>, PlanSection)] = []
        for role in organization?.roles ?? [] { if let c = role.company { mentions.append((c, .organization)) } }
        for sub in organization?.subcontractors ?? [] {
            mentions.append((sub.company, .organization))
            if let via = sub.via { mentions.append((via, .organization)) }
        }
        for item in schedule { if let c = item.company { mentions.append((c, .schedule)) } }
        for person in (contact?.normal ?? []) + (contact?.emergency ?? []) {
            if let c = person.company { mentions.append((c, .contact)) }
        }
        for role in securityOrganization?.roles ?? [] { if let c = role.company { mentions.append((c, .securityOrganization)) } }
        return mentions.sorted { $0.0.span < $1.0.span }
    }
}
