import DefaultTemplates
import DocumentModel
import JapaneseCalendar
import Foundation
import LibXML

/// One document the tool writes.
public protocol Document: Sendable {
    var kind: DocumentKind { get }
    /// The file name without its extension (`plan`, `report-2025-04`).
    var stem: String { get }
    /// The day the document speaks as of (a plan's revision date, a report's submission day),
    /// stamped into formats that carry a date (PDF).
    var date: CivilDate? { get }
    /// What the HTML template prints.
    func view() -> ViewNode
    /// What the XML holds, in the order of the XML type's schema.
    func xmlContent() -> ObjectValue
}

/// A document that can be sent again, corrected (a report, an incident report, the closing
/// record): it then says 訂正版 and which submission it corrects.
public protocol CorrectableDocument: Document {
    /// The days of the earlier submissions this one corrects, oldest first (none: the first).
    var corrects: [CivilDate] { get set }
    /// The day a correction is dated: the day it is sent again (nil: the document's own date).
    var issuedOn: CivilDate? { get set }
}
