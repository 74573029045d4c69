import DocumentModel
import JapaneseCalendar

/// The rules of the service implementation plan (DOMAIN §1.1, §3): each problem has a stable
/// code, a message in Japanese and English, and the place to edit.
public struct PlanRules {
    public let plan: Plan
    public let contract: Contract?
    public let catalog: RequirementCatalog?
    private(set) var diagnostics: [Diagnostic] = []

    /// Days before the deadline within which a first revision is flagged as cutting it close.
    public static let deadlineWarningDays = 7

    public init(plan: Plan, contract: Contract?, catalog: RequirementCatalog?) {
        self.plan = plan
        self.contract = contract
        self.catalog = catalog
    }

    /// Runs every rule.
    public static func check(_ plan: Plan, contract: Contract?, catalog: RequirementCatalog?) -> [Diagnostic] {
        var rules = PlanRules(plan: plan, contract: contract, catalog: catalog)
        rules.checkSections()
        rules.checkRevisions()
        rules.checkOwnership()
        rules.checkCompanies()
        rules.checkSchedule()
        rules.checkContacts()
        rules.checkMeasures()
        rules.checkTraining()
        rules.checkAudits()
        rules.checkCertifications()
        rules.checkRequirements()
        return rules.diagnostics
    }

    private mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    private func sectionLabel(_ section: PlanSection) -> Message {
        Message(ja: "\(section.id)（\(section.shortTitle)）", en: "\(section.id) (\(section.englishTitle))")
    }

    /// Whether the rules of a section can judge it (present, read without structural errors).
    private func usable(_ section: PlanSection) -> Bool {
        guard let value = plan.value[section.key] else { return false }
        switch value.kind {
        case .object(let object): return !object.hadErrors
        case .list(let items): return !items.contains { $0.object?.hadErrors ?? false }
        default: return true
        }
    }

    // MARK: - Sections

    mutating func checkSections() {
        for section in PlanSection.allCases {
            if plan.value.wasRejected(section.key) { continue }
            let label = sectionLabel(section)
            if let keySpan = plan.value.keySpans[section.key] {
                guard plan.isEmpty(section) else { continue }
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

    // MARK: - Revisions (改訂履歴)

    mutating func checkRevisions() {
        var previous: Plan.Revision?
        for (index, revision) in plan.revisions.enumerated() {
            let expectedNumber = index + 1
            if revision.number.value != expectedNumber {
                add(.error(.plan(.revisionNumber),
                           Message(ja: "改訂履歴の \(expectedNumber) 件目の版数が \(revision.number.value) です（1, 2, 3… と連番にしてください）",
                                   en: "revision \(expectedNumber) in the history is numbered \(revision.number.value); number them 1, 2, 3 …"),
                           expected: Message(ja: "版数 \(expectedNumber)", en: "number \(expectedNumber)"),
                           at: revision.number.span))
            }
            if let previous, revision.date.value < previous.date.value {
                add(.error(.plan(.revisionDateOrder),
                           Message(ja: "第\(revision.number.value)版の日付 \(revision.date.value.iso) が第\(previous.number.value)版の \(previous.date.value.iso) より前です",
                                   en: "revision \(revision.number.value) is dated \(revision.date.value.iso), before revision \(previous.number.value) (\(previous.date.value.iso))"),
                           expected: Message(ja: "\(previous.date.value.iso) 以降の日付", en: "a date on or after \(previous.date.value.iso)"),
                           at: revision.date.span,
                           notes: [.init(Message(ja: "第\(previous.number.value)版の日付", en: "revision \(previous.number.value)'s date"), at: previous.date.span)]))
            }
            if index > 0 && revision.changes.isEmpty {
                add(.error(.plan(.revisionNoChanges),
                           Message(ja: "第\(revision.number.value)版に改訂内容（changes）がありません",
                                   en: "revision \(revision.number.value) does not say what changed (changes)"),
                           expected: Message(ja: "changes: 変更した内容", en: "changes: what changed"),
                           at: revision.span))
            }
            previous = revision
        }
        if let first = plan.revisions.first, first.number.value == 1, let deadline = contract?.planDeadline {
            let days = first.date.value.days(to: deadline.value)
            let deadlineText = Self.wareki(deadline.value)
            if days < 0 {
                add(.error(.plan(.revisionLate),
                           Message(ja: "第1版の日付 \(first.date.value.iso) が提出期限 \(deadlineText)（\(deadline.value.iso)）を過ぎています",
                                   en: "revision 1 is dated \(first.date.value.iso), after the deadline \(deadline.value.iso) (\(deadlineText))"),
                           expected: Message(ja: "\(deadline.value.iso) 以前", en: "on or before \(deadline.value.iso)"),
                           at: first.date.span,
                           notes: [.init(Message(ja: "提出期限はここで定めています", en: "the deadline is set here"), at: deadline.span)]))
            } else if days < Self.deadlineWarningDays {
                add(.warning(.plan(.revisionNearDeadline),
                             Message(ja: "第1版の日付 \(first.date.value.iso) は提出期限 \(deadlineText) の \(days) 日前です",
                                     en: "revision 1 is dated \(first.date.value.iso), \(days) day\(days == 1 ? "" : "s") before the deadline \(deadline.value.iso)"),
                             expected: Message(ja: "期限の \(Self.deadlineWarningDays) 日以上前の提出", en: "submission at least \(Self.deadlineWarningDays) days before the deadline"),
                             at: first.date.span,
                             notes: [.init(Message(ja: "提出期限はここで定めています", en: "the deadline is set here"), at: deadline.span)]))
            }
        }
    }

    static func wareki(_ date: CivilDate) -> String {
        (try? EraDate.format(date, digits: .mixed)) ?? date.iso
    }

    // MARK: - PLAN-OWN

    /// 乙's name: from contract.yaml, else from the contractor entry of PLAN-OWN.
    private var contractorKey: String? {
        if let name = contract?.contractorName?.value { return PersonName.key(name) }
        return plan.companies.first { $0.isContractor }.map { PersonName.key($0.name.value) }
    }

    mutating func checkOwnership() {
        guard usable(.ownership) else { return }
        let contractors = plan.companies.filter(\.isContractor)
        if contractors.isEmpty {
            add(.error(.plan(.ownNoContractor),
                       Message(ja: "PLAN-OWN に乙（role: contractor）の情報がありません", en: "PLAN-OWN has no entry for 乙 (role: contractor)"),
                       expected: Message(ja: "乙の資本関係・役員等", en: "the contractor's capital and officers"),
                       at: plan.sectionKeys[.ownership] ?? .file(plan.source)))
        }
        for extra in contractors.dropFirst() {
            add(.error(.plan(.ownContractorTwice),
                       Message(ja: "PLAN-OWN に乙（contractor）が複数あります", en: "PLAN-OWN lists more than one contractor"),
                       expected: Message(ja: "乙は1社、再委託先は role: subcontractor", en: "one contractor; others are role: subcontractor"),
                       at: extra.value.span("role")))
        }
        if let first = contractors.first, let contractName = contract?.contractorName,
           PersonName.key(first.name.value) != PersonName.key(contractName.value) {
            add(.error(.plan(.ownContractorName),
                       Message(ja: "PLAN-OWN の乙「\(first.name.value)」が contract.yaml の乙「\(contractName.value)」と一致しません",
                               en: "PLAN-OWN names the contractor '\(first.name.value)', contract.yaml '\(contractName.value)'"),
                       expected: Message(ja: contractName.value, en: contractName.value),
                       at: first.name.span,
                       notes: [.init(Message(ja: "contract.yaml の乙", en: "the contractor in contract.yaml"), at: contractName.span)]))
        }
        var seen: [String: SourceSpan] = [:]
        for company in plan.companies {
            let key = PersonName.key(company.name.value)
            if let first = seen[key] {
                add(.error(.plan(.ownDuplicate),
                           Message(ja: "PLAN-OWN に「\(company.name.value)」が2回あります", en: "PLAN-OWN lists '\(company.name.value)' twice"),
                           expected: Message(ja: "1社につき1件", en: "one entry per company"),
                           at: company.name.span, notes: [.init(Message(ja: "最初の記載", en: "first entry"), at: first)]))
            }
            seen[key] = company.name.span
            checkRatios(company)
        }
    }

    private mutating func checkRatios(_ company: Plan.Company) {
        var total = ExactSum()
        for holder in company.value.objects("shareholders") {
            guard let ratio = holder["ratio_percent"], let value = ratio.decimal else { continue }
            if !ExactSum.isPercent(value) {
                add(.error(.plan(.ownRatio),
                           Message(ja: "出資比率 \(value)% は 0〜100 の範囲外です", en: "the share ratio \(value)% is outside 0–100"),
                           expected: Message(ja: "0〜100 の数値", en: "a number from 0 to 100"), at: ratio.span))
            }
            total.add(value)
        }
        if total.exceeds100 {
            add(.error(.plan(.ownRatio),
                       Message(ja: "「\(company.name.value)」の主要株主の出資比率の合計 \(total.description)% が 100% を超えています",
                               en: "the shareholders of '\(company.name.value)' add up to \(total.description)%, more than 100%"),
                       expected: Message(ja: "合計 100% 以下", en: "a total of at most 100%"),
                       at: company.value.span("shareholders")))
        }
        if let foreign = company.value["foreign_capital_percent"], let value = foreign.decimal, !ExactSum.isPercent(value) {
            add(.error(.plan(.ownRatio),
                       Message(ja: "外資比率 \(value)% は 0〜100 の範囲外です", en: "the foreign-capital ratio \(value)% is outside 0–100"),
                       expected: Message(ja: "0〜100 の数値", en: "a number from 0 to 100"), at: foreign.span))
        }
    }

    // MARK: - Companies named anywhere (再委託先)

    /// Every `company:` written in the plan, with where, in file order.
    var companyMentions: [(name: Located<String>, where: String)] {
        var mentions: [(Located<String>, String)] = []
        let v = plan.value
        for role in v.object("organization")?.objects("roles") ?? [] {
            if let c = role.located("company") { mentions.append((c, "PLAN-ORG")) }
        }
        for sub in v.object("organization")?.objects("subcontractors") ?? [] {
            if let c = sub.located("company") { mentions.append((c, "PLAN-ORG")) }
            if let c = sub.located("via") { mentions.append((c, "PLAN-ORG")) }
        }
        for item in v.objects("schedule") {
            if let c = item.located("company") { mentions.append((c, "PLAN-SCHED")) }
        }
        for list in ["normal", "emergency"] {
            for contact in v.object("contact")?.objects(list) ?? [] {
                if let c = contact.located("company") { mentions.append((c, "PLAN-CONTACT")) }
            }
        }
        for role in v.object("security_organization")?.objects("roles") ?? [] {
            if let c = role.located("company") { mentions.append((c, "PLAN-SECORG")) }
        }
        return mentions.sorted { $0.0.span < $1.0.span }
    }

    mutating func checkCompanies() {
        guard let contractorKey else { return }
        let declared = Dictionary(plan.subcontracts.map { (PersonName.key($0.company.value), $0.company.span) }, uniquingKeysWith: { a, _ in a })
        let owned = Set(plan.companies.map { PersonName.key($0.name.value) })
        var reportedUndeclared: Set<String> = []
        var reportedUnowned: Set<String> = []
        // Each company is reported once, where the file first names it.
        let mentions = companyMentions.map { ($0.name, $0.where) }
        for (name, section) in mentions {
            let key = PersonName.key(name.value)
            guard key != contractorKey else { continue }
            if declared[key] == nil, usable(.organization), reportedUndeclared.insert(key).inserted {
                add(.error(.plan(.orgUndeclaredSubcontractor),
                           Message(ja: "\(section) の「\(name.value)」は乙でも PLAN-ORG の再委託先（organization.subcontractors）でもありません",
                                   en: "'\(name.value)' (\(section)) is neither 乙 nor a subcontractor declared in PLAN-ORG (organization.subcontractors)"),
                           expected: Message(ja: "乙の名称、または再委託先として記載した会社", en: "the contractor, or a company declared as a subcontractor"),
                           at: name.span))
            }
            if !owned.contains(key), usable(.ownership), plan.value["ownership"] != nil, reportedUnowned.insert(key).inserted {
                add(.error(.plan(.ownMissingCompany),
                           Message(ja: "再委託先「\(name.value)」の資本関係・役員等の情報が PLAN-OWN にありません",
                                   en: "PLAN-OWN lacks the capital relationships and officers of the subcontractor '\(name.value)'"),
                           expected: Message(ja: "ownership に company: \(name.value)（role: subcontractor）", en: "an ownership entry company: \(name.value) (role: subcontractor)"),
                           at: name.span))
            }
        }
        for company in plan.companies where !company.isContractor {
            let key = PersonName.key(company.name.value)
            if key == contractorKey {
                add(.error(.plan(.ownContractorAsSubcontractor),
                           Message(ja: "乙「\(company.name.value)」が再委託先（subcontractor）として記載されています",
                                   en: "the contractor '\(company.name.value)' is listed as a subcontractor"),
                           expected: Message(ja: "role: contractor", en: "role: contractor"), at: company.value.span("role")))
            } else if declared[key] == nil, usable(.organization), plan.value["organization"] != nil, reportedUndeclared.insert(key).inserted {
                add(.error(.plan(.orgUndeclaredSubcontractor),
                           Message(ja: "PLAN-OWN の再委託先「\(company.name.value)」が PLAN-ORG の再委託先にありません",
                                   en: "the subcontractor '\(company.name.value)' of PLAN-OWN is not declared in PLAN-ORG (organization.subcontractors)"),
                           expected: Message(ja: "organization.subcontractors に company: \(company.name.value)", en: "organization.subcontractors with company: \(company.name.value)"),
                           at: company.name.span))
            }
        }
    }

    // MARK: - PLAN-SCHED

    mutating func checkSchedule() {
        var ids: [String: SourceSpan] = [:]
        for item in plan.value.objects("schedule") {
            if let id = item.located("id") {
                if let first = ids[id.value] {
                    add(.error(.plan(.scheduleDuplicateID), Message(ja: "作業項目の番号「\(id.value)」が重複しています", en: "the work item ID '\(id.value)' is used twice"),
                               expected: Message(ja: "一意の番号", en: "a unique ID"), at: id.span,
                               notes: [.init(Message(ja: "最初の使用", en: "first use"), at: first)]))
                }
                ids[id.value] = id.span
            }
            guard let start = item.date("start"), let end = item.date("end") else { continue }
            if end < start {
                add(.error(.plan(.scheduleDates),
                           Message(ja: "作業項目「\(item.text("name") ?? "")」の終了日 \(end.iso) が開始日 \(start.iso) より前です",
                                   en: "the work item '\(item.text("name") ?? "")' ends (\(end.iso)) before it starts (\(start.iso))"),
                           expected: Message(ja: "\(start.iso) 以降の終了日", en: "an end on or after \(start.iso)"), at: item.span("end")))
            }
            if let contractStart = contract?.start, let contractEnd = contract?.end, start < contractStart || end > contractEnd {
                add(.warning(.plan(.scheduleOutsideContract),
                             Message(ja: "作業項目「\(item.text("name") ?? "")」（\(start.iso)〜\(end.iso)）が契約期間 \(contractStart.iso)〜\(contractEnd.iso) の外にかかっています",
                                     en: "the work item '\(item.text("name") ?? "")' (\(start.iso)–\(end.iso)) extends beyond the contract period \(contractStart.iso)–\(contractEnd.iso)"),
                             expected: Message(ja: "契約期間内の日付", en: "dates within the contract period"),
                             at: start < contractStart ? item.span("start") : item.span("end")))
            }
        }
    }

    // MARK: - PLAN-CONTACT

    mutating func checkContacts() {
        guard let contact = plan.value.object("contact"), !contact.hadErrors else { return }
        let emergency = contact.objects("emergency")
        if emergency.isEmpty {
            add(.error(.plan(.contactNoEmergency),
                       Message(ja: "PLAN-CONTACT に緊急時の連絡先（emergency）がありません",
                               en: "PLAN-CONTACT has no emergency contact (emergency)"),
                       expected: Message(ja: "emergency: 緊急時の連絡先と対応時間", en: "emergency: contacts with their hours"),
                       at: contact.keySpans["emergency"] ?? plan.sectionKeys[.contact] ?? .file(plan.source)))
        }
        for person in emergency where person.text("hours") == nil {
            add(.error(.plan(.contactNoHours),
                       Message(ja: "緊急時の連絡先「\(person.text("name") ?? "")」に対応時間（hours）がありません",
                               en: "the emergency contact '\(person.text("name") ?? "")' has no hours"),
                       expected: Message(ja: "hours: 例 24時間365日", en: "hours: e.g. 24時間365日"), at: person.span))
        }
        for list in ["normal", "emergency"] {
            for person in contact.objects(list) where person.text("phone") == nil && person.text("email") == nil && person.text("means") == nil {
                add(.error(.plan(.contactNoMeans),
                           Message(ja: "連絡先「\(person.text("name") ?? "")」に連絡手段（phone、email または means）がありません",
                                   en: "the contact '\(person.text("name") ?? "")' has no means of contact (phone, email or means)"),
                           expected: Message(ja: "phone、email または means", en: "phone, email or means"), at: person.span))
            }
        }
    }

    // MARK: - PLAN-SECPLAN / PLAN-SECTECH

    mutating func checkMeasures() {
        var ids: [String: SourceSpan] = [:]
        for id in plan.measureIDs {
            if let first = ids[id.value] {
                add(.error(.plan(.securityPlanDuplicateID),
                           Message(ja: "セキュリティ対策の番号「\(id.value)」が重複しています", en: "the measure ID '\(id.value)' is used twice"),
                           expected: Message(ja: "一意の番号", en: "a unique ID"), at: id.span,
                           notes: [.init(Message(ja: "最初の使用", en: "first use"), at: first)]))
            }
            ids[id.value] = id.span
        }
        for (key, code) in [("security_plan", PlanCode.securityPlanUnknownRequirement), ("security_measures", .securityMeasuresUnknownRequirement)] {
            for measure in plan.value.objects(key) {
                for reference in measure.list("requirements") {
                    checkRequirementReference(reference, code: code)
                }
            }
        }
    }

    private mutating func checkRequirementReference(_ reference: Value, code: PlanCode) {
        guard let catalog, let id = reference.text, catalog.requirement(id) == nil else { return }
        let suggestion = Suggest.closest(to: id, among: catalog.ids)
        add(.error(.plan(code),
                   Message(ja: "要件「\(id)」は要件一覧にありません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                           en: "'\(id)' is not a requirement of the catalog" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                   expected: Message(ja: "要件一覧の番号（REQ-…）", en: "a requirement ID of the catalog (REQ-…)"), at: reference.span))
    }

    // MARK: - PLAN-TRAIN

    mutating func checkTraining() {
        guard usable(.training), !plan.courses.isEmpty else { return }
        // People and roles come from PLAN-ORG and PLAN-SECORG: judge only when both read cleanly.
        for section in [PlanSection.organization, .securityOrganization] where plan.value[section.key] != nil && !usable(section) {
            return
        }
        var roleMembers: [String: [String]] = [:]
        for role in plan.roles {
            roleMembers[PersonName.key(role.role.value), default: []] += role.members.map { PersonName.key($0.value) }
        }
        let people = plan.people
        let personKeys = Set(people.map { PersonName.key($0.name.value) })
        var covered: Set<String> = []
        for course in plan.courses {
            for audience in course.audiences {
                let key = PersonName.key(audience.value)
                if let members = roleMembers[key] {
                    covered.formUnion(members)
                } else if personKeys.contains(key) {
                    covered.insert(key)
                } else {
                    let suggestion = Suggest.closest(to: audience.value, among: people.map(\.name.value) + plan.roles.map(\.role.value))
                    add(.error(.plan(.trainingUnknownAudience),
                               Message(ja: "研修「\(course.title)」の対象者「\(audience.value)」は PLAN-ORG・PLAN-SECORG の担当者でも役割でもありません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                                       en: "the audience '\(audience.value)' of '\(course.title)' is neither a person nor a role of PLAN-ORG or PLAN-SECORG" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
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

    // MARK: - PLAN-AUDIT

    mutating func checkAudits() {
        for audit in plan.audits where audit.isThirdParty && audit.body == nil {
            add(.error(.plan(.auditNoBody),
                       Message(ja: "第三者監査「\(audit.id)」に実施機関名（body）がありません", en: "the third-party audit '\(audit.id)' does not name its auditing body (body)"),
                       expected: Message(ja: "body: 実施機関の名称", en: "body: the auditing body's name"), at: audit.kindSpan))
        }
    }

    // MARK: - PLAN-CERT

    mutating func checkCertifications() {
        guard usable(.certifications), !plan.certifications.isEmpty else { return }
        let submission = plan.currentRevision?.date.value
        var validRequired = false
        var requiredButInvalid: [Plan.Certification] = []
        for cert in plan.certifications {
            if let from = cert.validFrom, let until = cert.validUntil, until.value < from {
                add(.error(.plan(.certDates),
                           Message(ja: "認証の有効期間の終了日 \(until.value.iso) が開始日 \(from.iso) より前です",
                                   en: "the certificate's validity ends (\(until.value.iso)) before it begins (\(from.iso))"),
                           expected: Message(ja: "\(from.iso) 以降", en: "on or after \(from.iso)"), at: until.span))
            }
            if cert.scheme == "other" && cert.value.text("name") == nil {
                add(.error(.plan(.certNoName), Message(ja: "scheme: other の認証に名称（name）がありません", en: "a certification of scheme other has no name"),
                           expected: Message(ja: "name: 認証の名称", en: "name: the certification's name"), at: cert.value.span("scheme")))
            }
            if PlanSchema.requiredSchemes.contains(cert.scheme) {
                if let submission, let from = cert.validFrom, let until = cert.validUntil, from <= submission && submission <= until.value {
                    validRequired = true
                } else {
                    requiredButInvalid.append(cert)
                }
            }
            if let until = cert.validUntil, let end = contract?.end, until.value < end {
                add(.warning(.plan(.certExpiresBeforeEnd),
                             Message(ja: "認証（\(Self.schemeName(cert))）の有効期限 \(until.value.iso) が契約終了日 \(end.iso) より前です。更新後は計画書の改訂が必要です",
                                     en: "the certificate (\(Self.schemeName(cert))) expires on \(until.value.iso), before the contract ends (\(end.iso)); revise the plan when it is renewed"),
                             expected: Message(ja: "更新予定の確認", en: "a planned renewal"), at: until.span))
            }
        }
        guard !validRequired else { return }
        let schemes = PlanSchema.certificationSchemes.filter { PlanSchema.requiredSchemes.contains($0.value) }.map(\.japanese).joined(separator: "、")
        if let invalid = requiredButInvalid.first, let submission {
            add(.error(.plan(.certNotValid),
                       Message(ja: "REQ-CERT の認証（\(Self.schemeName(invalid))）が提出日 \(submission.iso) に有効ではありません",
                               en: "the REQ-CERT certificate (\(Self.schemeName(invalid))) is not valid on the submission date \(submission.iso)"),
                       expected: Message(ja: "提出日を含む有効期間", en: "a validity period that includes the submission date"),
                       at: invalid.validUntil?.span ?? invalid.span))
        } else {
            add(.error(.plan(.certNone),
                       Message(ja: "PLAN-CERT に REQ-CERT の認証がありません", en: "PLAN-CERT holds no certification that REQ-CERT accepts"),
                       expected: Message(ja: "次のいずれか: " + schemes, en: "one of: ISO/IEC 27017, FedRAMP, SOC2, SOC3, CS Gold Mark"),
                       at: plan.sectionKeys[.certifications] ?? .file(plan.source)))
        }
    }

    static func schemeName(_ cert: Plan.Certification) -> String {
        if cert.scheme == "other" { return cert.value.text("name") ?? "その他" }
        return PlanSchema.certificationSchemes.first { $0.value == cert.scheme }?.japanese ?? cert.scheme
    }

    // MARK: - Requirements (要件対応表)

    mutating func checkRequirements() {
        guard let catalog else { return }
        if plan.value.wasRejected("requirements") { return }
        let answered = Set(plan.answers.map(\.id.value))
        let location = plan.requirementsKey ?? .file(plan.source)
        for requirement in catalog.requirements where !answered.contains(requirement.id) {
            add(.error(.plan(.requirementUnanswered),
                       Message(ja: "要件 \(requirement.id)（\(requirement.title)）への対応がありません",
                               en: "the requirement \(requirement.id) (\(requirement.title)) has no answer"),
                       expected: Message(ja: "requirements: の下に \(requirement.id): { answer: … }", en: "\(requirement.id): { answer: … } under requirements:"),
                       at: location))
        }
        let measureIDs = Set(plan.measureIDs.map(\.value))
        for answer in plan.answers {
            if catalog.requirement(answer.id.value) == nil {
                let suggestion = Suggest.closest(to: answer.id.value, among: catalog.ids.filter { !answered.contains($0) })
                add(.error(.plan(.requirementUnknown),
                           Message(ja: "「\(answer.id.value)」は要件一覧（\(catalog.name)）にありません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                                   en: "'\(answer.id.value)' is not a requirement of \(catalog.name)" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
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

/// Sums of exact decimals (share ratios).
struct ExactSum: CustomStringConvertible {
    private var significand: Int64 = 0
    private var scale = 0

    mutating func add(_ value: ExactDecimal) {
        let newScale = max(scale, value.scale)
        significand = significand * pow10(newScale - scale) + value.significand * pow10(newScale - value.scale)
        scale = newScale
    }

    var exceeds100: Bool { significand > 100 * pow10(scale) }

    static func isPercent(_ value: ExactDecimal) -> Bool {
        value.significand >= 0 && value.significand <= 100 * value.denominator
    }

    var description: String { ExactDecimal(significand: significand, scale: scale).description }

    private func pow10(_ n: Int) -> Int64 {
        var r: Int64 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }
}
