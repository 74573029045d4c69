/// The service implementation plan (plan.yaml, a plan draft) and its revisions.
public enum PlanCode: Hashable, Sendable, CaseIterable {
    case sectionMissing(PlanSection), sectionEmpty(PlanSection)
    case revisionNumber, revisionDateOrder, revisionNoChanges, revisionLate, revisionNearDeadline
    case revisionBehindSubmitted, revisionSubmittedUnreadable, revisionUnrecordedChange, revisionHistoryRewritten
    case ownNoContractor, ownContractorTwice, ownContractorName, ownContractorAsSubcontractor, ownDuplicate, ownRatio, ownMissingCompany, ownParentMissing
    case orgUndeclaredSubcontractor
    case scheduleDuplicateID, scheduleDates, scheduleOutsideContract
    case contactNoEmergency, contactNoHours, contactNoMeans
    case securityPlanDuplicateID, securityPlanUnknownRequirement, securityMeasuresUnknownRequirement
    case trainingUnknownAudience, trainingUncoveredPerson
    case auditNoBody
    case certNone, certNotValid, certDates, certNoName, certExpiresBeforeEnd
    case requirementUnanswered, requirementUnknown, requirementUnknownMeasure

    public static let allCases: [PlanCode] = PlanSection.allCases.flatMap { [PlanCode.sectionMissing($0), .sectionEmpty($0)] } + [
        .revisionNumber, .revisionDateOrder, .revisionNoChanges, .revisionLate, .revisionNearDeadline,
        .revisionBehindSubmitted, .revisionSubmittedUnreadable, .revisionUnrecordedChange, .revisionHistoryRewritten,
        .ownNoContractor, .ownContractorTwice, .ownContractorName, .ownContractorAsSubcontractor, .ownDuplicate, .ownRatio,
        .ownMissingCompany, .ownParentMissing, .orgUndeclaredSubcontractor, .scheduleDuplicateID, .scheduleDates, .scheduleOutsideContract,
        .contactNoEmergency, .contactNoHours, .contactNoMeans,
        .securityPlanDuplicateID, .securityPlanUnknownRequirement, .securityMeasuresUnknownRequirement,
        .trainingUnknownAudience, .trainingUncoveredPerson, .auditNoBody,
        .certNone, .certNotValid, .certDates, .certNoName, .certExpiresBeforeEnd,
        .requirementUnanswered, .requirementUnknown, .requirementUnknownMeasure,
    ]

    public var id: String {
        switch self {
        case .sectionMissing(let s): s.id + "-missing"
        case .sectionEmpty(let s): s.id + "-empty"
        case .revisionNumber: "PLAN-REV-number"
        case .revisionDateOrder: "PLAN-REV-date-order"
        case .revisionNoChanges: "PLAN-REV-no-changes"
        case .revisionLate: "PLAN-REV-late"
        case .revisionNearDeadline: "PLAN-REV-near-deadline"
        case .revisionBehindSubmitted: "PLAN-REV-behind-submitted"
        case .revisionSubmittedUnreadable: "PLAN-REV-submitted-unreadable"
        case .revisionUnrecordedChange: "PLAN-REV-unrecorded-change"
        case .revisionHistoryRewritten: "PLAN-REV-history-rewritten"
        case .ownNoContractor: "PLAN-OWN-no-contractor"
        case .ownContractorTwice: "PLAN-OWN-contractor-twice"
        case .ownContractorName: "PLAN-OWN-contractor-name"
        case .ownContractorAsSubcontractor: "PLAN-OWN-contractor-as-subcontractor"
        case .ownDuplicate: "PLAN-OWN-duplicate"
        case .ownRatio: "PLAN-OWN-ratio"
        case .ownMissingCompany: "PLAN-OWN-missing-company"
        case .ownParentMissing: "PLAN-OWN-parent-missing"
        case .orgUndeclaredSubcontractor: "PLAN-ORG-undeclared-subcontractor"
        case .scheduleDuplicateID: "PLAN-SCHED-duplicate-id"
        case .scheduleDates: "PLAN-SCHED-dates"
        case .scheduleOutsideContract: "PLAN-SCHED-outside-contract"
        case .contactNoEmergency: "PLAN-CONTACT-no-emergency"
        case .contactNoHours: "PLAN-CONTACT-no-hours"
        case .contactNoMeans: "PLAN-CONTACT-no-means"
        case .securityPlanDuplicateID: "PLAN-SECPLAN-duplicate-id"
        case .securityPlanUnknownRequirement: "PLAN-SECPLAN-unknown-requirement"
        case .securityMeasuresUnknownRequirement: "PLAN-SECTECH-unknown-requirement"
        case .trainingUnknownAudience: "PLAN-TRAIN-unknown-audience"
        case .trainingUncoveredPerson: "PLAN-TRAIN-uncovered-person"
        case .auditNoBody: "PLAN-AUDIT-no-body"
        case .certNone: "PLAN-CERT-none"
        case .certNotValid: "PLAN-CERT-not-valid"
        case .certDates: "PLAN-CERT-dates"
        case .certNoName: "PLAN-CERT-no-name"
        case .certExpiresBeforeEnd: "PLAN-CERT-expires-before-end"
        case .requirementUnanswered: "PLAN-REQ-unanswered"
        case .requirementUnknown: "PLAN-REQ-unknown"
        case .requirementUnknownMeasure: "PLAN-REQ-unknown-measure"
        }
    }

    public var info: CodeInfo {
        switch self {
        case .sectionMissing(let s):
            .error(m("計画書に「\(s.title)」の節がありません。別添１が計画書に記載を求める事項です。",
                     "The plan lacks the section \(s.id) (\(s.englishTitle)), which the attachment requires."),
                   example: "# plan.yaml に \(s.key): がない",
                   fix: m("plan.yaml に \(s.key): を加え、内容を記載してください（teishutsu init の雛形に例があります）。",
                          "Add \(s.key): to plan.yaml with its content (the scaffold of teishutsu init has an example)."))
        case .sectionEmpty(let s):
            .error(m("計画書の「\(s.title)」が空です。", "The plan's section \(s.id) (\(s.englishTitle)) is empty."),
                   example: "\(s.key): []",
                   fix: m("この節の内容を記載してください。", "Write the section's content."))
        case .revisionNumber:
            .error(m("改訂履歴の版数は 1, 2, 3 … の連番です。", "Revisions are numbered 1, 2, 3 … in order."),
                   example: "revisions:\n  - { number: 1, date: 2023-01-06, changes: 初版 }\n  - { number: 3, date: 2023-07-03, changes: … }",
                   fix: m("版数を連番に直してください。", "Renumber the revisions in order."))
        case .revisionDateOrder:
            .error(m("改訂日が前の版の改訂日より前になっています。", "A revision is dated before the previous one."),
                   example: "  - { number: 2, date: 2022-12-01, changes: … }",
                   fix: m("改訂日を確認してください。", "Check the revision's date."))
        case .revisionNoChanges:
            .error(m("第2版以降の改訂には、何を変更したか（changes）が必要です。", "Every revision after the first says what changed (changes)."),
                   example: "  - { number: 2, date: 2023-07-03 }",
                   fix: m("changes: に変更した内容を書いてください（teishutsu diff --format yaml が下書きを出力します）。",
                          "Write what changed under changes: (teishutsu diff --format yaml prints a draft)."))
        case .revisionLate:
            .error(m("第1版の日付が計画書の提出期限を過ぎています。", "Revision 1 is dated after the plan's deadline."),
                   example: "revisions:\n  - { number: 1, date: 2023-01-20, changes: 初版 }  # 期限 2023-01-16",
                   fix: m("提出期限までに第1版を提出してください。期限を過ぎた場合は甲と協議し、その経緯を記録してください。",
                          "Submit revision 1 by the deadline; if it is already past, agree with 甲 and record it."))
        case .revisionNearDeadline:
            .warning(m("第1版の日付が提出期限の7日以内です（まだ提出の記録がありません）。提出の記録（teishutsu submit）があれば出ません。",
                       "Revision 1 is dated within 7 days of the deadline and no submission is recorded yet; it ends once teishutsu submit records one."),
                     example: "revisions:\n  - { number: 1, date: 2023-01-13, changes: 初版 }  # 期限 2023-01-16",
                     fix: m("提出したら teishutsu submit で記録してください。", "Record the submission with teishutsu submit once it is made."))
        case .revisionBehindSubmitted:
            .error(m("plan.yaml の最新版が、提出済みの版より前の版数です。", "plan.yaml's latest revision is older than one already submitted."),
                   example: "# submitted/plan-r3.yaml があるのに plan.yaml は第2版まで",
                   fix: m("提出済みの版までの改訂履歴を plan.yaml に戻してください。", "Restore the revision history up to the submitted revision in plan.yaml."))
        case .revisionSubmittedUnreadable:
            .warning(m("提出済みの計画書（submitted/plan-rN.yaml）を読めないため、変更の確認をしていません。",
                       "A submitted plan (submitted/plan-rN.yaml) cannot be read, so changes are not checked against it."),
                     example: "submitted/plan-r2.yaml を手で編集して壊した",
                     fix: m("submitted/ のファイルは編集せず、版管理（git）から元に戻してください。", "Never edit submitted/; restore the file from version control."))
        case .revisionUnrecordedChange:
            .error(m("提出済みの版から計画書の内容が変わっていますが、新しい版の改訂履歴がありません。計画書は変更のたびに改訂し、提出し直す必要があります。",
                     "The plan differs from its submitted revision but has no new revision entry; every change needs a new revision, submitted again."),
                   example: "# 第3版を提出した後で organization を変更し、revisions に第4版がない",
                   fix: m("revisions に次の版（日付と changes）を加えてください。teishutsu diff submitted/plan-rN.yaml plan.yaml --format yaml が下書きを出力します。",
                          "Add the next revision (date and changes); teishutsu diff submitted/plan-rN.yaml plan.yaml --format yaml prints a draft."))
        case .revisionHistoryRewritten:
            .error(m("提出済みの版の改訂履歴（日付・改訂内容）が書き換えられています。提出した履歴は変えられません。",
                     "The history entry of a submitted revision (its date or changes) has been edited; a submitted history cannot change."),
                   example: "revisions:\n  - { number: 2, date: 2023-07-04, changes: … }  # 提出時は 2023-07-03",
                   fix: m("提出時の記載に戻し、変更は新しい版として記録してください。", "Restore the entry as submitted, and record changes as a new revision."))
        case .ownNoContractor:
            .error(m("資本関係・役員等の情報（PLAN-OWN）に乙（role: contractor）の情報がありません。", "PLAN-OWN has no entry for 乙 (role: contractor)."),
                   example: "ownership:\n  - { company: 株式会社北辰データセンター, role: subcontractor, … }",
                   fix: m("乙の資本関係・役員等を role: contractor で加えてください。", "Add the contractor's capital and officers with role: contractor."))
        case .ownContractorTwice:
            .error(m("PLAN-OWN に乙（contractor）が2社以上あります。", "PLAN-OWN lists more than one contractor."),
                   example: "  - { company: A社, role: contractor }\n  - { company: B社, role: contractor }",
                   fix: m("乙は1社です。他は role: subcontractor にしてください。", "There is one contractor; mark the others role: subcontractor."))
        case .ownContractorName:
            .error(m("PLAN-OWN の乙の名称が contract.yaml の乙の名称と一致しません。", "PLAN-OWN names the contractor differently from contract.yaml."),
                   example: "company: あおばクラウドシステムズ株式会社  # contract.yaml は 株式会社あおばクラウドシステムズ",
                   fix: m("契約書のとおりの商号にそろえてください。", "Use the trade name exactly as in the contract."))
        case .ownContractorAsSubcontractor:
            .error(m("乙が再委託先（subcontractor）として記載されています。", "The contractor is listed as a subcontractor."),
                   example: "  - { company: 株式会社あおばクラウドシステムズ, role: subcontractor }",
                   fix: m("乙は role: contractor にしてください。", "Mark the contractor role: contractor."))
        case .ownDuplicate:
            .error(m("PLAN-OWN に同じ会社が2回あります。", "PLAN-OWN lists a company twice."),
                   example: "  - { company: 株式会社北辰データセンター, … }\n  - { company: 株式会社北辰データセンター, … }",
                   fix: m("1社につき1件にまとめてください。", "Keep one entry per company."))
        case .ownRatio:
            .error(m("出資比率・外資比率が 0〜100% の範囲外か、主要株主の出資比率の合計が 100% を超えています。",
                     "A share ratio is outside 0–100%, or the shareholders add up to more than 100%."),
                   example: "shareholders:\n  - { name: A社, ratio_percent: 72.4 }\n  - { name: B社, ratio_percent: 40 }",
                   fix: m("出資比率を株主名簿のとおりに直してください。", "Correct the ratios from the shareholder register."))
        case .ownParentMissing:
            .warning(m("主要株主の会社が議決権の過半（50％超）を持っていますが、親会社（parents）が記載されていません。",
                       "A company among the shareholders holds more than half, but no parent company (parents) is named."),
                     example: "shareholders:\n  - { name: みなとホールディングス株式会社, ratio_percent: 100 }\n# parents: がない",
                     fix: m("その会社を parents: にも記載してください（親会社の資本関係は別添１が求める事項です）。",
                            "Name that company under parents: too (the attachment asks for the parent company)."))
        case .ownMissingCompany:
            .error(m("計画書に名前のある再委託先の資本関係・役員等の情報が PLAN-OWN にありません。別添１は再委託先を含めて記載を求めています。",
                     "A subcontractor named in the plan has no PLAN-OWN entry; the attachment requires one for every subcontractor."),
                   example: "organization:\n  subcontractors:\n    - { company: 株式会社ミナトセキュリティサービス, … }\n# ownership に同社がない",
                   fix: m("ownership にその会社（role: subcontractor）の資本関係・役員等を加えてください。",
                          "Add that company's capital and officers under ownership (role: subcontractor)."))
        case .orgUndeclaredSubcontractor:
            .error(m("乙でも、実施体制（PLAN-ORG）に記載した再委託先でもない会社の名前があります。",
                     "A company is named that is neither the contractor nor a subcontractor declared in PLAN-ORG."),
                   example: "schedule:\n  - { id: W-1, company: 株式会社ABCサポート, … }  # 再委託先に記載がない",
                   fix: m("organization.subcontractors に再委託先として記載するか、会社名の表記をそろえてください。",
                          "Declare the company under organization.subcontractors, or write its name as declared."))
        case .scheduleDuplicateID:
            .error(m("作業項目の番号が重複しています。", "A work item ID is used twice."),
                   example: "schedule:\n  - { id: W-1, … }\n  - { id: W-1, … }",
                   fix: m("番号を一意にしてください。", "Make every ID unique."))
        case .scheduleDates:
            .error(m("作業項目の終了日が開始日より前です。", "A work item ends before it starts."),
                   example: "  - { id: W-1, start: 2025-04-01, end: 2025-03-31, … }",
                   fix: m("開始日・終了日を確認してください。", "Check the start and end dates."))
        case .scheduleOutsideContract:
            .warning(m("作業項目が契約期間の外にかかっています。", "A work item extends beyond the contract period."),
                     example: "  - { id: W-9, start: 2026-03-01, end: 2026-06-30, … }  # 契約終了 2026-03-31",
                     fix: m("契約期間内の予定にするか、契約変更に合わせて計画を改訂してください。", "Keep it within the contract, or revise the plan with the contract's change."))
        case .contactNoEmergency:
            .error(m("連絡体制（PLAN-CONTACT）に緊急時の連絡先がありません。別添１は障害対応等の緊急時を含む連絡体制を求めています。",
                     "PLAN-CONTACT has no emergency contact; the attachment requires contacts for emergencies."),
                   example: "contact:\n  normal: [ … ]",
                   fix: m("contact.emergency に緊急時の連絡先と対応時間を加えてください。", "Add the emergency contacts with their hours under contact.emergency."))
        case .contactNoHours:
            .error(m("緊急時の連絡先に対応時間（hours）がありません。", "An emergency contact has no hours."),
                   example: "emergency:\n  - { role: 運用責任者, name: 小林 大輔, phone: 03-… }",
                   fix: m("hours: に対応時間（例: 24時間365日）を書いてください。", "Write the hours (e.g. 24時間365日) under hours:."))
        case .contactNoMeans:
            .error(m("連絡先に連絡手段（電話・メール・その他）がありません。緊急時の連絡先には電話番号かメールアドレスが要ります。",
                     "A contact has no means of contact (phone, email or other); an emergency contact needs a phone number or an e-mail address."),
                   example: "normal:\n  - { role: 業務責任者, name: 高橋 誠一 }",
                   fix: m("phone、email または means を書いてください（緊急時の連絡先は phone か email）。", "Write a phone, an email or a means (a phone or an email for an emergency contact)."))
        case .securityPlanDuplicateID:
            .error(m("セキュリティ対策実施計画（PLAN-SECPLAN）の番号が重複しています。報告書の実施状況はこの番号で対策を指します。",
                     "A measure ID of PLAN-SECPLAN is used twice; the reports refer to measures by it."),
                   example: "security_plan:\n  - { id: SP-01, … }\n  - { id: SP-01, … }",
                   fix: m("番号を一意にしてください。", "Make every ID unique."))
        case .securityPlanUnknownRequirement, .securityMeasuresUnknownRequirement:
            .error(m("対応する要件に、要件一覧にない要件番号が書かれています。", "A measure refers to a requirement ID the catalog does not have."),
                   example: "requirements: [REQ-TECH-10]",
                   fix: m("要件一覧（Templates/catalog/requirements.yaml）の番号にしてください。", "Use an ID of the requirement catalog."))
        case .trainingUnknownAudience:
            .error(m("研修の対象者が、PLAN-ORG・PLAN-SECORG の担当者の氏名でも役割の名称でもありません。",
                     "A training audience is neither a person nor a role of PLAN-ORG or PLAN-SECORG."),
                   example: "audiences: [運用担当者]  # 役割名は「運用担当」",
                   fix: m("担当者の氏名か役割の名称を、体制の記載どおりに書いてください。", "Write a person's name or a role's name as the organisation lists it."))
        case .trainingUncoveredPerson:
            .error(m("従事者がどの教育・研修の対象者にも含まれていません。別添１は従事者全員への教育・研修を求めています。",
                     "A person working on the service is in the audience of no training course; the attachment requires training for every person."),
                   example: "organization:\n  roles:\n    - { role: データセンター担当, members: [倉本 拓], … }\n# どの研修の audiences にもない",
                   fix: m("その人か、その人の役割を、いずれかの研修の audiences に加えてください。", "Add the person, or their role, to some course's audiences."))
        case .auditNoBody:
            .error(m("第三者監査に実施機関名（body）がありません。別添１は第三者が実施する場合の実施機関名を求めています。",
                     "A third-party audit does not name its auditing body; the attachment requires the body's name."),
                   example: "audits:\n  - { id: AU-02, kind: third_party, content: …, schedule: 毎年10月 }",
                   fix: m("body: に実施機関の名称を書いてください。", "Write the auditing body's name under body:."))
        case .certNone:
            .error(m("認証等の内容（PLAN-CERT）に、REQ-CERT が認める認証（ISO/IEC 27017、FedRAMP、SOC2、SOC3、CSゴールドマーク）がありません。",
                     "PLAN-CERT holds no certification that REQ-CERT accepts (ISO/IEC 27017, FedRAMP, SOC2, SOC3, CS Gold Mark)."),
                   example: "certifications:\n  - { scheme: iso27001, … }",
                   fix: m("認められる認証のいずれかを記載してください。", "List one of the accepted certifications."))
        case .certNotValid:
            .error(m("REQ-CERT の認証が計画書の提出日（最新版の日付）に有効ではありません。", "The REQ-CERT certification is not valid on the plan's submission date (its latest revision's date)."),
                   example: "  - { scheme: iso27017, valid_from: 2020-06-01, valid_until: 2023-05-31, … }  # 第3版 2025-06-10",
                   fix: m("更新後の認証の有効期間を記載し、計画書を改訂してください。", "Record the renewed certificate's validity and revise the plan."))
        case .certDates:
            .error(m("認証の有効期間の終了日が開始日より前です。", "A certificate's validity ends before it begins."),
                   example: "  - { valid_from: 2025-06-01, valid_until: 2025-05-31, … }",
                   fix: m("認証書のとおりの有効期間を書いてください。", "Write the validity as the certificate states it."))
        case .certNoName:
            .error(m("scheme: other の認証に名称（name）がありません。", "A certification of scheme other has no name."),
                   example: "  - { scheme: other, number: …, … }",
                   fix: m("name: に認証の名称を書いてください。", "Write the certification's name under name:."))
        case .certExpiresBeforeEnd:
            .warning(m("認証の有効期限が契約終了日より前です。更新したときは計画書の改訂が必要です。", "A certificate expires before the contract ends; revise the plan when it is renewed."),
                     example: "  - { valid_until: 2025-05-31, … }  # 契約終了 2026-03-31",
                     fix: m("更新の予定を確認し、更新後に計画書を改訂してください。", "Plan the renewal, and revise the plan once renewed."))
        case .requirementUnanswered:
            .error(m("情報セキュリティ要件への対応が書かれていません。要件対応表には要件一覧のすべての要件への回答が必要です。",
                     "A requirement of the catalog has no answer; the compliance table answers every requirement."),
                   example: "requirements:\n  REQ-SUPPLY-1: { answer: … }\n  # REQ-SUPPLY-2 がない",
                   fix: m("requirements: の下にその要件番号と answer: を加えてください。", "Add the requirement's ID with answer: under requirements:."))
        case .requirementUnknown:
            .error(m("要件一覧にない要件番号への対応が書かれています。", "An answer is given for an ID the catalog does not have."),
                   example: "requirements:\n  REQ-TECH-10: { answer: … }",
                   fix: m("要件番号の綴りを確認してください。", "Check the requirement ID's spelling."))
        case .requirementUnknownMeasure:
            .error(m("要件への対応の関連対策が、セキュリティ対策実施計画（PLAN-SECPLAN）にない番号です。",
                     "An answer refers to a measure PLAN-SECPLAN does not have."),
                   example: "REQ-TECH-6: { answer: …, measures: [SP-99] }",
                   fix: m("security_plan の番号にしてください。", "Use an ID of security_plan."))
        }
    }
}
