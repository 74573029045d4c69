import JapaneseCalendar

/// A document that can be submitted, and how its files in `submitted/` are named.
public enum SubmittedDocument: Hashable, Sendable, Comparable {
    case plan(revision: Int)
    case report(YearMonth)
    case incident(String)
    case closing

    /// The file name without its extension (`plan-r3`, `report-2025-08`).
    public var stem: String {
        switch self {
        case .plan(let n): "plan-r\(n)"
        case .report(let month): "report-\(month)"
        case .incident(let id): "incident-\(id)"
        case .closing: "closing"
        }
    }

    /// The record's `document` and `subject`.
    public var kind: String {
        switch self {
        case .plan: "plan"
        case .report: "report"
        case .incident: "incident"
        case .closing: "closing"
        }
    }

    public var subject: String {
        switch self {
        case .plan(let n): String(n)
        case .report(let month): month.description
        case .incident(let id): id
        case .closing: "closing"
        }
    }

    /// The document a `submitted/` file stem names (`report-2025-08`, `plan-r3`, `incident-INC-1`, `closing`).
    public init?(stem: String) {
        if stem == "closing" { self = .closing; return }
        if stem.hasPrefix("plan-r"), let n = Int(stem.dropFirst("plan-r".count)), n > 0 { self = .plan(revision: n); return }
        if stem.hasPrefix("report-"), let month = YearMonth(String(stem.dropFirst("report-".count))) { self = .report(month); return }
        if stem.hasPrefix("incident-"), stem.count > "incident-".count { self = .incident(String(stem.dropFirst("incident-".count))); return }
        return nil
    }

    public init?(kind: String, subject: String) {
        switch kind {
        case "plan": guard let n = Int(subject) else { return nil }; self = .plan(revision: n)
        case "report": guard let m = YearMonth(subject) else { return nil }; self = .report(m)
        case "incident": self = .incident(subject)
        case "closing": self = .closing
        default: return nil
        }
    }

    /// 第3版のサービス実施計画書 / the plan, revision 3.
    public func title(_ wording: MessageWording) -> Message {
        switch self {
        case .plan(let n): Message(ja: "サービス実施計画書（第\(wording.digits.write(n))版）", en: "the service implementation plan (revision \(n))")
        case .report(let month):
            Message(ja: "サービス実績報告書（\(wording.month(month).japanese)分）", en: "the performance report for \(month)")
        case .incident(let id): Message(ja: "障害報告書（\(id)）", en: "the incident report \(id)")
        case .closing: Message(ja: "データ返却・消去報告書", en: "the data return and erasure record")
        }
    }

    public static func < (a: SubmittedDocument, b: SubmittedDocument) -> Bool { a.stem < b.stem }
}

/// What `teishutsu submit` recorded of one submission: the exact files sent with their SHA-256,
/// the day, who sent them, and a fingerprint of the inputs they were made from.
public struct SubmissionRecord: Sendable {
    public struct File: Sendable {
        public let name: Located<String>
        public let sha256: String
        public let bytes: Int
        /// The SHA-256 of the file as it is now in `submitted/` (nil when it is not there).
        public var actualSHA256: String?
    }

    public let document: SubmittedDocument?
    public let submittedOn: Located<CivilDate>?
    public let submittedBy: String
    public let inputsSHA256: Located<String>
    /// The inputs' hashes one by one (records written before they were kept have none).
    public let inputs: [InputPart]
    public var files: [File]
    public let note: String?
    /// The days of the earlier submissions this one corrects (訂正版), oldest first; empty for
    /// a first submission.
    public let corrects: [CivilDate]
    public let source: String
    public let span: SourceSpan
    /// Where the record names its document's subject.
    public let subjectSpan: SourceSpan?

    public init(_ value: ObjectValue, source: String) {
        let subject = value.requiredText(at: "subject")
        document = SubmittedDocument(kind: value.requiredText(at: "document").value, subject: subject.value)
        subjectSpan = subject.span
        submittedOn = value.date(at: "submitted_on")
        submittedBy = value.requiredText(at: "submitted_by").value
        inputsSHA256 = value.requiredText(at: "inputs_sha256")
        inputs = value.objects(at: "inputs") { part in
            InputPart.Name(rawValue: part.requiredText(at: "name").value).map { InputPart($0, sha256: part.requiredText(at: "sha256").value) }
        }.compactMap { $0 }
        files = value.objects(at: "files") { f in
            File(name: f.requiredText(at: "name"), sha256: f.requiredText(at: "sha256").value, bytes: f.integer(at: "bytes")?.value ?? 0)
        }
        note = value.text(at: "note")?.value
        corrects = value.dates(at: "corrects").map(\.value)
        self.source = source
        span = value.span
    }

    /// The record's text: written once by `submit`, read by every later run.
    public static func text(document: SubmittedDocument, date: CivilDate, by: String, inputsSHA256: String, inputs: [InputPart] = [],
                            files: [(name: String, sha256: String, bytes: Int)], note: String? = nil, corrects: [CivilDate] = []) -> String {
        let quoted = YAMLQuoting.doubleQuoted
        var out = "# 提出記録 — teishutsu submit が書きました。編集しないでください。\n"
        out += "# Submission record written by teishutsu submit; do not edit.\n"
        out += "document: \(document.kind)\nsubject: \(quoted(document.subject))\nsubmitted_on: \(date.iso)\n"
        out += "submitted_by: \(quoted(by))\ninputs_sha256: \(inputsSHA256)\n"
        if !inputs.isEmpty {
            out += "inputs:\n"
            for part in inputs { out += "  - name: \(part.name.rawValue)\n    sha256: \(part.sha256)\n" }
        }
        out += "files:" + (files.isEmpty ? " []\n" : "\n")
        for file in files {
            out += "  - name: \(quoted(file.name))\n    sha256: \(file.sha256)\n    bytes: \(file.bytes)\n"
        }
        if let note { out += "note: \(quoted(note))\n" }
        if !corrects.isEmpty { out += "corrects: [" + corrects.map(\.iso).joined(separator: ", ") + "]\n" }
        return out
    }
}
