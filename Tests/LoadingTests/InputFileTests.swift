import Foundation
import Testing
@testable import Loading

/// Telling UTF-16 from UTF-8 text that happens to hold a NUL.
@Suite struct InputFileTests {
    func utf16(_ text: String, bigEndian: Bool) -> ArraySlice<UInt8> {
        ArraySlice(text.utf16.flatMap { unit in bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)] })
    }

    @Test func utf16WithoutAMarkIsKnownByItsZeros() {
        for text in ["a: 1\n", "contract:\n  name: 北浜市\n", "名前: 北浜　市\nid: X\n", "ab"] {
            #expect(InputFile.looksLikeUTF16(utf16(text, bigEndian: false)), "\(text) LE")
            #expect(InputFile.looksLikeUTF16(utf16(text, bigEndian: true)), "\(text) BE")
        }
        #expect(InputFile.looksLikeUTF16([0xFF, 0xFE, 0x41]))
    }

    @Test func aStrayNulInUTF8IsNotUTF16() {
        for text in ["\0a: 1\n", "a\0: 1\n", "a: 1\n\0b: 2\n", "\0\0x: 1\ny: 2\nz: 3\nw: 4\n", "北浜市\0", ""] {
            #expect(!InputFile.looksLikeUTF16(ArraySlice(Array(text.utf8))), "\(text.debugDescription)")
        }
    }
}
