import DocumentModel

extension PlanRules {
    /// PLAN-CONTACT: emergency contacts with their hours and a phone or e-mail; every contact with a means.
    mutating func checkContacts() {
        guard let contact = plan.contact, contact.readCleanly else { return }
        if contact.emergency.isEmpty {
            add(.error(.plan(.contactNoEmergency),
                       Message(ja: "PLAN-CONTACT に緊急時の連絡先（emergency）がありません", en: "PLAN-CONTACT has no emergency contact (emergency)"),
                       expected: Message(ja: "emergency: 緊急時の連絡先と対応時間", en: "emergency: contacts with their hours"),
                       at: contact.emergencyKey ?? place(.contact)))
        }
        for person in contact.emergency where person.hours == nil {
            add(.error(.plan(.contactNoHours),
                       Message(ja: "緊急時の連絡先「\(person.name.value)」に対応時間（hours）がありません", en: "the emergency contact '\(person.name.value)' has no hours"),
                       expected: Message(ja: "hours: 例 24時間365日", en: "hours: e.g. 24時間365日"), at: person.span))
        }
        for person in contact.normal where person.phone == nil && person.email == nil && person.means == nil {
            add(.error(.plan(.contactNoMeans),
                       Message(ja: "連絡先「\(person.name.value)」に連絡手段（phone、email または means）がありません",
                               en: "the contact '\(person.name.value)' has no means of contact (phone, email or means)"),
                       expected: Message(ja: "phone、email または means", en: "phone, email or means"), at: person.span))
        }
        // In an emergency 甲 must be able to reach the contact: a number or an address, not only
        // a description of the means ("電話で第一報").
        // A number has digits (at least four: not なし, -, TEL or 0); an address has an @.
        func reachable(_ person: Plan.Contact) -> Bool {
            let digits = person.phone?.value.unicodeScalars.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count ?? 0
            return digits >= 4 || (person.email?.value.contains("@") ?? false)
        }
        for person in contact.emergency where !reachable(person) {
            add(.error(.plan(.contactNoMeans),
                       Message(ja: "緊急時の連絡先「\(person.name.value)」に電話番号（phone、数字で）もメールアドレス（email）もありません",
                               en: "the emergency contact '\(person.name.value)' has neither a phone number (phone, with its digits) nor an e-mail address (email)"),
                       expected: Message(ja: "phone または email", en: "phone or email"), at: person.span))
        }
    }
}
