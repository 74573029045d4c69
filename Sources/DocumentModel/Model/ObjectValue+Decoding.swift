import JapaneseCalendar

/// Reading a checked mapping into typed values: the only place where a field is named by its
/// key, and every key is checked against the schema (a typo stops the tests, never prints as
/// a silent blank).
extension ObjectValue {
    private func checked(_ key: String) -> Value? {
        values[schema.place(of: key)]
    }

    /// A text or a choice, with where it is written.
    func text(at key: String) -> Located<String>? {
        guard let value = checked(key), let text = value.text else { return nil }
        return Located(text, at: value.span)
    }

    /// A required text: empty, at the mapping, when the file had an error there (rules skip
    /// mappings with errors; a document is built only from files without any).
    func requiredText(at key: String) -> Located<String> {
        text(at: key) ?? Located("", at: span(key))
    }

    func date(at key: String) -> Located<CivilDate>? {
        guard let value = checked(key), let date = value.date else { return nil }
        return Located(date, at: value.span)
    }

    func instant(at key: String) -> Located<Instant>? {
        guard let value = checked(key), let instant = value.instant else { return nil }
        return Located(instant, at: value.span)
    }

    func integer(at key: String) -> Located<Int>? {
        guard let value = checked(key), let integer = value.integer else { return nil }
        return Located(integer, at: value.span)
    }

    func decimal(at key: String) -> Located<ExactDecimal>? {
        guard let value = checked(key), let decimal = value.decimal else { return nil }
        return Located(decimal, at: value.span)
    }

    func flag(at key: String) -> Located<Bool>? {
        guard let value = checked(key), let flag = value.bool else { return nil }
        return Located(flag, at: value.span)
    }

    func yearMonth(at key: String) -> Located<YearMonth>? {
        guard let value = checked(key), case .yearMonth(let y, let m) = value.kind else { return nil }
        return Located(YearMonth(year: y, month: m), at: value.span)
    }

    func monthDay(at key: String) -> Located<(month: Int, day: Int)>? {
        guard let value = checked(key), case .monthDay(let m, let d) = value.kind else { return nil }
        return Located((m, d), at: value.span)
    }

    /// Minutes since midnight.
    func timeOfDay(at key: String) -> Located<Int>? {
        guard let value = checked(key), case .timeOfDay(let minutes) = value.kind else { return nil }
        return Located(minutes, at: value.span)
    }

    /// The texts of a list or a text list, each with where it is written.
    func texts(at key: String) -> [Located<String>] {
        guard let value = checked(key) else { return [] }
        switch value.kind {
        case .text(let s): return [Located(s, at: value.span)]
        case .list(let items): return items.compactMap { item in item.text.map { Located($0, at: item.span) } }
        default: return []
        }
    }

    func dates(at key: String) -> [Located<CivilDate>] {
        // A loop, not compactMap over Optional.map: with Value.Kind's scalars unboxed, Swift 6.3's
        // optimizer (CopyPropagation) crashed on the chained form.
        var dates: [Located<CivilDate>] = []
        for item in checked(key)?.list ?? [] {
            if case .date(let date) = item.kind { dates.append(Located(date, at: item.span)) }
        }
        return dates
    }

    func objects<T>(at key: String, _ make: (ObjectValue) -> T) -> [T] {
        checked(key)?.list.compactMap { $0.object.map(make) } ?? []
    }

    func object<T>(at key: String, _ make: (ObjectValue) -> T) -> T? {
        checked(key)?.object.map(make)
    }

    /// The entries of an identifier-keyed mapping.
    func entries<T>(at key: String, _ make: (Located<String>, ObjectValue) -> T) -> [T] {
        checked(key)?.entries.compactMap { entry in entry.value.object.map { make(Located(entry.key, at: entry.keySpan), $0) } } ?? []
    }

    /// How a part of the file is written: present, empty, rejected (an error reported), and
    /// whether its mappings read without errors.
    func presence(at key: String) -> Presence {
        let value = checked(key)
        let rejected = wasRejected(key)
        let empty: Bool
        var clean = true
        switch value?.kind {
        case .list(let items)?:
            empty = items.isEmpty
            clean = !items.contains { $0.object?.hadErrors ?? false }
        case .object(let object)?:
            // A value that was written but refused (a placeholder) is reported by itself, not as emptiness.
            empty = object.isEmpty && !object.hadErrors
            clean = !object.hadErrors
        case .map(let entries)?:
            empty = entries.isEmpty
            clean = !entries.contains { $0.value.object?.hadErrors ?? false }
        case nil:
            empty = true
        default:
            empty = false
        }
        return Presence(keySpan: keySpan(key), isEmpty: empty, isRejected: rejected, readCleanly: value != nil && clean)
    }
}

/// How a top-level part of a file is written.
public struct Presence: Sendable {
    /// Where its key is written; nil when the file does not have it.
    public let keySpan: SourceSpan?
    /// Present with nothing in it (`[]`, `{}`, `key:`), or absent.
    public let isEmpty: Bool
    /// Written with a value that could not be read (its error is reported).
    public let isRejected: Bool
    /// Present, and every mapping in it read without an error: rules can judge it.
    public let readCleanly: Bool

    public var isPresent: Bool { keySpan != nil }
}
