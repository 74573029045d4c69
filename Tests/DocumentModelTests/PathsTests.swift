import DocumentModel
import Foundation
import Testing

@Suite struct PathsTests {
    /// The folder of a path, as NSString gives it, for names of one character too, where
    /// Foundation on Linux stops the program (`build --output o` did).
    @Test func theParentOfAPathIsFoundationsWithoutItsCrash() {
        // Compared with Foundation where it can answer.
        for path in ["oo", "./o", "/o", "/", "", "a/b", "a/b/", "/a/b//", "ab/c", "a//b", "//ab", "out/folder", "é/fé", "../x", "x/.."] {
            #expect(Paths.parent(path) == (path as NSString).deletingLastPathComponent, "\(path)")
        }
        // Where it cannot: a name of one character is in no folder named.
        for path in ["o", "é", "o/", "o//", "語"] { #expect(Paths.parent(path) == "", "\(path)") }
        #expect(Paths.parent("a/o") == "a" && Paths.parent("/o/") == "/")
    }
}
