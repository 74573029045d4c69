import JapaneseCalendar

/// The service implementation plan (サービス実施計画書) as `plan.yaml` states it.
///
/// Sections keep their checked values (``ObjectValue``); the typed views below are what the
/// rules and the documents need. A section that is absent is `nil`.
public struct Plan: Sendable {
    public struct Revision: Sendable {
        public let number: Located<Int>
        public let date: Located<CivilDate>
        public let changes: [String]
        public let span: SourceSpan
    }

    public struct Company: Sendable {
        public let name: Located<String>
        public let isContractor: Bool
        public let value: ObjectValue
    }

    /// A person named in a role, with where.
    public struct PersonMention: Sendable {
        public let name: Located<String>
        public let role: String
        public let section: PlanSection
    }

    public struct Role: Sendable {
        public let role: Located<String>
        public let company: Located<String>?
        public let members: [Located<String>]
        public let section: PlanSection
    }

    public struct Subcontract: Sendable {
        public let company: Located<String>
        public let via: Located<String>?
    }

    public struct Course: Sendable {
        public let id: String
        public let title: String
        public let audiences: [Located<String>]
        public let dates: [Located<CivilDate>]
        public let span: SourceSpan
    }

    public struct Audit: Sendable {
        public let id: String
        public let isThirdParty: Bool
        public let body: String?
        public let dates: [Located<CivilDate>]
        public let span: SourceSpan
        public let kindSpan: SourceSpan
    }

    public struct Certification: Sendable {
        public let scheme: String
        public let validFrom: CivilDate?
        public let validUntil: Located<CivilDate>?
        public let span: SourceSpan
        public let value: ObjectValue
    }

    public struct Answer: Sendable {
        public let id: Located<String>
        public let measures: [Located<String>]
        public let value: ObjectValue
    }

    public struct Contact: Sendable {
        public let name: String
        public let hours: String?
        public let span: SourceSpan
    }

    public let value: ObjectValue
    public let source: String
    public let revisions: [Revision]
    /// The sections present in the file, with the span of their key.
    public let sectionKeys: [PlanSection: SourceSpan]
    public let companies: [Company]
    public let roles: [Role]
    public let subcontracts: [Subcontract]
    public let emergencyContacts: [Contact]
    public let measureIDs: [Located<String>]
    public let courses: [Course]
    public let audits: [Audit]
    public let certifications: [Certification]
    public let answers: [Answer]
    public let requirementsKey: SourceSpan?

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        revisions = value.objects("revisions").compactMap { r in
            guard let number = r["number"], let n = number.integer, let date = r["date"], let d = date.date else { return nil }
            return Revision(number: Located(n, at: number.span), date: Located(d, at: date.span), changes: r.texts("changes"), span: r.span)
        }
        var keys: [PlanSection: SourceSpan] = [:]
        for section in PlanSection.allCases {
            if let span = value.keySpans[section.key] { keys[section] = span }
        }
        sectionKeys = keys
        companies = value.objects("ownership").compactMap { c in
            guard let name = c.located("company") else { return nil }
            return Company(name: name, isContractor: c.text("role") == "contractor", value: c)
        }
        func roles(_ section: PlanSection) -> [Role] {
            value.object(section.key)?.objects("roles").compactMap { r in
                guard let role = r.located("role") else { return nil }
                let members = r.list("members").compactMap { m in m.text.map { Located($0, at: m.span) } }
                return Role(role: role, company: r.located("company"), members: members, section: section)
            } ?? []
        }
        self.roles = roles(.organization) + roles(.securityOrganization)
        subcontracts = value.object("organization")?.objects("subcontractors").compactMap { s in
            guard let company = s.located("company") else { return nil }
            return Subcontract(company: company, via: s.located("via"))
        } ?? []
        emergencyContacts = value.object("contact")?.objects("emergency").map { c in
            Contact(name: c.text("name") ?? "", hours: c.text("hours"), span: c.span)
        } ?? []
        measureIDs = value.objects("security_plan").compactMap { $0.located("id") }
        courses = value.objects("training").map { c in
            Course(id: c.text("id") ?? "", title: c.text("title") ?? "",
                   audiences: c.list("audiences").compactMap { a in a.text.map { Located($0, at: a.span) } },
                   dates: c.list("dates").compactMap { d in d.date.map { Located($0, at: d.span) } }, span: c.span)
        }
        audits = value.objects("audits").map { a in
            Audit(id: a.text("id") ?? "", isThirdParty: a.text("kind") == "third_party", body: a.text("body"),
                  dates: a.list("dates").compactMap { d in d.date.map { Located($0, at: d.span) } },
                  span: a.span, kindSpan: a.span("kind"))
        }
        certifications = value.objects("certifications").map { c in
            Certification(scheme: c.text("scheme") ?? "", validFrom: c.date("valid_from"),
                          validUntil: c["valid_until"].flatMap { v in v.date.map { Located($0, at: v.span) } },
                          span: c.span, value: c)
        }
        answers = value["requirements"]?.entries.compactMap { entry in
            guard let object = entry.value.object else { return nil }
            let measures = object.list("measures").compactMap { m in m.text.map { Located($0, at: m.span) } }
            return Answer(id: Located(entry.key, at: entry.keySpan), measures: measures, value: object)
        } ?? []
        requirementsKey = value.keySpans["requirements"]
    }

    /// The latest revision (the one being submitted).
    public var currentRevision: Revision? { revisions.max { $0.number.value < $1.number.value } }

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

    /// Whether a section is present with content.
    public func isEmpty(_ section: PlanSection) -> Bool {
        guard let value = value[section.key] else { return true }
        switch value.kind {
        case .list(let items): return items.isEmpty
        case .object(let object): return object.fields.isEmpty
        default: return false
        }
    }
}

/// Names of people and companies compared as people write them: spaces (half- or
/// full-width) do not matter, so 高橋 誠, 高橋　誠 and 高橋誠 are one person.
public enum PersonName {
    public static func key(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }.map(Character.init))
    }
}
