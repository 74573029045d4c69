import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering
import ServiceLevels
import Validation

/// The result of one validation or build.
public struct RunReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var sources = SourceTexts()
    /// Output files written (paths as printed), and those already up to date.
    public var written: [String] = []
    public var unchanged: [String] = []
    /// Outputs of an earlier build that this one no longer makes, removed.
    public var removed: [String] = []
    public var outputFolder: String?
    /// Reports of months that had not begun on the day judged: not checked, not built.
    public var notYetBegun: [String] = []
    /// The report of the month still running, still a draft: not checked for its gaps nor built yet.
    public var monthRunning: [String] = []
    /// Incident reports, requests and the closing record dated after the day judged: not
    /// checked, not built (a record written ahead, or a date mistyped).
    public var datedLater: [String] = []
    /// The day judged, as the folder's messages give dates (令和７年９月１日 / 2025-09-01).
    public var dayJudged: Message?
    /// How many documents were rendered.
    public var documents = 0

    public init() {}

    public var hasErrors: Bool { diagnostics.hasErrors }
}
