/// What a line of YAML says where a value begins: the reading shared by the check of Japanese
/// input habits (on a file's bytes, before the parser) and the placement of style warnings (on
/// a line's characters, after it).
public enum YAMLLine {
    /// Where a value begins on its line, from `start`: past an anchor (`&name`) and a tag
    /// (`!tag`) written before it and the blanks after each.
    public static func valueStart<Line: RandomAccessCollection>(_ line: Line, from start: Line.Index) -> Line.Index
        where Line.Element: YAMLCharacter {
        var k = start
        while k >= line.startIndex, k < line.endIndex, line[k].isAnchorOrTagMark {
            while k < line.endIndex, !line[k].isYAMLBlank { k = line.index(after: k) }
            while k < line.endIndex, line[k].isYAMLBlank { k = line.index(after: k) }
        }
        return k
    }
}

/// A character of a YAML line, as bytes of UTF-8 or as Unicode scalars.
public protocol YAMLCharacter: Equatable {
    /// A space or a tab.
    var isYAMLBlank: Bool { get }
    /// `&` (an anchor) or `!` (a tag).
    var isAnchorOrTagMark: Bool { get }
}

extension UInt8: YAMLCharacter {
    public var isYAMLBlank: Bool { self == 0x20 || self == 0x09 }
    public var isAnchorOrTagMark: Bool { self == 0x26 || self == 0x21 }
}

extension Unicode.Scalar: YAMLCharacter {
    public var isYAMLBlank: Bool { self == " " || self == "\t" }
    public var isAnchorOrTagMark: Bool { self == "&" || self == "!" }
}
