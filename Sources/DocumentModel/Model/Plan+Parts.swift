import JapaneseCalendar

/// The parts of the plan's sections, as typed values with where each is written.
extension Plan {
    /// An entry of the revision history (改訂履歴).
    public struct Revision: Sendable {
        public let number: Located<Int>
        public let date: Located<CivilDate>
        public let changes: [Located<String>]
        public let span: SourceSpan
        /// As written, to tell whether a submitted entry was edited afterwards.
        public let value: ObjectValue
    }

    /// A shareholder or parent company with its ratio.
    public struct Holder: Sendable {
        public let name: Located<String>
        public let ratio: Located<ExactDecimal>?

        init(_ o: ObjectValue) {
            name = o.requiredText(at: "name")
            ratio = o.decimal(at: "ratio_percent")
        }
    }

    public struct Officer: Sendable {
        public let title: Located<String>
        public let name: Located<String>

        init(_ o: ObjectValue) {
            title = o.requiredText(at: "title")
            name = o.requiredText(at: "name")
        }
    }

    /// PLAN-OWN: one company's capital relationships and officers.
    public struct CompanyProfile: Sendable {
        public let company: Located<String>
        public let role: Located<String>
        public let address: Located<String>?
        public let capital: Located<String>?
        public let parents: [Holder]
        public let shareholders: [Holder]
        public let shareholdersSpan: SourceSpan
        public let foreignCapital: Located<ExactDecimal>?
        public let officers: [Officer]
        public let span: SourceSpan

        public var isContractor: Bool { role.value == "contractor" }

        init(_ o: ObjectValue) {
            company = o.requiredText(at: "company")
            role = o.requiredText(at: "role")
            address = o.text(at: "address")
            capital = o.text(at: "capital")
            parents = o.objects(at: "parents", Holder.init)
            shareholders = o.objects(at: "shareholders", Holder.init)
            shareholdersSpan = o.span("shareholders")
            foreignCapital = o.decimal(at: "foreign_capital_percent")
            officers = o.objects(at: "officers", Officer.init)
            span = o.span
        }
    }

    /// A role of PLAN-ORG or PLAN-SECORG.
    public struct Role: Sendable {
        public let role: Located<String>
        /// Default: 乙.
        public let company: Located<String>?
        public let members: [Located<String>]
        public let responsibilities: Located<String>
        public let section: PlanSection

        init(_ o: ObjectValue, section: PlanSection) {
            role = o.requiredText(at: "role")
            company = o.text(at: "company")
            members = o.texts(at: "members")
            responsibilities = o.requiredText(at: "responsibilities")
            self.section = section
        }
    }

    /// A subcontract declared in PLAN-ORG (再委託).
    public struct Subcontract: Sendable {
        public let company: Located<String>
        public let scope: Located<String>
        /// For 再々委託: the subcontractor that passes the work on.
        public let via: Located<String>?
        public let approvedOn: Located<CivilDate>?

        init(_ o: ObjectValue) {
            company = o.requiredText(at: "company")
            scope = o.requiredText(at: "scope")
            via = o.text(at: "via")
            approvedOn = o.date(at: "approved_on")
        }
    }

    /// PLAN-ORG.
    public struct Organization: Sendable {
        public let summary: Located<String>?
        public let roles: [Role]
        public let subcontractors: [Subcontract]

        init(_ o: ObjectValue) {
            summary = o.text(at: "summary")
            roles = o.objects(at: "roles") { Role($0, section: .organization) }
            subcontractors = o.objects(at: "subcontractors", Subcontract.init)
        }
    }

    public struct Milestone: Sendable {
        public let date: Located<CivilDate>?
        public let name: Located<String>

        init(_ o: ObjectValue) {
            date = o.date(at: "date")
            name = o.requiredText(at: "name")
        }
    }

    /// PLAN-SCHED: a work item and its schedule.
    public struct WorkItem: Sendable {
        public let id: Located<String>
        public let name: Located<String>
        public let start: Located<CivilDate>?
        public let end: Located<CivilDate>?
        public let company: Located<String>?
        public let description: Located<String>?
        public let milestones: [Milestone]

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            name = o.requiredText(at: "name")
            start = o.date(at: "start")
            end = o.date(at: "end")
            company = o.text(at: "company")
            description = o.text(at: "description")
            milestones = o.objects(at: "milestones", Milestone.init)
        }
    }

    /// A contact of PLAN-CONTACT.
    public struct Contact: Sendable {
        public let role: Located<String>
        public let name: Located<String>
        public let company: Located<String>?
        public let phone: Located<String>?
        public let email: Located<String>?
        public let hours: Located<String>?
        public let means: Located<String>?
        public let span: SourceSpan

        init(_ o: ObjectValue) {
            role = o.requiredText(at: "role")
            name = o.requiredText(at: "name")
            company = o.text(at: "company")
            phone = o.text(at: "phone")
            email = o.text(at: "email")
            hours = o.text(at: "hours")
            means = o.text(at: "means")
            span = o.span
        }
    }

    /// PLAN-CONTACT.
    public struct ContactPlan: Sendable {
        public let normal: [Contact]
        public let emergency: [Contact]
        public let escalation: Located<String>?
        /// When the first report of an incident reaches 甲 (minutes from detection).
        public let firstReportWithinMinutes: Located<Int>?
        /// When the final report reaches 甲 (open days from detection).
        public let finalReportWithinOpenDays: Located<Int>?
        /// How often 甲 hears of an incident after the first report, until recovery (minutes).
        public let updateEveryMinutes: Located<Int>?
        /// Where `emergency:` is written, when it is.
        public let emergencyKey: SourceSpan?
        public let readCleanly: Bool

        init(_ o: ObjectValue) {
            normal = o.objects(at: "normal", Contact.init)
            emergency = o.objects(at: "emergency", Contact.init)
            escalation = o.text(at: "escalation")
            firstReportWithinMinutes = o.integer(at: "first_report_within_minutes")
            finalReportWithinOpenDays = o.integer(at: "final_report_within_open_days")
            updateEveryMinutes = o.integer(at: "update_every_minutes")
            emergencyKey = o.keySpan("emergency")
            readCleanly = !o.hadErrors
        }
    }

    /// PLAN-SECPLAN: a planned security measure, which the monthly reports give the status of.
    public struct PlannedMeasure: Sendable {
        public let id: Located<String>
        public let measure: Located<String>
        public let owner: Located<String>
        public let timing: Located<String>
        public let requirements: [Located<String>]

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            measure = o.requiredText(at: "measure")
            owner = o.requiredText(at: "owner")
            timing = o.requiredText(at: "timing")
            requirements = o.texts(at: "requirements")
        }
    }

    /// PLAN-SECORG.
    public struct SecurityOrganization: Sendable {
        public let summary: Located<String>?
        public let roles: [Role]

        init(_ o: ObjectValue) {
            summary = o.text(at: "summary")
            roles = o.objects(at: "roles") { Role($0, section: .securityOrganization) }
        }
    }

    /// PLAN-SECTECH: a (mainly technical) measure.
    public struct TechnicalMeasure: Sendable {
        public let title: Located<String>
        public let description: Located<String>
        public let requirements: [Located<String>]

        init(_ o: ObjectValue) {
            title = o.requiredText(at: "title")
            description = o.requiredText(at: "description")
            requirements = o.texts(at: "requirements")
        }
    }

    /// PLAN-TRAIN: a course and who it is for.
    public struct TrainingCourse: Sendable {
        public let id: Located<String>
        public let title: Located<String>
        public let content: Located<String>
        public let schedule: Located<String>
        public let dates: [Located<CivilDate>]
        public let audiences: [Located<String>]
        public let span: SourceSpan

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            title = o.requiredText(at: "title")
            content = o.requiredText(at: "content")
            schedule = o.requiredText(at: "schedule")
            dates = o.dates(at: "dates")
            audiences = o.texts(at: "audiences")
            span = o.span
        }
    }

    /// PLAN-AUDIT.
    public struct Audit: Sendable {
        public let id: Located<String>
        public let kind: Located<String>
        public let body: Located<String>?
        public let content: Located<String>
        public let schedule: Located<String>
        public let dates: [Located<CivilDate>]
        public let span: SourceSpan

        public var isThirdParty: Bool { kind.value == "third_party" }

        init(_ o: ObjectValue) {
            id = o.requiredText(at: "id")
            kind = o.requiredText(at: "kind")
            body = o.text(at: "body")
            content = o.requiredText(at: "content")
            schedule = o.requiredText(at: "schedule")
            dates = o.dates(at: "dates")
            span = o.span
        }
    }

    /// PLAN-CERT.
    public struct Certification: Sendable {
        public let scheme: Located<String>
        public let name: Located<String>?
        public let number: Located<String>
        public let scope: Located<String>
        public let issuer: Located<String>
        public let validFrom: Located<CivilDate>?
        public let validUntil: Located<CivilDate>?
        public let span: SourceSpan

        /// What the certificate is called on the page: the scheme's name, or its own for `other`.
        public var displayName: String {
            if scheme.value == "other" { return name?.value ?? "その他" }
            return PlanSchema.certificationSchemes.first { $0.value == scheme.value }?.japanese ?? scheme.value
        }

        /// Whether REQ-CERT accepts the scheme.
        public var isAcceptedByREQCERT: Bool { PlanSchema.requiredSchemes.contains(scheme.value) }

        init(_ o: ObjectValue) {
            scheme = o.requiredText(at: "scheme")
            name = o.text(at: "name")
            number = o.requiredText(at: "number")
            scope = o.requiredText(at: "scope")
            issuer = o.requiredText(at: "issuer")
            validFrom = o.date(at: "valid_from")
            validUntil = o.date(at: "valid_until")
            span = o.span
        }
    }

    /// A matter of PLAN-OTHER.
    public struct Note: Sendable {
        public let title: Located<String>
        public let content: Located<String>

        init(_ o: ObjectValue) {
            title = o.requiredText(at: "title")
            content = o.requiredText(at: "content")
        }
    }

    /// A row of the requirement compliance table.
    public struct RequirementAnswer: Sendable {
        public let id: Located<String>
        public let answer: Located<String>
        public let by: Located<String>?
        public let evidence: Located<String>?
        public let measures: [Located<String>]

        init(_ id: Located<String>, _ o: ObjectValue) {
            self.id = id
            answer = o.requiredText(at: "answer")
            by = o.text(at: "by")
            evidence = o.text(at: "evidence")
            measures = o.texts(at: "measures")
        }
    }

    /// A person named in a role, with where.
    public struct PersonMention: Sendable {
        public let name: Located<String>
        public let role: String
        public let section: PlanSection
    }
}
