import DocumentModel

extension PlanRules {
    /// The entries of PLAN-OWN whose company name was read (a name with an error has its own).
    var companies: [Plan.CompanyProfile] { plan.ownership.filter { !$0.company.value.isEmpty } }

    /// 乙's name: from contract.yaml, else from the contractor entry of PLAN-OWN.
    var contractorKey: String? {
        if let name = contract?.contractorName?.value { return PersonName.key(name) }
        return companies.first { $0.isContractor }.map { PersonName.key($0.company.value) }
    }

    /// PLAN-OWN: 乙 once, as contract.yaml names it; each company once; ratios within 0–100 %.
    mutating func checkOwnership() {
        guard usable(.ownership) else { return }
        let contractors = companies.filter(\.isContractor)
        if contractors.isEmpty {
            add(.error(.plan(.ownNoContractor),
                       Message(ja: "PLAN-OWN に乙（role: contractor）の情報がありません", en: "PLAN-OWN has no entry for 乙 (role: contractor)"),
                       expected: Message(ja: "乙の資本関係・役員等", en: "the contractor's capital and officers"), at: place(.ownership)))
        }
        for extra in contractors.dropFirst() {
            add(.error(.plan(.ownContractorTwice),
                       Message(ja: "PLAN-OWN に乙（contractor）が複数あります", en: "PLAN-OWN lists more than one contractor"),
                       expected: Message(ja: "乙は1社、再委託先は role: subcontractor", en: "one contractor; others are role: subcontractor"),
                       at: extra.role.span))
        }
        if let first = contractors.first, let contractName = contract?.contractorName,
           PersonName.key(first.company.value) != PersonName.key(contractName.value) {
            add(.error(.plan(.ownContractorName),
                       Message(ja: "PLAN-OWN の乙「\(first.company.value)」が contract.yaml の乙「\(contractName.value)」と一致しません",
                               en: "PLAN-OWN names the contractor '\(first.company.value)', contract.yaml '\(contractName.value)'"),
                       expected: Message(ja: contractName.value, en: contractName.value), at: first.company.span,
                       notes: [.init(Message(ja: "contract.yaml の乙", en: "the contractor in contract.yaml"), at: contractName.span)]))
        }
        var seen: [String: SourceSpan] = [:]
        for company in companies {
            let key = PersonName.key(company.company.value)
            if let first = seen[key] {
                add(.error(.plan(.ownDuplicate),
                           Message(ja: "PLAN-OWN に「\(company.company.value)」が2回あります", en: "PLAN-OWN lists '\(company.company.value)' twice"),
                           expected: Message(ja: "1社につき1件", en: "one entry per company"),
                           at: company.company.span, notes: [.init(Message(ja: "最初の記載", en: "first entry"), at: first)]))
            }
            seen[key] = company.company.span
            checkRatios(company)
        }
    }

    private mutating func checkRatios(_ company: Plan.CompanyProfile) {
        var total = ExactSum()
        for ratio in company.shareholders.compactMap(\.ratio) {
            if !ExactSum.isPercent(ratio.value) {
                add(.error(.plan(.ownRatio),
                           Message(ja: "出資比率 \(ratio.value)％ は 0〜100 の範囲外です", en: "the share ratio \(ratio.value)% is outside 0–100"),
                           expected: Message(ja: "0〜100 の数値", en: "a number from 0 to 100"), at: ratio.span))
            }
            total.add(ratio.value)
        }
        if total.exceeds100 {
            add(.error(.plan(.ownRatio),
                       Message(ja: "「\(company.company.value)」の主要株主の出資比率の合計 \(total.description)％ が100％を超えています",
                               en: "the shareholders of '\(company.company.value)' add up to \(total.description)%, more than 100%"),
                       expected: Message(ja: "合計100％以下", en: "a total of at most 100%"), at: company.shareholdersSpan))
        }
        // A company holding more than half is the parent: named as such (an individual is not).
        if company.parents.isEmpty, let holder = company.shareholders.first(where: { holder in
            guard let ratio = holder.ratio?.value, ratio.significand * 2 > 100 * ratio.denominator else { return false }
            return ["会社", "Inc", "Ltd", "LLC", "Corp", "K.K."].contains { holder.name.value.contains($0) }
        }), let ratio = holder.ratio {
            add(.warning(.plan(.ownParentMissing),
                         Message(ja: "「\(company.company.value)」の主要株主「\(holder.name.value)」は\(ratio.value)％を持っていますが、親会社（parents）が記載されていません",
                                 en: "'\(holder.name.value)' holds \(ratio.value)% of '\(company.company.value)', but no parent company (parents) is named"),
                         expected: Message(ja: "parents: に「\(holder.name.value)」", en: "'\(holder.name.value)' under parents:"), at: holder.name.span))
        }
        if let foreign = company.foreignCapital, !ExactSum.isPercent(foreign.value) {
            add(.error(.plan(.ownRatio),
                       Message(ja: "外資比率 \(foreign.value)％ は 0〜100 の範囲外です", en: "the foreign-capital ratio \(foreign.value)% is outside 0–100"),
                       expected: Message(ja: "0〜100 の数値", en: "a number from 0 to 100"), at: foreign.span))
        }
    }

    /// Every company named anywhere is 乙 or a subcontractor declared in PLAN-ORG, with its PLAN-OWN entry.
    mutating func checkCompanies() {
        guard let contractorKey else { return }
        let declared = Dictionary(plan.organization?.subcontractors.map { (PersonName.key($0.company.value), $0.company.span) } ?? [],
                                  uniquingKeysWith: { a, _ in a })
        let declaredNames = plan.organization?.subcontractors.map(\.company.value) ?? []
        let owned = Set(companies.map { PersonName.key($0.company.value) })
        let ownedNames = companies.map(\.company.value)
        var reportedUndeclared: Set<String> = []
        var reportedUnowned: Set<String> = []
        // Each company is reported once, where the file first names it.
        for (name, section) in plan.companyMentions {
            let key = PersonName.key(name.value)
            guard key != contractorKey else { continue }
            // A company declared and owned has nothing to say: the comparisons below are only
            // made for one that is not (they compared every mention with every name).
            guard declared[key] == nil || !owned.contains(key) else { continue }
            // A name that differs from a declared company only in its legal form or spacing is
            // that company misspelt: one error, with the name to use.
            let sameCompany = (declaredNames + [contract?.contractorName?.value].compactMap { $0 }).first {
                PersonName.key($0) != key && CompanyName.same($0, name.value)
            }
            if declared[key] == nil, usable(.organization), reportedUndeclared.insert(key).inserted {
                let suggestion = sameCompany ?? CompanyName.closest(to: name.value, among: declaredNames + [contract?.contractorName?.value].compactMap { $0 })
                add(.error(.plan(.orgUndeclaredSubcontractor),
                           Message(ja: "\(section.id) の「\(name.value)」は乙でも PLAN-ORG の再委託先（organization.subcontractors）でもありません",
                                   en: "'\(name.value)' (\(section.id)) is neither 乙 nor a subcontractor declared in PLAN-ORG (organization.subcontractors)")
                           + Suggest.didYouMean(suggestion),
                           expected: Message(ja: "乙の名称、または再委託先として記載した会社", en: "the contractor, or a company declared as a subcontractor"),
                           at: name.span))
            }
            if sameCompany == nil, !owned.contains(key), usable(.ownership), reportedUnowned.insert(key).inserted {
                let suggestion = CompanyName.closest(to: name.value, among: ownedNames)
                add(.error(.plan(.ownMissingCompany),
                           Message(ja: "再委託先「\(name.value)」の資本関係・役員等の情報が PLAN-OWN にありません",
                                   en: "PLAN-OWN lacks the capital relationships and officers of the subcontractor '\(name.value)'")
                           + Suggest.didYouMean(suggestion),
                           expected: Message(ja: "ownership に company: \(name.value)（role: subcontractor）", en: "an ownership entry company: \(name.value) (role: subcontractor)"),
                           at: name.span))
            }
        }
        for company in companies where !company.isContractor {
            let key = PersonName.key(company.company.value)
            if key == contractorKey {
                add(.error(.plan(.ownContractorAsSubcontractor),
                           Message(ja: "乙「\(company.company.value)」が再委託先（subcontractor）として記載されています",
                                   en: "the contractor '\(company.company.value)' is listed as a subcontractor"),
                           expected: Message(ja: "role: contractor", en: "role: contractor"), at: company.role.span))
            } else if declared[key] == nil, usable(.organization), reportedUndeclared.insert(key).inserted {
                add(.error(.plan(.orgUndeclaredSubcontractor),
                           Message(ja: "PLAN-OWN の再委託先「\(company.company.value)」が PLAN-ORG の再委託先にありません",
                                   en: "the subcontractor '\(company.company.value)' of PLAN-OWN is not declared in PLAN-ORG (organization.subcontractors)")
                           + Suggest.didYouMean(CompanyName.closest(to: company.company.value, among: declaredNames)),
                           expected: Message(ja: "organization.subcontractors に company: \(company.company.value)", en: "organization.subcontractors with company: \(company.company.value)"),
                           at: company.company.span))
            }
        }
    }
}
