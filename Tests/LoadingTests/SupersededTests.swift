import DocumentModel
import JapaneseCalendar
import Testing
@testable import Loading

/// The earlier submissions a resubmission moved aside (`submitted/superseded/STEM-DATE/`) are
/// read from their folders' names: which document, and the day each was sent.
@Suite struct SupersededTests {
    @Test func theFoldersNameTheDocumentAndTheDay() {
        let days = ContractFolder.supersededDays([
            "report-2025-08-2025-10-01", "report-2025-08-2025-09-09", "incident-INC-2025-004-2025-08-26", "closing-2026-04-20",
            // Not a folder submit makes: passed over.
            "report-2025-08-unknown", "report-2025-08", "notes-2025-09-09", ".DS_Store", "report-2025-08-2025-02-30", "-2025-09-09",
        ])
        #expect(days == [
            .report(YearMonth(year: 2025, month: 8)): [CivilDate(year: 2025, month: 9, day: 9)!, CivilDate(year: 2025, month: 10, day: 1)!],
            .incident("INC-2025-004"): [CivilDate(year: 2025, month: 8, day: 26)!],
            .closing: [CivilDate(year: 2026, month: 4, day: 20)!],
        ])
    }
}
