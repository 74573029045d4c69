/// Company names as people write them: with or without the legal form (株式会社, 有限会社,
/// ㈱ …), before or after the name, with spaces or without, in full- or half-width letters.
public enum CompanyName {
    /// The legal forms that do not tell two companies apart when only they differ.
    static let legalForms = ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "一般財団法人",
                             "公益社団法人", "公益財団法人", "特定非営利活動法人", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲"]

    /// The name without its legal form, spaces, or width differences.
    public static func core(_ name: String) -> String {
        var text = String(String.UnicodeScalarView(name.unicodeScalars.compactMap { s -> Unicode.Scalar? in
            switch s.value {
            case 0x20, 0x09, 0x3000: nil
            case 0xFF01...0xFF5E: Unicode.Scalar(s.value - 0xFEE0)
            default: s
            }
        }))
        for form in legalForms {
            let ascii = String(String.UnicodeScalarView(form.unicodeScalars.map { s in
                (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0) ?? s : s
            }))
            text = text.replacingAll(ascii, "")
        }
        return text.lowercased()
    }

    /// The candidate that names the same company (only the legal form, spaces or widths
    /// differ), else one within a small edit distance of its core; nil when none is close.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let key = core(name)
        guard !key.isEmpty else { return nil }
        if let same = candidates.filter({ core($0) == key && $0 != name }).min() { return same }
        let limit = max(1, key.count / 5)
        var best: (String, Int)?
        for candidate in candidates where candidate != name {
            let d = Suggest.distance(key, core(candidate))
            if d <= limit, best.map({ d < $0.1 || (d == $0.1 && candidate < $0.0) }) ?? true { best = (candidate, d) }
        }
        return best?.0
    }

    /// Whether two names are the same company written differently.
    public static func same(_ a: String, _ b: String) -> Bool { core(a) == core(b) }
}

extension String {
    /// Every occurrence of `target` replaced.
    public func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        return components(separatedBy: target).joined(separator: replacement)
    }

    /// The pieces between occurrences of `separator` (Foundation's `components(separatedBy:)`
    /// without Foundation).
    func components(separatedBy separator: String) -> [String] {
        var result: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            result.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        result.append(String(rest))
        return result
    }
}

extension Substring {
    /// The first range of `target` (without Foundation).
    func range(of target: String) -> Range<Index>? {
        guard let first = target.first else { return nil }
        var index = startIndex
        while index < endIndex {
            if self[index] == first, self[index...].hasPrefix(target) {
                return index..<(self.index(index, offsetBy: target.count))
            }
            index = self.index(after: index)
        }
        return nil
    }
}
