import JapaneseCalendar

/// "Did you mean": the closest candidate within a small edit distance.
public enum Suggest {
    /// `。「X」の誤りではありませんか` / `; did you mean 'X'?`, or nothing without a suggestion.
    public static func didYouMean(_ suggestion: String?) -> Message {
        guard let suggestion else { return Message(ja: "", en: "") }
        return Message(ja: "。「\(suggestion)」の誤りではありませんか", en: "; did you mean '\(suggestion)'?")
    }

    /// The suffix in one language.
    public static func suffix(_ suggestion: String?, _ language: Language) -> String {
        didYouMean(suggestion).text(language)
    }

    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(word.lowercased(), candidate.lowercased())
            // Ties go to the smallest name, so that the suggestion does not depend on the
            // order of the candidates (often a dictionary's keys).
            if d <= limit, best.map({ d < $0.1 || (d == $0.1 && candidate < $0.0) }) ?? true { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over characters.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
