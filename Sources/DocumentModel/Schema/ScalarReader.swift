import JapaneseCalendar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading one scalar as a field type: shared by the schema walker and the fast log reader.
public enum ScalarReader {
    /// A character no text may hold: a control character other than tab and line breaks, DEL,
    /// a C1 control, a bidirectional override or isolate (U+202A…U+202E, U+2066…U+2069), or a
    /// noncharacter (U+FFFE, U+FFFF, U+FDD0…U+FDEF, and the last two of every plane).
    /// XML cannot carry them, and print would not show them.
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return v != 0x09 && v != 0x0A && v != 0x0D }
        if v < 0x7F { return false }
        // DEL and the C1 controls; the marks that reorder text as it is shown (a name or a
        // figure that reads otherwise than it is written); noncharacters.
        return v <= 0x9F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE
    }

    /// Whether UTF-8 `bytes` may hold a scalar that ``isForbidden(_:)`` refuses: exactly those
    /// of the first plane (a byte below U+0020 other than tab and line breaks, DEL, C2 80…9F,
    /// E2 80 AA…AE, E2 81 A6…A9, EF B7 90…AF, EF BF BE…BF), and any scalar past U+FFFF.
    /// Japanese text, with its full-width forms, dashes and ellipses, has none: its scalars need
    /// no look.
    @inlinable
    public static func mayHaveForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        // The bytes after a lead byte (valid UTF-8: they are there), or 0.
        func next(_ index: Int, _ offset: Int) -> UInt8 { index + offset < count ? bytes[index + offset] : 0 }
        /// Whether the byte at `index` begins a scalar refused.
        func refused(at index: Int) -> Bool {
            switch bytes[index] {
            case 0x09, 0x0A, 0x0D, 0x20..<0x7F, 0x80..<0xC2, 0xC3..<0xE2, 0xE3..<0xEF:
                return false
            case 0xC2:
                return next(index, 1) < 0xA0
            case 0xE2:
                let (second, third) = (next(index, 1), next(index, 2))
                return second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third)
            case 0xEF:
                let (second, third) = (next(index, 1), next(index, 2))
                return second == 0xB7 && (0x90...0xAF).contains(third) || second == 0xBF && third >= 0xBE
            default:
                return true
            }
        }
        // Eight bytes at a time (every value is asked): a word is looked at byte by byte only if
        // it holds a byte below 20, 7F, C2, E2, EF or from F0, the bytes that may begin a scalar
        // refused.
        return ByteWords.contains(bytes, candidates: { word in
            ByteWords.ascii(word, from: 0x00, to: 0x1F) | ByteWords.equal(word, 0x7F) | ByteWords.equal(word, 0xC2)
                | ByteWords.equal(word, 0xE2) | ByteWords.equal(word, 0xEF) | ByteWords.zero((word & (0xF0 * ByteWords.ones)) ^ (0xF0 * ByteWords.ones))
        }, where: refused(at:))
    }

    /// Whether a value is still the placeholder `init` wrote (`TODO…`). The bytes are looked at
    /// first: most values do not start with them.
    public static func isPlaceholder(_ text: String) -> Bool {
        text.utf8.starts(with: "TODO".utf8) && text.hasPrefix("TODO")
    }

    /// Whether a text holds a carriage return (a CRLF cell, a "\r" escape), looked for in its bytes.
    public static func hasCarriageReturn(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in bytes.baseAddress.map { memchr($0, 0x0D, bytes.count) != nil } ?? false }
    }

    /// The same, of a string's UTF-8.
    public static func mayHaveForbidden(_ text: String) -> Bool {
        text.withUTF8Bytes { mayHaveForbidden($0) }
    }

    /// The first scalar of `text` that ``isForbidden(_:)`` refuses (its scalars are looked at
    /// only where its bytes say one may be there).
    public static func firstForbidden(_ text: String) -> Unicode.Scalar? {
        mayHaveForbidden(text) ? text.unicodeScalars.first(where: isForbidden) : nil
    }

    /// CRLF and a lone CR as LF.
    public static func normalizedLineBreaks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var previousCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousCR = true
                continue
            }
            if !(scalar == "\n" && previousCR) { scalars.append(scalar) }
            previousCR = false
        }
        return String(scalars)
    }

    /// Converts the text of a scalar to `type`, or says why it cannot be.
    public static func read(_ raw: String, _ type: FieldType, path: @autoclosure () -> String, format: InputFormat,
                            at location: @autoclosure () -> SourceSpan) -> (Value.Kind?, Diagnostic?) {
        let text = raw.trimmingSpaces()
        if text.isEmpty {
            return (nil, .error(
                .input(.value(.empty, format)), Message(ja: "「\(path())」が空です", en: "'\(path())' is empty"),
                expected: type.describe, at: location()))
        }
        if isPlaceholder(text) {
            let hint = text.dropFirst(4).trimmingCharacters(in: ["(", ")", ":", " ", "（", "）", "："])
            return (nil, .error(
                .input(.placeholder),
                Message(ja: "「\(path())」がまだ記入されていません" + (hint.isEmpty ? "" : "（\(hint)）"),
                        en: "'\(path())' is still a placeholder" + (hint.isEmpty ? "" : " (\(hint))")),
                expected: Message(ja: "記入済みの" + type.describe.japanese, en: "a filled-in value: " + type.describe.english),
                at: location()))
        }
        if let bad = firstForbidden(text) {
            return (nil, .error(
                .input(.textControlCharacter),
                Message(ja: "「\(path())」に制御文字 U+\(String(bad.value, radix: 16, uppercase: true)) が含まれています",
                        en: "'\(path())' contains the control character U+\(String(bad.value, radix: 16, uppercase: true))"),
                expected: Message(ja: "印字できる文字", en: "printable characters"), at: location()))
        }
        switch type {
        case .text, .textList:
            // A carriage return (a CRLF cell, a "\r" escape) is a line break, written as one.
            guard hasCarriageReturn(text) else { return (.text(text), nil) }
            return (.text(Self.normalizedLineBreaks(text)), nil)
        case .date:
            do {
                return (.date(try EraDate.parse(text)), nil)
            } catch {
                return (nil, .error(
                    .input(.value(.date, format)), Message(ja: "「\(path())」: \(error.japanese)", en: "'\(path())': \(error.english)"),
                    expected: type.describe, at: location()))
            }
        case .instant:
            do {
                // 和暦 as for dates (令和7年9月30日 23:50), else ISO and the spreadsheet forms.
                let instant: Instant
                if let written = try Instant.japanese(text) { instant = written } else { instant = try Instant(iso: text) }
                guard NationalHolidays.supportedYears.contains(instant.japanDate.year) else {
                    return (nil, .error(
                        .input(.value(.time, format)),
                        Message(ja: "「\(path())」の \(text) は対応範囲（1955〜2099年）の外です", en: "'\(path())': \(text) is outside the supported years 1955–2099"),
                        expected: type.describe, at: location()))
                }
                return (.instant(instant), nil)
            } catch {
                return (nil, .error(
                    .input(.value(.time, format)), Message(ja: "「\(path())」: \(error.japanese)", en: "'\(path())': \(error.english)"),
                    expected: type.describe, at: location()))
            }
        case .yearMonth:
            if let (y, m) = Self.yearMonth(text) { return (.yearMonth(year: y, month: m), nil) }
            return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
        case .integer(let range):
            guard let value = Int(Digits.ungrouped(text)), range.contains(value) else {
                return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
            }
            return (.integer(value), nil)
        case .decimal:
            guard let value = ExactDecimal(Digits.ungrouped(text)) else {
                return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
            }
            return (.decimal(value), nil)
        case .bool:
            switch text.lowercased() {
            case "true": return (.bool(true), nil)
            case "false": return (.bool(false), nil)
            default:
                return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
            }
        case .choice(let choices):
            if choices.contains(where: { $0.value == text }) { return (.choice(text), nil) }
            let suggestion = Suggest.closest(to: text, among: choices.map(\.value))
            return (nil, .error(
                .input(.value(.badChoice, format)),
                Message(ja: "「\(path())」の値「\(text)」は使えません" + (suggestion.map { "（「\($0)」の誤り？）" } ?? ""),
                        en: "'\(path())' cannot be '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")),
                expected: type.describe, at: location()))
        case .monthDay:
            if let (m, d) = Self.monthDay(text) { return (.monthDay(month: m, day: d), nil) }
            return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
        case .timeOfDay:
            if let minutes = Self.timeOfDay(text) { return (.timeOfDay(minutes), nil) }
            return (nil, mismatch(format, location(), path: path(), expected: type, found: text))
        case .object, .list, .map:
            return (nil, nil)
        }
    }

    static func mismatch(_ format: InputFormat, _ span: SourceSpan, path: String, expected: FieldType, found: String) -> Diagnostic {
        .error(
            .input(.value(.type, format)),
            Message(ja: "「\(path)」の値「\(found)」は\(expected.describe.japanese)ではありません",
                    en: "'\(path)' is '\(found)', not \(expected.describe.english)"),
            expected: expected.describe, at: span)
    }

    static func monthDay(_ text: String) -> (Int, Int)? {
        let t = Digits.ascii(text)
        let parts: [Substring]
        if t.hasSuffix("日"), t.contains("月") {
            parts = t.dropLast().split(separator: "月")
        } else {
            parts = t.split(separator: "-")
        }
        guard parts.count == 2, let m = Int(parts[0]), let d = Int(parts[1]), (1...12).contains(m),
              d >= 1, d <= CivilDate.daysInMonth(year: 2024, month: m) else { return nil }
        return (m, d)
    }

    /// `2024-03` (and 2024/3, 令和6年3月).
    public static func yearMonth(_ text: String) -> (Int, Int)? {
        let t = Digits.ascii(text)
        if let date = try? EraDate.parse(t + (t.hasSuffix("月") ? "1日" : "-01")), date.day == 1 {
            return (date.year, date.month)
        }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m),
              NationalHolidays.supportedYears.contains(y) else { return nil }
        return (y, m)
    }

    static func timeOfDay(_ text: String) -> Int? {
        let parts = Digits.ascii(text).split(separator: ":")
        guard parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              (0...24).contains(h), (0..<60).contains(m), h * 60 + m <= 1440 else { return nil }
        return h * 60 + m
    }

}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
