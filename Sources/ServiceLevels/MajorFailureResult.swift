import DocumentModel
import JapaneseCalendar

/// SLA-MAJOR: major failures from the start of the fiscal year to the end of the month.
public struct MajorFailureResult: Sendable {
    public let fiscalYear: FiscalYear
    public let incidents: [Incident]
    public let target: Int
    public var count: Int { incidents.count }
    public var met: Bool { count <= target }
}
