import DocumentModel
import Foundation
import ServiceLevels

/// Row-level rules of the logs: unique IDs, times in order, recovered incidents explained,
/// answers complete; and records of one ID that disagree across the folder.
public enum LogRules {
    public static func check(_ report: Report) -> [Diagnostic] {
        check(incidents: report.incidents, maintenance: report.maintenance, inquiries: report.inquiries)
    }

    /// The row rules of these records. A log of many bad rows gets its first thousand problems
    /// and a count of the rest, not one diagnostic per row.
    /// - Parameter workers: with two or more, the incidents and maintenance windows are checked
    ///   while the inquiries are; the problems are the same, in the same order, as on one core.
    public static func check(incidents: [Incident], maintenance: [MaintenanceWindow], inquiries: [Inquiry], workers: Int = 1) -> [Diagnostic] {
        let halves = Parallel.map(2, workers: workers) { half -> Findings in
            half == 0 ? check(incidents: incidents, maintenance: maintenance) : check(inquiries: inquiries)
        }
        return Findings.merged(halves[0], halves[1])
    }

    /// The problems of one half of the logs (the incidents and maintenance windows, or the
    /// inquiries): its duplicate IDs, then its row problems. Each half can be checked on its
    /// own core as soon as its logs are read.
    public struct Findings: Sendable {
        var ids = ProblemList(), rows = ProblemList()

        public init() {}

        /// Whether these findings hold an error of the logs themselves (LOG-…), as `sla` reads
        /// them: a row the figures cannot be computed from.
        public var hasLogErrors: Bool {
            (ids.diagnostics + rows.diagnostics).filter { $0.code.area == .log }.hasErrors
        }

        /// The order of one pass: every duplicate ID (incidents, maintenance, inquiries), then the rows.
        public static func merged(_ incidentHalf: Findings, _ inquiryHalf: Findings) -> [Diagnostic] {
            var problems = ProblemList()
            problems.append(incidentHalf.ids)
            problems.append(inquiryHalf.ids)
            problems.append(incidentHalf.rows)
            problems.append(inquiryHalf.rows)
            return problems.diagnostics
        }
    }

    public static func check(incidents: [Incident], maintenance: [MaintenanceWindow]) -> Findings {
        var findings = Findings()
        duplicates(incidents.count, id: { incidents[$0].id }, span: { incidents[$0].span(.id) }, what: Message(ja: "障害", en: "incident"), into: &findings.ids)
        duplicates(maintenance.count, id: { maintenance[$0].id }, span: { maintenance[$0].span(.id) }, what: Message(ja: "計画停止", en: "maintenance"),
                   into: &findings.ids)
        check(incidents, into: &findings.rows)
        check(maintenance, into: &findings.rows)
        return findings
    }

    public static func check(inquiries: [Inquiry]) -> Findings {
        var findings = Findings()
        duplicates(inquiries.count, id: { inquiries[$0].id }, span: { inquiries[$0].span(.id) }, what: Message(ja: "問合せ", en: "inquiry"), into: &findings.ids)
        check(inquiries, into: &findings.rows)
        return findings
    }

    /// Where each ID is first used, by row; a span is made only for a duplicate.
    private static func duplicates(_ count: Int, id: (Int) -> String, span: (Int) -> SourceSpan, what: Message, into problems: inout ProblemList) {
        var first = FirstUse(capacity: count)
        for k in 0..<count {
            let key = id(k)
            if let earlier = first.insert(k, key: key, id: id) {
                problems.recordError(.error(
                    .log(.duplicateID),
                    Message(ja: "\(what.japanese)の番号「\(key)」が重複しています", en: "the \(what.english) ID '\(key)' is used twice"),
                    expected: Message(ja: "一意の番号", en: "a unique ID"), at: span(k),
                    notes: [.init(Message(ja: "最初の使用", en: "first use"), at: span(earlier))]))
            }
        }
    }

    /// Where each ID was first used: an open-addressing table of row numbers under a cheap hash
    /// of the ID's bytes (FNV-1a). A log's IDs are short and many (100,000); a `Dictionary`
    /// of strings spends most of its time seeding and running its keyed hash. FNV-1a is not
    /// made to resist chosen keys: when a lookup probes past `probeLimit` slots (IDs written to
    /// collide), the table becomes a `Dictionary` (seeded afresh in each process), so that no
    /// log can make the check quadratic.
    struct FirstUse {
        private var slots: [UInt64]
        private let mask: Int
        private let probeLimit: Int
        private var fallback: [String: Int]?

        init(capacity: Int, probeLimit: Int = 64) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            // Zeros in room reserved with huge pages when large (a month's table is megabytes).
            slots = []
            LargeBuffers.reserve(&slots, capacity: size)
            slots.append(contentsOf: repeatElement(0, count: size))
            mask = size - 1
            self.probeLimit = probeLimit
        }

        /// Records row `k` under `key` (its ID) and returns nil, or returns the row that has it already.
        /// A slot holds the row (plus one; zero is empty) and the top half of its ID's hash: IDs
        /// are compared only when those agree, not for every slot passed (the rows are many and
        /// scattered in memory: each comparison a cache miss).
        mutating func insert(_ k: Int, key: String, id: (Int) -> String) -> Int? {
            if fallback != nil { return insertInFallback(k, key: key) }
            let hash = Self.hash(key)
            let tag = hash >> 32
            var slot = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & UInt64(mask))
            for _ in 0...probeLimit {
                let held = slots[slot]
                if held == 0 {
                    slots[slot] = tag << 32 | UInt64(k + 1)
                    return nil
                }
                let row = Int(held & 0xFFFF_FFFF) - 1
                if held >> 32 == tag, id(row) == key { return row }
                slot = (slot + 1) & mask
            }
            // Every ID in the table is there once, as its first use.
            var table: [String: Int] = [:]
            for held in slots where held != 0 { table[id(Int(held & 0xFFFF_FFFF) - 1)] = Int(held & 0xFFFF_FFFF) - 1 }
            fallback = table
            slots = []
            return insertInFallback(k, key: key)
        }

        /// FNV-1a of the ID's bytes in composed form (NFC), so that IDs that are the same
        /// string to `==` (`é` as one character or as `e` and an accent, the Kelvin sign and
        /// `K`) hash alike, as in a `Dictionary`. An ASCII ID is its own composed form.
        static func hash(_ key: String) -> UInt64 {
            var key = key
            let (ascii, asciiHash) = key.withUTF8 { bytes -> (Bool, UInt64) in
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                var high: UInt8 = 0
                for byte in bytes {
                    hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                    high |= byte
                }
                return (high < 0x80, hash)
            }
            guard !ascii else { return asciiHash }
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in key.precomposedStringWithCanonicalMapping.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return hash
        }

        private mutating func insertInFallback(_ k: Int, key: String) -> Int? {
            if let earlier = fallback?[key] { return earlier }
            fallback?[key] = k
            return nil
        }
    }

    private static func check(_ incidents: [Incident], into problems: inout ProblemList) {
        let required: [(Incident.Field, DiagnosticCode, String, String)] = [
            (.response, .report(.incidentNoResponse), "対応", "response"),
            (.countermeasure, .report(.incidentNoCountermeasure), "恒久対策", "countermeasure"),
        ]
        for incident in incidents {
            guard let recovered = incident.recoveredAt else { continue }
            if incident.isOutOfOrder {
                problems.recordError(LogOrder.diagnostic(.incidents, id: incident.id, first: incident.occurredAt, second: recovered, at: incident.span(.recoveredAt)))
            }
            for (field, code, ja, en) in required where !incident.has(field) {
                problems.recordError(.error(
                    code,
                    Message(ja: "復旧した障害 \(incident.id) に\(ja)（\(field.rawValue)）がありません", en: "the recovered incident \(incident.id) has no \(en) (\(field.rawValue))"),
                    expected: Message(ja: "\(field.rawValue): \(ja)の内容", en: "\(field.rawValue): what was done"), at: incident.span(field)))
            }
        }
    }

    private static func check(_ maintenance: [MaintenanceWindow], into problems: inout ProblemList) {
        for window in maintenance where window.isOutOfOrder {
            problems.recordError(LogOrder.diagnostic(.maintenance, id: window.id, first: window.start, second: window.end, at: window.span(.end)))
        }
    }

    private static func check(_ inquiries: [Inquiry], into problems: inout ProblemList) {
        let required: [(Inquiry.Field, String, String)] = [(.answeredBy, "回答者", "who answered"), (.answer, "回答内容", "the answer")]
        for inquiry in inquiries {
            guard let answered = inquiry.answeredAt else { continue }
            if inquiry.isOutOfOrder {
                problems.recordError(LogOrder.diagnostic(.inquiries, id: inquiry.id, first: inquiry.askedAt, second: answered, at: inquiry.span(.answeredAt)))
            }
            for (field, ja, en) in required where !inquiry.has(field) {
                problems.recordError(.error(
                    .report(.inquiryNoAnswer),
                    Message(ja: "回答済みの問合せ \(inquiry.id) に\(ja)（\(field.rawValue)）がありません", en: "the answered inquiry \(inquiry.id) does not say \(en) (\(field.rawValue))"),
                    expected: Message(ja: "\(field.rawValue): \(ja)", en: "\(field.rawValue): \(en)"), at: inquiry.span(field)))
            }
        }
    }

    /// Records of one ID with different times, across the folder's logs. Two in one file are
    /// that file's duplicate ID (LOG-duplicate-id), said once there.
    public static func check(_ logs: FolderLogs) -> [Diagnostic] {
        logs.conflicts.filter { $0.span.file != $0.other.file }.map { conflict in
            let what = conflict.kind == .incidents ? Message(ja: "障害", en: "incident")
                : conflict.kind == .maintenance ? Message(ja: "計画停止", en: "maintenance window") : Message(ja: "問合せ", en: "inquiry")
            return .error(
                .log(.conflict),
                Message(ja: "\(what.japanese) \(conflict.id) が別の内容で2回記録されています", en: "the \(what.english) \(conflict.id) is recorded twice with different times"),
                expected: Message(ja: "同じ番号には同じ日時（別の記録なら別の番号）", en: "the same times for the same ID (another ID for another record)"), at: conflict.span,
                notes: [.init(Message(ja: "もう一方の記録", en: "the other record"), at: conflict.other)])
        }
    }
}
