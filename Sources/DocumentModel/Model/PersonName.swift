import JapaneseCalendar

/// Names of people and companies compared as people write them: spaces (half- or
/// full-width) do not matter, so 高橋 誠, 高橋　誠 and 高橋誠 are one person.
public enum PersonName {
    public static func key(_ name: String) -> String {
        String(name.unicodeScalars.filter { $0 != " " && $0 != "\u{3000}" && $0 != "\t" }.map(Character.init))
    }
}
