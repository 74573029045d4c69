import ArgumentParser
import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import TeishutsuKit

/// The real clock, read only here, at the edge: everything below takes "today" as a parameter.
enum Clock {
    static var now: Instant { Instant(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
    static var today: CivilDate { now.japanDate }
}
