import DocumentModel

extension PlanRules {
    /// PLAN-CERT: a certification REQ-CERT accepts, valid on the submission date.
    mutating func checkCertifications() {
        guard usable(.certifications), !plan.certifications.isEmpty else { return }
        // The submission date is the latest revision's: unknown while the revision history has
        // an error (a revision whose date cannot be read would leave an earlier one's date).
        let submission = plan.revisionsPresence.readCleanly ? plan.currentRevision?.date.value : nil
        var validRequired = false
        var requiredButInvalid: [Plan.Certification] = []
        for cert in plan.certifications {
            if let from = cert.validFrom, let until = cert.validUntil, until.value < from.value {
                let (f, u) = (wording.date(from.value), wording.date(until.value))
                add(.error(.plan(.certDates),
                           Message(ja: "認証の有効期間の終了日 \(u.japanese) が開始日 \(f.japanese) より前です",
                                   en: "the certificate's validity ends (\(u.english)) before it begins (\(f.english))"),
                           expected: Message(ja: "\(f.japanese) 以降", en: "on or after \(f.english)"), at: until.span))
            }
            if cert.scheme.value == "other" && cert.name == nil {
                add(.error(.plan(.certNoName), Message(ja: "scheme: other の認証に名称（name）がありません", en: "a certification of scheme other has no name"),
                           expected: Message(ja: "name: 認証の名称", en: "name: the certification's name"), at: cert.scheme.span))
            }
            if cert.isAcceptedByREQCERT {
                if let submission, let from = cert.validFrom?.value, let until = cert.validUntil?.value, from <= submission && submission <= until {
                    validRequired = true
                } else {
                    requiredButInvalid.append(cert)
                }
            }
            if let until = cert.validUntil, let end = contract?.end?.value, until.value < end {
                let (u, e) = (wording.date(until.value), wording.date(end))
                add(.warning(.plan(.certExpiresBeforeEnd),
                             Message(ja: "認証（\(cert.displayName)）の有効期限 \(u.japanese) が契約終了日 \(e.japanese) より前です。更新後は計画書の改訂が必要です",
                                     en: "the certificate (\(cert.displayName)) expires on \(u.english), before the contract ends (\(e.english)); revise the plan when it is renewed"),
                             expected: Message(ja: "更新予定の確認", en: "a planned renewal"), at: until.span))
            }
        }
        guard !validRequired else { return }
        // A certification REQ-CERT accepts, whose validity cannot be judged without the date.
        if submission == nil, !requiredButInvalid.isEmpty { return }
        if let invalid = requiredButInvalid.first, let submission {
            let day = wording.date(submission)
            add(.error(.plan(.certNotValid),
                       Message(ja: "REQ-CERT の認証（\(invalid.displayName)）が提出日 \(day.japanese) に有効ではありません",
                               en: "the REQ-CERT certificate (\(invalid.displayName)) is not valid on the submission date \(day.english)"),
                       expected: Message(ja: "提出日を含む有効期間", en: "a validity period that includes the submission date"),
                       at: invalid.validUntil?.span ?? invalid.span))
        } else {
            let schemes = PlanSchema.certificationSchemes.filter { PlanSchema.requiredSchemes.contains($0.value) }.map(\.japanese).joined(separator: "、")
            add(.error(.plan(.certNone),
                       Message(ja: "PLAN-CERT に REQ-CERT の認証がありません", en: "PLAN-CERT holds no certification that REQ-CERT accepts"),
                       expected: Message(ja: "次のいずれか: " + schemes, en: "one of: ISO/IEC 27017, FedRAMP, SOC2, SOC3, CS Gold Mark"),
                       at: place(.certifications)))
        }
    }
}
