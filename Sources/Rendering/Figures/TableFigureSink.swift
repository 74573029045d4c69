import DocumentModel
import JapaneseCalendar

/// The figures for people (`teishutsu sla --format table`): each level with its result, each
/// figure on a line with its name, and each record of a list on one line.
public struct TableFigureSink: FigureSink, Sendable {
    /// The table so far, as UTF-8 bytes (each line ends with a line break).
    public private(set) var bytes: [UInt8] = []
    private let language: Language
    private let wording: MessageWording
    private let workers: Int
    private var depth = 0
    /// Records written in the current list, to say "none" for an empty one.
    private var recordsInList: [Int] = []
    /// Inside a list, the fields of the current record, written so far (nil: not in a record).
    private var record: [UInt8]?
    private var inList = 0
    /// The Japanese dates of the instants written, by day: a month's thousands of records fall
    /// on a few dozen days, each put in words once.
    private var japaneseDates: [Int: String] = [:]

    /// - Parameter heading: a first line, followed by an empty one.
    public init(language: Language, digits: DigitStyle = .mixed, workers: Int = Parallel.cores, heading: String? = nil) {
        self.language = language
        self.wording = MessageWording(digits: digits)
        self.workers = workers
        if let heading { bytes = Array((heading + "\n\n").utf8) }
    }

    /// A sink that writes records of the list `sink` is in, to be joined after its bytes.
    private init(continuing sink: TableFigureSink) {
        language = sink.language
        wording = sink.wording
        workers = 1
        depth = sink.depth
        inList = sink.inList
        recordsInList = [0]
    }

    /// Two spaces a level below the top.
    private mutating func indent() {
        for _ in 0..<max(0, depth - 1) { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func line(_ parts: String...) {
        indent()
        for part in parts { bytes.append(contentsOf: part.utf8) }
        bytes.append(0x0A)
    }

    private func label(_ key: FigureKey) -> String { key.label.text(language) }

    public mutating func beginObject(_ key: FigureKey?) {
        if inList > 0 {
            record = []
            return
        }
        if let key { line(label(key)) }
        depth += 1
    }

    public mutating func endObject() {
        if inList > 0, let fields = record {
            indent()
            bytes.append(0x20); bytes.append(0x20)
            bytes.append(contentsOf: fields)
            bytes.append(0x0A)
            record = nil
            recordsInList[recordsInList.count - 1] += 1
            return
        }
        depth -= 1
    }

    public mutating func beginList(_ key: FigureKey) {
        line(label(key))
        inList += 1
        depth += 1
        recordsInList.append(0)
    }

    public mutating func endList() {
        if recordsInList.removeLast() == 0 {
            // The list's name is the last line: "none" goes on it.
            bytes.removeLast()
            bytes.append(contentsOf: (language == .ja ? "　なし" : ": none").utf8)
            bytes.append(0x0A)
        }
        inList -= 1
        depth -= 1
    }

    public mutating func field(_ key: FigureKey, _ value: FigureValue) {
        let text = format(value)
        if var fields = record {
            record = nil
            // In a record, the ID stands alone; other fields say what they are.
            if !fields.isEmpty { fields.append(contentsOf: [0x20, 0x20]) }
            if key.name != "id" {
                fields.append(contentsOf: label(key).utf8)
                fields.append(0x20)
            }
            fields.append(contentsOf: text.utf8)
            record = fields
            return
        }
        let name = label(key)
        line(name, String(repeating: " ", count: max(1, 28 - DisplayWidth.of(name))), text)
    }

    public mutating func texts(_ key: FigureKey, _ values: [String]) {
        let name = label(key)
        line(name, String(repeating: " ", count: max(1, 28 - DisplayWidth.of(name))),
             values.isEmpty ? (language == .ja ? "なし" : "none") : values.joined(separator: ", "))
    }

    /// Many records are written on several cores, in batches, and joined in order.
    public mutating func records(_ key: FigureKey, count: Int, _ write: @Sendable (Int, inout TableFigureSink) -> Void) {
        guard RecordBatches.worthSplitting(count, workers: workers) else { return recordsInOrder(key, count: count, write) }
        beginList(key)
        let batch = RecordBatches.size
        let start = TableFigureSink(continuing: self)
        let pieces = Parallel.map((count + batch - 1) / batch, workers: workers) { piece -> [UInt8] in
            var part = start
            for index in piece * batch..<min(count, (piece + 1) * batch) { write(index, &part) }
            return part.bytes
        }
        for piece in pieces { bytes.append(contentsOf: piece) }
        recordsInList[recordsInList.count - 1] += count
        endList()
    }

    /// An instant in the table's language, as ``MessageWording/time(_:)`` words it (令和７年８月19日
    /// 2:10 / 2025-08-19 02:10), each day's Japanese date made once.
    private mutating func time(_ instant: Instant) -> String {
        guard language == .ja else { return instant.japanText }
        let date = instant.japanDate
        let day = japaneseDates[date.dayNumber] ?? wording.date(date).japanese
        japaneseDates[date.dayNumber] = day
        return day + " " + MessageWording.clock(instant)
    }

    private mutating func format(_ value: FigureValue) -> String {
        let ja = language == .ja
        switch value {
        case .int(let n): return Digits.grouped(n)
        case .minutes(let n): return Digits.grouped(n) + (ja ? "分" : " min")
        case .decimal(let d): return d.description
        case .percent(let h?): return JSONFigureSink.hundredths(h) + (ja ? "％" : "%")
        case .percent(nil): return "—"
        case .bool(let b): return ja ? (b ? "はい" : "いいえ") : (b ? "yes" : "no")
        case .met(let b): return ja ? (b ? "達成" : "未達") : (b ? "met" : "MISSED")
        case .metIfCounted(let b, let counted):
            guard counted else { return ja ? "対象外" : "not counted" }
            return ja ? (b ? "達成" : "未達") : (b ? "met" : "MISSED")
        case .text(let t): return t
        case .time(let i): return time(i)
        case .month(let month): return wording.month(month).text(language)
        case .fiscalYear(let year):
            return ja ? ((try? FiscalYear(startYear: year).name(digits: wording.digits)) ?? "\(year)年度") : "FY\(year)"
        case .choice(_, let label): return label.text(language)
        }
    }
}
