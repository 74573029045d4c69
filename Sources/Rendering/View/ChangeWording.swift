import DocumentModel
import JapaneseCalendar

/// A change between two revisions of the plan in the words of the documents: the field's
/// Japanese name (株式会社あおばクラウドシステムズの資本金), the values as the document writes
/// them (dates in 和暦, the contract's digits, ％), never a field path or an ISO date.
public enum ChangeWording {
    /// What the change is called: 変更, 追加 or 削除.
    public static func kind(_ change: ValueChange) -> String {
        switch change.kind {
        case .added: "追加"
        case .removed: "削除"
        case .changed: "変更"
        }
    }

    /// The names items are printed by where the plan's own key is not for people: a
    /// certification by its scheme's name (iso27017 → ISO/IEC 27017), a requirement by its
    /// number in the compliance table (REQ-CERT → 要件６「指定の認証制度の認証取得」).
    public static func names(plans: [Plan], catalog: RequirementCatalog, format: DocumentFormat) -> [String: String] {
        var names: [String: String] = [:]
        for (index, requirement) in catalog.requirements.enumerated() {
            names[requirement.id] = "要件\(format.number(index + 1))「\(requirement.title)」"
        }
        for plan in plans {
            for certification in plan.certifications { names[certification.scheme.value] = certification.displayName }
        }
        return names
    }

    /// The changed item: 「SP-05」の実施時期 (the section's own name when the whole section changed).
    public static func subject(_ change: ValueChange, part: PlanPart?, names: [String: String] = [:]) -> String {
        subject(labels: change.labels, part: part, names: names)
    }

    static func subject(labels: [String], part: PlanPart?, names: [String: String]) -> String {
        guard !labels.isEmpty else { return part?.japanese ?? "" }
        return labels.map { label in
            if let name = names[label] { return name }
            if label.hasPrefix("「"), label.hasSuffix("」"), let name = names[String(label.dropFirst().dropLast())] { return "「\(name)」" }
            // The unit a field's name carries for the input (第一報の期限（分）) is in the value on the page (１時間).
            if let (name, _) = unit(of: label) { return name }
            return label
        }.joined(separator: "の")
    }

    /// The units a field's name may end with, in brackets: 第一報の期限（分）.
    static let units: Set<String> = ["分", "時間", "日", "開庁日", "件", "回", "人", "か月", "年"]

    /// A field's name without its unit, and the unit: （第一報の期限, 分）.
    static func unit(of name: String) -> (String, String)? {
        guard name.hasSuffix("）"), let open = name.lastIndex(of: "（") else { return nil }
        let unit = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
        return units.contains(unit) ? (String(name[..<open]), unit) : nil
    }

    /// A value as the document writes it.
    public static func value(_ value: Value?, field: Field?, format: DocumentFormat) -> String {
        guard let value else { return "" }
        switch value.kind {
        case .text(let text): return text
        case .choice(let key):
            if case .choice(let choices)? = field?.type, let choice = choices.first(where: { $0.value == key }) { return choice.japanese }
            return key
        case .date(let date): return format.date(date)
        case .integer(let n):
            if isPercent(field) { return format.percent(String(n)) }
            // A count whose unit the field's name gives (第一報の期限（分）): １時間, 90分 as １時間30分
            // (as the plan's own sentence and the incident reports write it).
            if let name = field?.japanese, let (_, unit) = unit(of: name) {
                return unit == "分" ? format.duration(minutes: n) : format.count(n, unit)
            }
            return format.number(n)
        case .decimal(let d): return isPercent(field) ? format.percent(d.description) : format.decimal(d.description)
        case .bool(let b): return b ? "あり" : "なし"
        case .monthDay(let month, let day): return format.number(month) + "月" + format.number(day) + "日"
        case .timeOfDay(let minutes): return minutes == 1440 ? "24:00" : DocumentFormat.clock(minutes * 60)
        case .instant(let instant): return format.dateTime(instant)
        case .yearMonth(let year, let month): return format.month(year: year, month: month)
        case .list(let items):
            let itemField = field.flatMap { f -> Field? in
                if case .list(let inner, _, _) = f.type { return Field(f.key, f.japanese, inner) }
                return nil
            }
            return items.map { Self.value($0, field: itemField, format: format) }.joined(separator: "、")
        case .object(let object): return object.identity.map { "「\($0)」" } ?? object.schema.japanese
        case .map(let entries): return entries.map(\.key).joined(separator: "、")
        }
    }

    static func isPercent(_ field: Field?) -> Bool { field?.key.hasSuffix("_percent") ?? false }

    /// A row of a change table: one change, or a period whose start and end both changed
    /// (有効期間（開始日） and 有効期間（終了日）, a work item's 開始日 and 終了日), said once as
    /// the period it was and the one it is (令和４年６月１日〜令和７年５月31日).
    public struct Row: Sendable {
        /// The change (the start's, for a period): its kind and values.
        public let change: ValueChange
        /// The field paths it covers (both ends' for a period), space-separated.
        public let path: String
        public let subject: String
        public let old: String
        public let new: String
    }

    /// The rows of a list of changes, in their order; a changed start and end of one period
    /// next to each other are one row.
    public static func rows(_ changes: [ValueChange], part: PlanPart?, format: DocumentFormat, names: [String: String] = [:]) -> [Row] {
        var rows: [Row] = []
        var i = 0
        while i < changes.count {
            let c = changes[i]
            if i + 1 < changes.count, let period = period(c, changes[i + 1]) {
                let subject = subject(labels: Array(c.labels.dropLast()) + [period], part: part, names: names)
                let next = changes[i + 1]
                rows.append(Row(change: c, path: c.path + " " + next.path, subject: subject, old: format.period(c.oldValue?.date, next.oldValue?.date),
                                new: format.period(c.newValue?.date, next.newValue?.date)))
                i += 2
                continue
            }
            rows.append(Row(change: c, path: c.path, subject: subject(c, part: part, names: names),
                            old: c.kind == .added ? "" : value(c.oldValue, field: c.field, format: format),
                            new: c.kind == .removed ? "" : value(c.newValue, field: c.field, format: format)))
            i += 1
        }
        return rows
    }

    /// What a period is called when `start` and `end` are its two ends, both changed dates of
    /// one item: 有効期間 for 有効期間（開始日）and 有効期間（終了日）, 期間 for 開始日 and 終了日.
    static func period(_ start: ValueChange, _ end: ValueChange) -> String? {
        guard start.kind == .changed, end.kind == .changed, start.labels.dropLast() == end.labels.dropLast(),
              let first = start.labels.last, let last = end.labels.last,
              start.oldValue?.date != nil, start.newValue?.date != nil, end.oldValue?.date != nil, end.newValue?.date != nil else { return nil }
        if first == "開始日" && last == "終了日" { return "期間" }
        guard first.hasSuffix("（開始日）"), last.hasSuffix("（終了日）") else { return nil }
        let stem = first.dropLast("（開始日）".count)
        return stem == last.dropLast("（終了日）".count) && !stem.isEmpty ? String(stem) : nil
    }

    /// One line of the revision history: 「SP-05」の実施時期を変更（年1回（9月） → 年2回（9月・3月））.
    public static func sentence(_ row: Row, limit: Int = 40) -> String {
        func short(_ text: String) -> String { text.count > limit ? String(text.prefix(limit - 1)) + "…" : text }
        switch row.change.kind {
        case .added:
            return "\(row.subject)を追加" + (row.new.isEmpty || row.change.newValue.map(isObject) == true ? "" : "（\(short(row.new))）")
        case .removed:
            return "\(row.subject)を削除"
        case .changed:
            return "\(row.subject)を変更（\(short(row.old)) → \(short(row.new))）"
        }
    }

    static func isObject(_ value: Value) -> Bool {
        if case .object = value.kind { return true }
        return false
    }
}
