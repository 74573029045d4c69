import DocumentModel
import JapaneseCalendar

/// What the plan's HTML template can print (Templates/html/plan.mustache).
public enum PlanView {
    static let text = ViewShape("Text", values: ["text"])
    static let holder = ViewShape("Holder", values: ["name", "ratio"], flags: ["has_ratio"])
    static let officer = ViewShape("Officer", values: ["title", "name"])
    static let company = ViewShape("Company", values: ["name", "role", "address", "capital", "foreign_capital"],
                                   flags: ["is_contractor"],
                                   lists: ["parents": holder, "shareholders": holder, "officers": officer])
    static let role = ViewShape("Role", values: ["role", "company", "members", "responsibilities"], lists: ["people": text])
    static let subcontract = ViewShape("Subcontract", values: ["company", "scope", "via", "approved_on"])
    static let milestone = ViewShape("Milestone", values: ["date", "name"])
    static let workItem = ViewShape("WorkItem", values: ["id", "name", "company", "start", "end", "description"],
                                    lists: ["milestones": milestone])
    static let ganttMonth = ViewShape("GanttMonth", values: ["x", "label", "year_label", "label_x", "year_x"], flags: ["is_year_start", "is_year_before"])
    static let ganttLabelLine = ViewShape("GanttLabelLine", values: ["text", "y"])
    static let ganttRow = ViewShape("GanttRow", values: ["id", "label", "name", "text_y", "bar_x", "bar_y", "bar_width", "period", "row_y"],
                                    flags: ["is_even"], lists: ["label_lines": ganttLabelLine])
    static let ganttMilestone = ViewShape("GanttMilestone", values: ["points", "label", "label_x", "label_y"])
    static let gantt = ViewShape("Gantt", values: ["width", "height", "chart_x", "chart_width", "axis_y", "label_y", "year_y", "caption"],
                                 flags: ["has_milestones"], lists: ["months": ganttMonth, "rows": ganttRow, "milestones": ganttMilestone])
    static let contact = ViewShape("Contact", values: ["order", "role", "name", "company", "phone", "email", "hours", "means"])
    static let measure = ViewShape("Measure", values: ["id", "measure", "owner", "timing", "requirements"])
    static let technical = ViewShape("TechnicalMeasure", values: ["title", "description", "requirements"])
    /// A person or role a course is for: written whole, never broken across lines.
    static let audience = ViewShape("Audience", values: ["name"], flags: ["is_last"])
    static let course = ViewShape("Course", values: ["id", "title", "content", "schedule", "dates", "audiences"], lists: ["audience_names": audience])
    static let audit = ViewShape("Audit", values: ["id", "kind", "body", "content", "schedule", "dates"], flags: ["is_third_party"])
    static let certification = ViewShape("Certification", values: ["scheme", "number", "scope", "issuer", "valid_from", "valid_until", "period"])
    static let note = ViewShape("Note", values: ["title", "content"])
    static let answer = ViewShape("RequirementRow", values: ["number", "id", "category", "title", "text", "answer", "by", "evidence", "measures"],
                                  flags: ["is_first_of_category", "has_by", "has_evidence", "has_measures", "changed"])
    static let revision = ViewShape("Revision", values: ["number", "date"], lists: ["changes": text])
    static let tocEntry = ViewShape("TocEntry", values: ["number", "id", "title", "anchor"])

    static let change = ViewShape("Change", values: ["subject", "kind", "old", "new", "path"], flags: ["is_added", "is_removed", "is_changed"])

    static func section(_ name: String, values: [String] = [], flags: [String] = [], lists: [String: ViewShape] = [:],
                        objects: [String: ViewShape] = [:]) -> ViewShape {
        var allLists = lists
        allLists["changes"] = change
        return ViewShape(name, values: ["number", "id", "title", "anchor"] + values, flags: ["changed"] + flags, lists: allLists, objects: objects)
    }

    public static let shape = ViewShape(
        "PlanView",
        values: ["document_title", "title", "client_name", "client_department", "addressee", "contractor_name",
                 "contractor_representative", "contractor_address", "service_name", "service_summary", "contract_title",
                 "contract_number", "contract_period", "revision_number", "revision_date", "deadline", "deadline_label", "catalog_name",
                 "requirement_count", "generator", "previous_revision", "running_header", "page_numbers", "changes_note", "changed_mark"],
        flags: ["has_contract_number", "has_service_summary", "has_contractor_address", "has_client_department", "has_previous",
                "requirements_changed", "show_ids", "has_cover_letter"],
        lists: ["toc": tocEntry, "revisions": revision, "requirements": answer],
        objects: [
            "cover_letter": CoverLetterView.shape,
            "s_requirements": section("RequirementsHeading"),
            "ownership": section("Ownership", lists: ["companies": company]),
            "organization": section("Organization", values: ["summary"], flags: ["has_summary", "has_subcontractors"],
                                    lists: ["roles": role, "subcontractors": subcontract]),
            "schedule": section("Schedule", lists: ["items": workItem], objects: ["gantt": gantt]),
            "contact": section("ContactPlan", values: ["escalation", "report_promise"], flags: ["has_escalation", "has_report_promise"],
                               lists: ["normal": contact, "emergency": contact]),
            "security_plan": section("SecurityPlan", lists: ["measures": measure]),
            "security_organization": section("SecurityOrganization", values: ["summary"], flags: ["has_summary"], lists: ["roles": role]),
            "security_measures": section("SecurityMeasures", lists: ["measures": technical]),
            "training": section("Training", lists: ["courses": course]),
            "audits": section("Audits", lists: ["audits": audit]),
            "certifications": section("Certifications", lists: ["certifications": certification]),
            "other": section("Other", lists: ["notes": note]),
        ])

    /// Builds the view of a validated plan; `previous` is the last submitted revision before
    /// this one, whose differences the document marks.
    public static func make(plan: Plan, contract: Contract, catalog: RequirementCatalog,
                            previous: SubmittedPlan? = nil, showIDs: Bool = false) -> ViewNode {
        let format = DocumentFormat(contract, showIDs: showIDs)
        let changes = previous.map { PlanComparison.compare(old: $0.plan.value, new: plan.value) } ?? []
        let changesByKey = Dictionary(changes.map { ($0.part.key, $0.changes) }, uniquingKeysWith: { a, _ in a })
        var view = ViewObject(shape)
        let revision = plan.currentRevision
        view["title"] = "サービス実施計画書"
        let edition = "第\(format.number(revision?.number.value ?? 1))版"
        view["document_title"] = "サービス実施計画書（\(edition)）" + contract.serviceName
        view["running_header"] = CSSString.escape("サービス実施計画書（\(edition)）　" + contract.serviceName)
        DocumentHead.fill(&view, contract: contract, format: format)
        view.flag("show_ids", showIDs)
        view["client_name"] = contract.client.name
        view["client_department"] = contract.client.department
        view.flag("has_client_department", contract.client.department != nil)
        view["contractor_address"] = contract.contractor.address
        view.flag("has_contractor_address", contract.contractor.address != nil)
        view["service_summary"] = contract.serviceSummary
        view.flag("has_service_summary", contract.serviceSummary != nil)
        view["contract_number"] = contract.number
        view.flag("has_contract_number", contract.number != nil)
        view["contract_period"] = format.period(contract.start?.value, contract.end?.value)
        view["revision_number"] = format.number(revision?.number.value ?? 1)
        view["revision_date"] = format.date(revision?.date.value)
        view["deadline"] = format.date(contract.planDeadline?.value)
        // The contract's deadline is the first revision's: a later one is sent when the plan
        // changes, and under the bare label it read as sent months late.
        view["deadline_label"] = (revision?.number.value ?? 1) > 1 ? "初版の提出期限" : "提出期限"
        view["catalog_name"] = catalog.name
        view["requirement_count"] = format.count(catalog.requirements.count, "項目")

        let sections = PlanSection.allCases
        view.list("toc", Array(sections.enumerated())) { item, entry in
            entry["number"] = format.number(item.offset + 1)
            entry["id"] = item.element.id
            entry["title"] = item.element.title
            entry["anchor"] = item.element.id.lowercased()
        }
        view.list("revisions", plan.revisions) { r, o in
            o["number"] = format.number(r.number.value)
            o["date"] = format.date(r.date.value)
            o.list("changes", r.changes) { c, t in t["text"] = c.value }
        }
        view["previous_revision"] = previous.map { "第\(format.number($0.number))版" }
        view.flag("has_previous", previous != nil)
        view["changed_mark"] = "\(edition)で変更"
        if let previous {
            let note = "前回提出した第\(format.number(previous.number))版から変更した節には「\(edition)で変更」を付し、変更内容を各節の冒頭に示"
            view["changes_note"] = format.say(note + "す。", note + "します。")
        }
        let parts = Dictionary(PlanPart.all.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let names = ChangeWording.names(plans: [plan] + (previous.map { [$0.plan] } ?? []), catalog: catalog, format: format)
        // What a part changed since the previous submitted revision, at the head of its section.
        func changeBox(_ key: String, _ o: inout ViewObject) {
            let sectionChanges = changesByKey[key] ?? []
            o.flag("changed", !sectionChanges.isEmpty)
            o.list("changes", ChangeWording.rows(sectionChanges, part: parts[key], format: format, names: names)) { row, co in
                let c = row.change
                co["subject"] = row.subject
                co["path"] = row.path
                co["kind"] = ChangeWording.kind(c)
                co.flag("is_added", c.kind == .added)
                co.flag("is_removed", c.kind == .removed)
                co.flag("is_changed", c.kind == .changed)
                co["old"] = row.old
                co["new"] = row.new
            }
        }
        func header(_ section: PlanSection, _ o: inout ViewObject) {
            o["number"] = format.number((sections.firstIndex(of: section) ?? 0) + 1)
            o["id"] = section.id
            o["title"] = section.title
            o["anchor"] = section.id.lowercased()
            changeBox(section.key, &o)
        }
        let percent = { (value: Located<ExactDecimal>?) -> String in value.map { format.percent($0.value.description) } ?? "" }
        // Requirements are named on the page by their number in the compliance table.
        let requirementNumbers = Dictionary(catalog.requirements.enumerated().map { ($0.element.id, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        let requirementList = { (ids: [Located<String>]) -> String in
            // In the table's order (14、23), each once.
            let numbers = Set(ids.compactMap { requirementNumbers[$0.value] }).sorted().map { format.number($0) }
            return (numbers + ids.filter { requirementNumbers[$0.value] == nil }.map(\.value)).joined(separator: "、")
        }

        view.object("ownership") { o in
            header(.ownership, &o)
            o.list("companies", plan.ownership) { c, co in
                co["name"] = c.company.value
                co.flag("is_contractor", c.isContractor)
                co["role"] = c.isContractor ? "乙" : "再委託先"
                co["address"] = c.address?.value
                co["capital"] = c.capital?.value
                co["foreign_capital"] = percent(c.foreignCapital)
                for (key, holders) in [("parents", c.parents), ("shareholders", c.shareholders)] {
                    co.list(key, holders) { h, ho in
                        ho["name"] = h.name.value
                        ho["ratio"] = percent(h.ratio)
                        ho.flag("has_ratio", h.ratio != nil)
                    }
                }
                co.list("officers", c.officers) { p, po in
                    po["title"] = p.title.value
                    po["name"] = format.name(p.name.value)
                }
            }
        }
        let contractorName = contract.contractor.name
        func roles(_ list: [Plan.Role], _ o: inout ViewObject) {
            o.list("roles", list) { r, ro in
                ro["role"] = r.role.value
                ro["company"] = r.company?.value ?? contractorName
                ro["members"] = r.members.map(\.value).joined(separator: "、")
                ro.list("people", r.members) { m, mo in mo["text"] = format.name(m.value) }
                ro["responsibilities"] = r.responsibilities.value
            }
        }
        view.object("organization") { o in
            header(.organization, &o)
            let org = plan.organization
            o["summary"] = org?.summary?.value
            o.flag("has_summary", org?.summary != nil)
            roles(org?.roles ?? [], &o)
            let subs = org?.subcontractors ?? []
            o.flag("has_subcontractors", !subs.isEmpty)
            o.list("subcontractors", subs) { s, so in
                so["company"] = s.company.value
                so["scope"] = s.scope.value
                so["via"] = s.via?.value ?? contractorName
                so["approved_on"] = format.date(s.approvedOn?.value)
            }
        }
        view.object("schedule") { o in
            header(.schedule, &o)
            o.list("items", plan.schedule) { i, io in
                io["id"] = i.id.value
                io["name"] = i.name.value
                io["company"] = i.company?.value ?? contractorName
                io["start"] = format.date(i.start?.value)
                io["end"] = format.date(i.end?.value)
                io["description"] = i.description?.value
                io.list("milestones", i.milestones) { m, mo in
                    mo["date"] = format.date(m.date?.value)
                    mo["name"] = m.name.value
                }
            }
            o.object("gantt") { g in GanttChart.build(items: plan.schedule, format: format, into: &g) }
        }
        view.object("contact") { o in
            header(.contact, &o)
            let c = plan.contact
            for (key, contacts) in [("normal", c?.normal ?? []), ("emergency", c?.emergency ?? [])] {
                o.list(key, Array(contacts.enumerated())) { item, co in
                    let p = item.element
                    co["order"] = format.number(item.offset + 1)
                    co["role"] = p.role.value
                    co["name"] = format.name(p.name.value)
                    co["company"] = p.company?.value ?? contractorName
                    co["phone"] = format.phone(p.phone?.value)
                    co["email"] = p.email?.value
                    co["hours"] = p.hours?.value
                    co["means"] = p.means?.value
                }
            }
            o["escalation"] = c?.escalation?.value
            o.flag("has_escalation", c?.escalation != nil)
            // The times promised for reporting an incident (what validate holds the incident reports to).
            let first = c?.firstReportWithinMinutes.map { "第一報は検知から" + format.duration(minutes: $0.value) + "以内" }
            let update = c?.updateEveryMinutes.map { "続報は復旧まで" + format.duration(minutes: $0.value) + "ごと" }
            let final = c?.finalReportWithinOpenDays.map { "最終報告（障害報告書）は検知から" + format.count($0.value, "開庁日") + "以内" }
            let promise = [first, update, final].compactMap { $0 }
            o["report_promise"] = promise.isEmpty ? nil : format.say("障害・インシデントの報告は、" + promise.joined(separator: "、") + "に甲へ行う。",
                                                                   "障害・インシデントの報告は、" + promise.joined(separator: "、") + "に甲へ行います。")
            o.flag("has_report_promise", !promise.isEmpty)
        }
        view.object("security_plan") { o in
            header(.securityPlan, &o)
            o.list("measures", plan.securityPlan) { m, mo in
                mo["id"] = m.id.value
                mo["measure"] = m.measure.value
                mo["owner"] = format.name(m.owner.value)
                mo["timing"] = m.timing.value
                mo["requirements"] = requirementList(m.requirements)
            }
        }
        view.object("security_organization") { o in
            header(.securityOrganization, &o)
            let org = plan.securityOrganization
            o["summary"] = org?.summary?.value
            o.flag("has_summary", org?.summary != nil)
            roles(org?.roles ?? [], &o)
        }
        view.object("security_measures") { o in
            header(.securityMeasures, &o)
            o.list("measures", plan.securityMeasures) { m, mo in
                mo["title"] = m.title.value
                mo["description"] = m.description.value
                mo["requirements"] = requirementList(m.requirements)
            }
        }
        view.object("training") { o in
            header(.training, &o)
            o.list("courses", plan.training) { c, co in
                co["id"] = c.id.value
                co["title"] = c.title.value
                co["content"] = c.content.value
                co["schedule"] = c.schedule.value
                co["dates"] = c.dates.map { format.date($0.value) }.joined(separator: "、")
                co["audiences"] = c.audiences.map(\.value).joined(separator: "、")
                co.list("audience_names", Array(c.audiences.enumerated())) { item, ao in
                    ao["name"] = item.element.value
                    ao.flag("is_last", item.offset == c.audiences.count - 1)
                }
            }
        }
        view.object("audits") { o in
            header(.audits, &o)
            o.list("audits", plan.audits) { a, ao in
                ao["id"] = a.id.value
                ao["kind"] = a.isThirdParty ? "第三者監査" : "内部監査"
                ao.flag("is_third_party", a.isThirdParty)
                ao["body"] = a.body?.value ?? (a.isThirdParty ? "" : contractorName)
                ao["content"] = a.content.value
                ao["schedule"] = a.schedule.value
                ao["dates"] = a.dates.map { format.date($0.value) }.joined(separator: "、")
            }
        }
        view.object("certifications") { o in
            header(.certifications, &o)
            o.list("certifications", plan.certifications) { c, co in
                co["scheme"] = c.displayName
                co["number"] = c.number.value
                co["scope"] = c.scope.value
                co["issuer"] = c.issuer.value
                co["valid_from"] = format.date(c.validFrom?.value)
                co["valid_until"] = format.date(c.validUntil?.value)
                co["period"] = format.period(c.validFrom?.value, c.validUntil?.value)
            }
        }
        view.object("other") { o in
            header(.other, &o)
            o.list("notes", plan.other) { n, no in
                no["title"] = n.title.value
                no["content"] = n.content.value
            }
        }
        let answers = Dictionary(plan.requirements.map { ($0.id.value, $0) }, uniquingKeysWith: { a, _ in a })
        let changedRequirements = Set((changesByKey["requirements"] ?? []).compactMap { c in
            c.path.split(separator: ".").dropFirst().first.map(String.init)
        })
        view.flag("requirements_changed", !changedRequirements.isEmpty)
        view.object("s_requirements") { o in
            o["number"] = ""
            o["title"] = "情報セキュリティ要件対応表"
            o["id"] = "REQ"
            o["anchor"] = "requirements"
            // The rows changed are marked in the table; what they said before is shown here, as in every section.
            changeBox("requirements", &o)
        }
        var previousCategory: String?
        view.list("requirements", catalog.requirements) { r, ro in
            let a = answers[r.id]
            ro["number"] = format.number(requirementNumbers[r.id] ?? 0)
            ro["id"] = r.id
            ro["category"] = r.category
            ro.flag("is_first_of_category", r.category != previousCategory)
            previousCategory = r.category
            ro["title"] = r.title
            ro["text"] = r.text
            ro["answer"] = a?.answer.value
            ro["by"] = a?.by?.value
            ro.flag("has_by", a?.by != nil)
            ro["evidence"] = a?.evidence?.value
            ro.flag("has_evidence", a?.evidence != nil)
            ro["measures"] = a?.measures.map(\.value).joined(separator: "、")
            ro.flag("has_measures", !(a?.measures.isEmpty ?? true))
            ro.flag("changed", changedRequirements.contains(r.id))
        }
        let letterTitle = (revision?.number.value ?? 1) > 1 ? "サービス実施計画書（\(edition)）" : "サービス実施計画書"
        DocumentHead.coverLetter(&view, contract: contract, date: revision?.date.value, subject: "\(letterTitle)の提出について",
                                 enclosure: "サービス実施計画書（\(edition)）", format: format)
        return view.finished
    }
}
