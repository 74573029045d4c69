import DocumentModel
import JapaneseCalendar

/// The figures for people (`teishutsu sla --format table`): each level with its result, each
/// figure on a line with its name, and each record of a list on one line.
public struct TableFigureSink: FigureSink {
    public private(set) var lines: [String] = []
    private let language: Language
    private let wording: MessageWording
    private var depth = 0
    /// Records written in the current list, to say "none" for an empty one.
    private var recordsInList: [Int] = []
    /// Inside a list, the fields of the current record.
    private var record: [String]?
    private var inList = 0

    public init(language: Language, digits: DigitStyle = .mixed) {
        self.language = language
        self.wording = MessageWording(digits: digits)
    }

    private func indent() -> String { String(repeating: "  ", count: max(0, depth - 1)) }

    private func label(_ key: FigureKey) -> String { key.label.text(language) }

    public mutating func beginObject(_ key: FigureKey?) {
        if inList > 0 {
            record = []
            return
        }
        if let key { lines.append(indent() + label(key)) }
        depth += 1
    }

    public mutating func endObject() {
        if inList > 0, let fields = record {
            lines.append(indent() + "  " + fields.joined(separator: "  "))
            record = nil
            recordsInList[recordsInList.count - 1] += 1
            return
        }
        depth -= 1
    }

    public mutating func beginList(_ key: FigureKey) {
        lines.append(indent() + label(key))
        inList += 1
        depth += 1
        recordsInList.append(0)
    }

    public mutating func endList() {
        if recordsInList.removeLast() == 0 { lines[lines.count - 1] += language == .ja ? "　なし" : ": none" }
        inList -= 1
        depth -= 1
    }

    public mutating func field(_ key: FigureKey, _ value: FigureValue) {
        let text = format(value)
        if record != nil {
            // In a record, the ID stands alone; other fields say what they are.
            let item = key.name == "id" ? text : label(key) + " " + text
            record?.append(item)
            return
        }
        let name = label(key)
        let pad = String(repeating: " ", count: max(1, 28 - DisplayWidth.of(name)))
        lines.append(indent() + name + pad + text)
    }

    public mutating func texts(_ key: FigureKey, _ values: [String]) {
        let name = label(key)
        let pad = String(repeating: " ", count: max(1, 28 - DisplayWidth.of(name)))
        lines.append(indent() + name + pad + (values.isEmpty ? (language == .ja ? "なし" : "none") : values.joined(separator: ", ")))
    }

    private func format(_ value: FigureValue) -> String {
        let ja = language == .ja
        switch value {
        case .int(let n): return Digits.grouped(n)
        case .minutes(let n): return Digits.grouped(n) + (ja ? "分" : " min")
        case .decimal(let d): return d.description
        case .percent(let h?): return JSONFigureSink.hundredths(h) + (ja ? "％" : "%")
        case .percent(nil): return "—"
        case .bool(let b): return ja ? (b ? "はい" : "いいえ") : (b ? "yes" : "no")
        case .met(let b): return ja ? (b ? "達成" : "未達") : (b ? "met" : "MISSED")
        case .text(let t): return t
        case .time(let i): return wording.time(i).text(language)
        case .month(let month): return wording.month(month).text(language)
        case .fiscalYear(let year):
            return ja ? ((try? FiscalYear(startYear: year).name(digits: wording.digits)) ?? "\(year)年度") : "FY\(year)"
        case .choice(_, let label): return label.text(language)
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
