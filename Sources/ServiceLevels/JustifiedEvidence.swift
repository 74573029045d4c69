import DocumentModel
import JapaneseCalendar

public struct JustifiedEvidence: Sendable {
    public let window: MaintenanceWindow
    public let windowMinutes: Int
}
