/// Company names as people write them: with or without the legal form (株式会社, 有限会社,
/// ㈱ …), before or after the name, with spaces or without, in full- or half-width letters.
public enum CompanyName {
    /// The legal forms that do not tell two companies apart when only they differ.
    static let legalForms = ["株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "一般社団法人", "一般財団法人",
                             "公益社団法人", "公益財団法人", "特定非営利活動法人", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲"]

    /// The legal forms with full-width ASCII folded, as `core` compares them.
    private static let foldedForms: [[Unicode.Scalar]] = legalForms.map { form in
        form.unicodeScalars.map { s in (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0) ?? s : s }
    }

    /// The name without its legal form, spaces, or width differences.
    public static func core(_ name: String) -> String {
        var text: [Unicode.Scalar] = []
        text.reserveCapacity(name.utf8.count)
        for s in name.unicodeScalars {
            switch s.value {
            case 0x20, 0x09, 0x3000: continue
            case 0xFF01...0xFF5E: text.append(Unicode.Scalar(s.value - 0xFEE0) ?? s)
            default: text.append(s)
            }
        }
        // Each form in turn, every occurrence left to right.
        for form in foldedForms where text.count >= form.count {
            var kept: [Unicode.Scalar] = []
            var i = 0, removed = false
            while i < text.count {
                if text[i] == form[0], i + form.count <= text.count, text[i..<(i + form.count)].elementsEqual(form) {
                    if !removed {
                        kept.reserveCapacity(text.count)
                        kept.append(contentsOf: text[..<i])
                        removed = true
                    }
                    i += form.count
                    continue
                }
                if removed { kept.append(text[i]) }
                i += 1
            }
            if removed { text = kept }
        }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text)
        return String(scalars).lowercased()
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
    /// Every occurrence of `target` replaced, left to right. Compared as UTF-8 bytes: in valid
    /// UTF-8 a match can only begin where a character's scalar begins.
    public func replacingAll(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var text = self, target = target, replacement = replacement
        return text.withUTF8 { bytes in
            target.withUTF8 { needle in
                let count = needle.count, first = needle[0]
                var i = 0, copied = 0
                var out: [UInt8] = []
                while i + count <= bytes.count {
                    if bytes[i] == first && (1..<count).allSatisfy({ bytes[i + $0] == needle[$0] }) {
                        if out.isEmpty { out.reserveCapacity(bytes.count) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
                        replacement.withUTF8 { out.append(contentsOf: $0) }
                        i += count
                        copied = i
                    } else {
                        i += 1
                    }
                }
                if copied == 0 { return self }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }
}
