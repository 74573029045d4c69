import DocumentModel
import JapaneseCalendar
import Loading
import Validation

public enum ContractCalendar {
    /// The closed-day calendar of a contract.yaml (only its `calendar` section has to be right).
    public static func load(_ path: String) -> (ClosedDayCalendar?, [Diagnostic], SourceTexts) {
        let (contract, diagnostics, sources) = ContractSections.load(path, sections: ["calendar"])
        return (contract?.calendar, diagnostics, sources)
    }
}
