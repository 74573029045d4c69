import JapaneseCalendar

/// English words with their numbers.
public enum English {
    /// `1 day`, `2 days`, `1,977 inquiries` (with `plural` for irregular words).
    public static func counted(_ n: Int, _ word: String, plural: String? = nil) -> String {
        Digits.grouped(n) + " " + (n == 1 ? word : plural ?? word + "s")
    }
}
