import DocumentModel
import JapaneseCalendar

/// The figures as JSON, written into a byte buffer and handed on in pieces of about a
/// megabyte (a month may hold 100,000 records): the stable interface of `teishutsu sla`.
/// Pretty, the figures are indented one per line and each record of a list (an outage, a
/// failure, an inquiry) is one line: a quarter smaller than a key per line, and greppable.
public struct JSONFigureSink: FigureSink {
    private let out: ByteWriter
    /// A time's ISO form is written here first (Instant writes into an array).
    private var scratch: [UInt8] = []
    private var depth = 0
    /// Per open container, one bit each (bit `depth` for the innermost, bit 0 for the
    /// document): whether it has an item yet, whether it is a list, and whether it is written
    /// on one line (a record in a list, and everything in it: one record per line). The
    /// figures nest four deep.
    private var hasItem: UInt64 = 0
    private var isList: UInt64 = 0
    private var oneLine: UInt64 = 0
    private let pretty: Bool
    /// Past this many bytes the buffer is handed on (a sink that keeps what it writes never does).
    private let flushAt: Int
    private let sink: ([UInt8]) -> Void
    /// The cores a long list's records are written on.
    private let workers: Int

    public init(pretty: Bool = true, workers: Int = Parallel.cores, sink: @escaping ([UInt8]) -> Void) {
        self.pretty = pretty
        self.workers = workers
        self.sink = sink
        flushAt = 1 << 20
        out = ByteWriter(capacity: flushAt + 4096)
    }

    /// Where the writing stands inside a list: enough to go on writing its records elsewhere.
    private struct Position: Sendable {
        let pretty: Bool
        let depth: Int
        let hasItem: UInt64, isList: UInt64, oneLine: UInt64
    }

    /// A sink that goes on from `position`, keeping what it writes (handed on by the caller).
    private init(continuing position: Position, capacity: Int) {
        pretty = position.pretty
        depth = position.depth
        hasItem = position.hasItem
        isList = position.isList
        oneLine = position.oneLine
        sink = { _ in }
        workers = 1
        flushAt = Int.max
        out = ByteWriter(capacity: capacity)
    }

    /// Records in rounds of a batch per core, each batch written on its own core into its own
    /// buffer, the buffers handed on in order: the same bytes as one by one, and at most a round
    /// of them in memory (a month's inquiries are 25 megabytes of JSON).
    public mutating func records(_ key: FigureKey, count: Int, _ write: @Sendable (Int, inout JSONFigureSink) -> Void) {
        guard RecordBatches.worthSplitting(count, workers: workers) else { return recordsInOrder(key, count: count, write) }
        beginList(key)
        let batch = RecordBatches.size
        flush()
        var start = 0
        while start < count {
            // Only the first record of the list comes without a comma before it.
            let position = Position(pretty: pretty, depth: depth, hasItem: hasItem, isList: isList, oneLine: oneLine)
            let roundStart = start, bit = UInt64(1) << depth
            let pieces = Parallel.map(min(workers, (count - roundStart + batch - 1) / batch), workers: workers) { piece -> [UInt8] in
                let lower = roundStart + piece * batch, upper = min(count, lower + batch)
                var part = JSONFigureSink(continuing: position, capacity: (upper - lower) * 256)
                if piece > 0 { part.hasItem |= bit }
                for index in lower..<upper { write(index, &part) }
                return part.out.bytes
            }
            for piece in pieces { sink(piece) }
            start = min(count, roundStart + pieces.count * batch)
            hasItem |= bit
        }
        endList()
    }

    /// Ends the document with a line break and hands the rest on.
    public mutating func finish() {
        out.append(0x0A)
        flush()
    }

    private mutating func flush() {
        guard !out.isEmpty else { return }
        sink(out.bytes)
        out.removeAll()
    }

    private mutating func newline() {
        guard pretty else { return }
        let start = out.claim(1 + 2 * depth)
        var at = start
        Self.lineBreak(at: &at, depth: depth)
        out.commit(at - start)
    }

    /// A line break and the indent of `depth`, written at `at` (room claimed by the caller).
    private static func lineBreak(at: inout UnsafeMutablePointer<UInt8>, depth: Int) {
        at.pointee = 0x0A
        at += 1
        for _ in 0..<depth {
            at[0] = 0x20
            at[1] = 0x20
            at += 2
        }
    }

    /// A comma when needed, the line break (or a space, on one line) and the key.
    /// (The key's name alone is passed: a `FigureKey` holds strings, counted each time it is copied.
    /// Written through one claim of room: it is called for every field of every record.)
    private mutating func prefix(_ name: StaticString?) {
        let bit = UInt64(1) << depth
        let onOneLine = oneLine & bit != 0, comma = hasItem & bit != 0
        hasItem |= bit
        let lineBreak = pretty && depth > 0 && !onOneLine
        let nameCount = name?.utf8CodeUnitCount ?? 0
        // At most a comma and a space, a line break and its indent, the quoted name, a colon and a space.
        let start = out.claim(2 + (lineBreak ? 1 + 2 * depth : 0) + (name == nil ? 0 : nameCount + 4))
        var at = start
        if comma {
            at.pointee = 0x2C
            at += 1
            if onOneLine && pretty {
                at.pointee = 0x20
                at += 1
            }
        }
        if lineBreak { Self.lineBreak(at: &at, depth: depth) }
        if let name {
            at.pointee = 0x22
            ByteWriter.copy(name.utf8Start, nameCount, to: at + 1)
            at += 1 + nameCount
            at[0] = 0x22
            at[1] = 0x3A
            at += 2
            if pretty {
                at.pointee = 0x20
                at += 1
            }
        }
        out.commit(at - start)
    }

    private mutating func open(_ bracket: UInt8, _ name: StaticString?) {
        if out.count >= flushAt { flush() }
        prefix(name)
        out.append(bracket)
        let parent = UInt64(1) << depth
        depth += 1
        precondition(depth < 64, "the figures nest a few levels deep")
        let bit = UInt64(1) << depth
        let parentOnOneLine = oneLine & parent != 0, parentIsList = isList & parent != 0
        if parentOnOneLine || (parentIsList && bracket == 0x7B) { oneLine |= bit } else { oneLine &= ~bit }
        if bracket == 0x5B { isList |= bit } else { isList &= ~bit }
        hasItem &= ~bit
    }

    private mutating func close(_ bracket: UInt8) {
        let bit = UInt64(1) << depth
        depth -= 1
        if hasItem & bit != 0 && oneLine & bit == 0 { newline() }
        out.append(bracket)
    }

    public mutating func beginObject(_ key: FigureKey?) { open(0x7B, key?.staticName) }
    public mutating func endObject() { close(0x7D) }
    public mutating func beginList(_ key: FigureKey) { open(0x5B, key.staticName) }
    public mutating func endList() { close(0x5D) }

    public mutating func field(_ key: FigureKey, _ value: FigureValue) {
        prefix(key.staticName)
        switch value {
        case .int(let n), .minutes(let n): Self.integer(n, into: out)
        case .decimal(let d): Self.string(d.description, into: out)
        case .percent(let h?): Self.string(Self.hundredths(h), into: out)
        case .percent(nil): out.append("null")
        case .bool(let b), .met(let b), .metIfCounted(let b, _): out.append(b ? "true" : "false")
        case .text(let t): Self.string(t, into: out)
        case .time(let instant):
            scratch.removeAll(keepingCapacity: true)
            instant.writeISO(into: &scratch, quoted: true)
            out.append(scratch)
        case .fiscalYear(let year): Self.integer(year, into: out)
        case .month(let month): Self.string(month.description, into: out)
        case .choice(let raw, _): Self.string(raw, into: out)
        }
    }

    public mutating func texts(_ key: FigureKey, _ values: [String]) {
        beginList(key)
        for value in values {
            prefix(nil)
            Self.string(value, into: out)
        }
        endList()
    }

    /// `99.78` from 9978.
    static func hundredths(_ h: Int) -> String {
        "\(h / 100)." + Digits.two(h % 100)
    }

    static func integer(_ n: Int, into out: ByteWriter) {
        if n >= 0 && n < 10 { out.append(0x30 + UInt8(n)); return }
        // The digits from the last, written back to front at the end of a small buffer, then
        // copied in one go.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var value = n.magnitude
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            while value > 0 {
                start -= 1
                buffer[start] = UInt8(value % 10) + 0x30
                value /= 10
            }
            if n < 0 {
                start -= 1
                buffer[start] = 0x2D
            }
            out.append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped (U+2028 and U+2029 too).
    static func string(_ s: String, into out: ByteWriter) {
        out.append(0x22)
        var text = s
        text.withUTF8 { bytes in
            // Most strings (IDs, times) need nothing escaped: copied in one go.
            if !bytes.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
                out.append(bytes)
                return
            }
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case 0x22: out.append(0x5C, 0x22)
                case 0x5C: out.append(0x5C, 0x5C)
                case 0x0A: out.append(0x5C, 0x6E)
                case 0x0D: out.append(0x5C, 0x72)
                case 0x09: out.append(0x5C, 0x74)
                case 0..<0x20:
                    out.append("\\u00")
                    out.append(Self.hex[Int(b >> 4)])
                    out.append(Self.hex[Int(b & 0xF)])
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    out.append(bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)
}
