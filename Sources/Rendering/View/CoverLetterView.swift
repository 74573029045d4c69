import DocumentModel
import JapaneseCalendar

/// The cover letter (鑑) a contract may ask for before each document: 文書番号, the date, 甲's
/// addressee, 乙, the subject (「…の提出について」), 記 with what is enclosed, and the person to
/// contact. Always in です・ます, as letters are.
enum CoverLetterView {
    static let item = ViewShape("LetterItem", values: ["number", "label", "text"])
    static let shape = ViewShape("CoverLetter", values: ["number", "date", "addressee", "sender_name", "sender_representative", "subject", "body",
                                                         "contact_department", "contact_name", "contact_phone", "contact_email"],
                                 flags: ["has_number", "has_seal", "has_contact_department", "has_contact_phone", "has_contact_email"],
                                 lists: ["items": item])

    static func build(_ letter: CoverLetterSettings, contract: Contract, date: CivilDate?, subject: String, enclosure: String, period: String?,
                      format: DocumentFormat, into o: inout ViewObject) {
        o["number"] = letter.number
        o.flag("has_number", letter.number != nil)
        o["date"] = format.date(date)
        o["addressee"] = DocumentHead.addressee(contract)
        o["sender_name"] = contract.contractor.name
        o["sender_representative"] = contract.contractor.representative
        o.flag("has_seal", letter.seal)
        o["subject"] = subject
        o["body"] = "「\(contract.title)」別添１に基づき、下記のとおり提出します。"
        var items: [(String, String)] = [("提出書類", enclosure + "　" + format.count(1, "部"))]
        if let period { items.append(("対象期間", period)) }
        o.list("items", Array(items.enumerated())) { entry, io in
            io["number"] = format.number(entry.offset + 1)
            io["label"] = entry.element.0
            io["text"] = entry.element.1
        }
        o["contact_department"] = letter.contactDepartment
        o.flag("has_contact_department", letter.contactDepartment != nil)
        o["contact_name"] = letter.contactName
        o["contact_phone"] = format.phone(letter.contactPhone)
        o.flag("has_contact_phone", letter.contactPhone != nil)
        o["contact_email"] = letter.contactEmail
        o.flag("has_contact_email", letter.contactEmail != nil)
    }
}

/// Text made safe for a CSS string (the running header of `@page`): everything but letters,
/// digits, spaces and non-ASCII characters as a hex escape, so that neither a quote nor
/// `</style>` can end it, and HTML escaping leaves it as it is.
enum CSSString {
    static func escape(_ text: String) -> String {
        // Into bytes, made a string once: appending scalar by scalar to a string cost more than
        // the rest of a report's header.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x80 && scalar.value != 0x2028 && scalar.value != 0x2029 && !(0x80...0x9F).contains(scalar.value) {
                UTF8.encode(scalar) { out.append($0) }
            } else if (0x30...0x39).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) || scalar == " " {
                out.append(UInt8(scalar.value))
            } else {
                out.append(0x5C)
                out += String(scalar.value, radix: 16).utf8
                out.append(0x20)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
