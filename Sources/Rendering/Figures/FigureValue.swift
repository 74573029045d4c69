import DocumentModel
import JapaneseCalendar

/// One figure's value.
public enum FigureValue: Sendable {
    case int(Int)
    /// Minutes, an integer that people read with its unit.
    case minutes(Int)
    /// An exact decimal (a target percentage).
    case decimal(ExactDecimal)
    /// A percentage in hundredths, cut; nil when it cannot be computed (nothing was planned).
    case percent(Int?)
    case bool(Bool)
    /// Met or missed.
    case met(Bool)
    /// Met or missed, of a record the level may leave out (an inquiry of others): data says
    /// met as for any; people read 対象外 for one not counted.
    case metIfCounted(Bool, counted: Bool)
    case text(String)
    case time(Instant)
    /// A fiscal year by the year it begins in (2023 = 令和5年度).
    case fiscalYear(Int)
    /// A month (2025-08 in data, 令和７年８月 for people).
    case month(YearMonth)
    /// A value of a fixed set (`stop`), with how people read it.
    case choice(String, Message)
}
