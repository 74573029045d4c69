import DocumentModel
import JapaneseCalendar

/// What every document prints the same way: 甲's addressee, 乙 and its representative, the
/// service and the contract, the page numbers in the contract's digit style, and the cover
/// letter (鑑) when the contract asks for one.
enum DocumentHead {
    /// 甲's addressee: its representative (or its name) with 様.
    static func addressee(_ contract: Contract) -> String {
        (contract.client.representative ?? contract.client.name) + "　様"
    }

    /// The parties, the service, the contract and the page numbering.
    static func fill(_ view: inout ViewObject, contract: Contract, format: DocumentFormat) {
        view["page_numbers"] = format.pageCounterStyle
        view["addressee"] = addressee(contract)
        view["contractor_name"] = contract.contractor.name
        view["contractor_representative"] = contract.contractor.representative
        view["service_name"] = contract.serviceName
        view["contract_title"] = contract.title
        view["generator"] = "teishutsu"
    }

    /// The cover letter, when the contract asks for one: dated `date`, about `subject`, enclosing `enclosure`.
    static func coverLetter(_ view: inout ViewObject, contract: Contract, date: CivilDate?, subject: String, enclosure: String,
                            period: String? = nil, format: DocumentFormat) {
        view.flag("has_cover_letter", contract.coverLetter != nil)
        guard let letter = contract.coverLetter else { return }
        view.object("cover_letter") { o in
            CoverLetterView.build(letter, contract: contract, date: date, subject: subject, enclosure: enclosure, period: period,
                                  format: format, into: &o)
        }
    }
}
