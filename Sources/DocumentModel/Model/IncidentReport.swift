import JapaneseCalendar

/// What `incidents/<ID>.yaml` says: the incident report (障害報告書) of one incident.
public struct IncidentReport: Sendable {
    public struct Notice: Sendable {
        public let kind: Located<String>
        public let at: Located<Instant>?
        public let to: Located<String>
        public let by: Located<String>
        public let means: Located<String>?
        public let content: Located<String>
        public let span: SourceSpan

        init(_ o: ObjectValue) {
            kind = o.requiredText(at: "kind")
            at = o.instant(at: "at")
            to = o.requiredText(at: "to")
            by = o.requiredText(at: "by")
            means = o.text(at: "means")
            content = o.requiredText(at: "content")
            span = o.span
        }

        /// 第一報, 続報, 最終報告
        public var kindJapanese: String { IncidentReportSchema.reportKinds.first { $0.value == kind.value }?.japanese ?? kind.value }
        public var isFirst: Bool { kind.value == "first" }
        public var isFinal: Bool { kind.value == "final" }
    }

    public struct Scope: Sendable {
        public let services: Located<String>
        public let users: Located<String>
        public let data: Located<String>

        init(_ o: ObjectValue) {
            services = o.requiredText(at: "services")
            users = o.requiredText(at: "users")
            data = o.requiredText(at: "data")
        }
    }

    public let value: ObjectValue
    public let source: String
    /// The ID the file is named for (`INC-2025-004.yaml`).
    public let fileID: String
    /// The longest id, in UTF-8 bytes, whose files a file system can name: 255 bytes for
    /// `incident-<ID>.record.yaml`, the longest of its names (its documents are
    /// `incident-<ID>.html`, `.xml`, `.pdf`; `submit` records them in `submitted/`).
    public static let longestID = 255 - "incident-".utf8.count - ".record.yaml".utf8.count

    /// What an id that names files may not hold: a control character or a line separator (the
    /// list of outputs holds a name per line).
    public static func isUnfitForAFileName(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Why `id` cannot name an incident report's files, in the words of a diagnostic; nil when
    /// it can.
    public static func fileNameProblem(_ id: String) -> Message? {
        if id.unicodeScalars.contains(where: isUnfitForAFileName) {
            return Message(ja: "障害番号に制御文字か改行があり、文書のファイル名にできません",
                           en: "the incident id holds a control character or a line break, and cannot name its documents")
        }
        if id.utf8.count > longestID {
            return Message(ja: "障害番号が長すぎて、文書のファイル名（incident-<ID>.html）にできません（\(id.utf8.count)バイト）",
                           en: "the incident id is too long to name its documents (incident-<ID>.html): \(id.utf8.count) bytes")
        }
        return nil
    }
    public let id: Located<String>
    public let detectedAt: Located<Instant>?
    public let security: Bool
    public let exposedInformation: Located<String>?
    public let notices: [Notice]
    public let cause: Located<String>?
    public let scope: Scope?
    public let response: Located<String>?
    public let permanentFix: Located<String>?
    public let prevention: Located<String>?

    public init(_ value: ObjectValue, source: String, fileID: String) {
        self.value = value
        self.source = source
        self.fileID = fileID
        id = value.requiredText(at: "id")
        detectedAt = value.instant(at: "detected_at")
        security = value.flag(at: "security")?.value ?? false
        exposedInformation = value.text(at: "exposed_information")
        notices = value.objects(at: "reports", Notice.init)
        cause = value.text(at: "cause")
        scope = value.object(at: "impact_scope", Scope.init)
        response = value.text(at: "response")
        permanentFix = value.text(at: "permanent_fix")
        prevention = value.text(at: "prevention")
    }

    public var firstNotice: Notice? { notices.first(where: \.isFirst) }
    public var finalNotice: Notice? { notices.last(where: \.isFinal) }
    /// The day the report speaks as of: its latest report's (the final one's, unless a report
    /// came after it: the document holds that one too).
    public var documentDate: CivilDate? { notices.compactMap { $0.at?.value }.max()?.japanDate }

    /// An update owed after the first report (the plan's `update_every_minutes`): the report it
    /// is judged at, the report before it, and when it was due.
    public struct UpdateDue: Sendable {
        public let index: Int
        public let previous: Instant
        public let due: Instant
    }

    /// Each report after the first that was owed as an update, `minutes` after the one before,
    /// while the incident lasted (not one whose due time came after the recovery); and the last
    /// report's time, from which the next update is owed. Nil without a first report's time. The
    /// rule (INCIDENT-update-late) and the page's 期限 column judge by this.
    public func updatesDue(every minutes: Int, recovered: Instant?) -> (dues: [UpdateDue], last: Instant)? {
        guard let first = firstNotice?.at?.value else { return nil }
        let interval = Int64(minutes) * 60
        var previous = first, dues: [UpdateDue] = []
        for (index, notice) in notices.enumerated() {
            guard let at = notice.at?.value, at > first else { continue }
            let due = Instant(secondsSinceEpoch: previous.secondsSinceEpoch + interval)
            if recovered.map({ $0 > due }) ?? true { dues.append(UpdateDue(index: index, previous: previous, due: due)) }
            previous = max(previous, at)
        }
        return (dues, previous)
    }
}

/// What `requests/<ID>.yaml` says: 甲's improvement request or request for explanation.
public struct ServiceRequest: Sendable {
    public struct Answer: Sendable {
        public let on: Located<CivilDate>?
        public let by: Located<String>
        public let content: Located<String>

        init(_ o: ObjectValue) {
            on = o.date(at: "on")
            by = o.requiredText(at: "by")
            content = o.requiredText(at: "content")
        }
    }

    public let value: ObjectValue
    public let source: String
    public let fileID: String
    public let id: Located<String>
    public let kind: Located<String>
    public let receivedOn: Located<CivilDate>?
    public let from: Located<String>
    public let about: Located<String>
    public let reportMonth: Located<YearMonth>?
    public let request: Located<String>
    public let due: Located<CivilDate>?
    public let answer: Answer?
    public let measures: [ImprovementMeasure]
    public let closedOn: Located<CivilDate>?

    public init(_ value: ObjectValue, source: String, fileID: String) {
        self.value = value
        self.source = source
        self.fileID = fileID
        id = value.requiredText(at: "id")
        kind = value.requiredText(at: "kind")
        receivedOn = value.date(at: "received_on")
        from = value.requiredText(at: "from")
        about = value.requiredText(at: "about")
        reportMonth = value.yearMonth(at: "report_month")
        request = value.requiredText(at: "request")
        due = value.date(at: "due")
        answer = value.object(at: "answer", Answer.init)
        let requestID = id.value
        measures = value.objects(at: "measures") { ImprovementMeasure($0, origin: .request(requestID)) }
        closedOn = value.date(at: "closed_on")
    }

    public var isImprovement: Bool { kind.value == "improvement" }
    /// 改善要求, 説明要求
    public var kindJapanese: String { RequestSchema.kinds.first { $0.value == kind.value }?.japanese ?? kind.value }

    /// The answer as it stood at the end of `day`: given by then (an answer without its date is
    /// not given yet).
    public func answer(by day: CivilDate) -> Answer? {
        answer.flatMap { answer in answer.on.map { $0.value <= day } == true ? answer : nil }
    }

    /// The day it was closed, if by the end of `day`.
    public func closed(by day: CivilDate) -> CivilDate? {
        closedOn.flatMap { $0.value <= day ? $0.value : nil }
    }

    /// Open on a day: received by then, not closed by then.
    public func isOpen(on day: CivilDate) -> Bool {
        guard let received = receivedOn?.value, received <= day else { return false }
        return closedOn.map { $0.value > day } ?? true
    }
}

/// What `closing.yaml` says: how 甲's information was returned or erased at the contract's end.
public struct ClosingRecord: Sendable {
    public struct Information: Sendable {
        public let name: Located<String>
        public let heldAt: [Located<String>]
        public let disposition: Located<String>
        public let on: Located<CivilDate>?
        public let to: Located<String>?
        /// Who carried out the return or hand-over.
        public let by: Located<String>?
        public let format: Located<String>?
        public let span: SourceSpan

        init(_ o: ObjectValue) {
            name = o.requiredText(at: "name")
            heldAt = o.texts(at: "held_at")
            disposition = o.requiredText(at: "disposition")
            on = o.date(at: "on")
            to = o.text(at: "to")
            by = o.text(at: "by")
            format = o.text(at: "format")
            span = o.span
        }

        public var dispositionJapanese: String { ClosingSchema.dispositions.first { $0.value == disposition.value }?.japanese ?? disposition.value }
    }

    public struct Erasure: Sendable {
        public let company: Located<String>
        public let site: Located<String>
        public let medium: Located<String>
        public let method: Located<String>
        public let standard: Located<String>?
        public let erasedOn: Located<CivilDate>?
        public let performedBy: Located<String>
        public let witnessedBy: Located<String>?
        public let certificate: Located<String>?
        public let span: SourceSpan

        init(_ o: ObjectValue) {
            company = o.requiredText(at: "company")
            site = o.requiredText(at: "site")
            medium = o.requiredText(at: "medium")
            method = o.requiredText(at: "method")
            standard = o.text(at: "standard")
            erasedOn = o.date(at: "erased_on")
            performedBy = o.requiredText(at: "performed_by")
            witnessedBy = o.text(at: "witnessed_by")
            certificate = o.text(at: "certificate")
            span = o.span
        }

        public var methodJapanese: String { ClosingSchema.methods.first { $0.value == method.value }?.japanese ?? method.value }
    }

    public let value: ObjectValue
    public let source: String
    public let reportedOn: Located<CivilDate>?
    public let information: [Information]
    public let erasures: [Erasure]
    public let copiesDestroyed: Located<String>?
    public let note: Located<String>?

    public init(_ value: ObjectValue, source: String) {
        self.value = value
        self.source = source
        reportedOn = value.date(at: "reported_on")
        information = value.objects(at: "information", Information.init)
        erasures = value.objects(at: "erasures", Erasure.init)
        copiesDestroyed = value.text(at: "copies_destroyed")
        note = value.text(at: "note")
    }
}
