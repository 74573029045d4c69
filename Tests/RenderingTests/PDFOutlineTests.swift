import Foundation
import Testing
@testable import Rendering

/// Reading a printed PDF's outline back, and filling the table of contents with its pages.
@Suite struct PDFOutlineTests {
    /// A PDF as Chromium writes one: a catalog, a page tree with a nested node, an outline.
    static let pdf = """
    %PDF-1.4
    1 0 obj
    << /Type /Catalog /Pages 2 0 R /Outlines 10 0 R >>
    endobj
    2 0 obj
    << /Type /Pages /Kids [3 0 R 4 0 R 7 0 R] /Count 4 >>
    endobj
    3 0 obj
    << /Type /Page /Parent 2 0 R >>
    endobj
    4 0 obj
    << /Type /Page /Parent 2 0 R >>
    endobj
    7 0 obj
    << /Type /Pages /Kids [5 0 R 6 0 R] /Parent 2 0 R >>
    endobj
    5 0 obj
    << /Type /Page /Parent 7 0 R >>
    endobj
    6 0 obj
    << /Type /Page /Parent 7 0 R >>
    endobj
    11 0 obj
    << /Title <FEFF76EE6B21> /Dest [4 0 R /XYZ 44.5 760.6 0] /Parent 10 0 R >>
    endobj
    12 0 obj
    << /Title <FEFFFF1130B530FC30D330B9> /Dest [6 0 R /XYZ 42.9 560.3 0] /Parent 10 0 R >>
    endobj
    13 0 obj
    << /Title (Appendix) /Dest [5 0 R /XYZ 42.9 560.3 0] /Parent 10 0 R >>
    endobj
    """

    @Test func titlesAndPagesAreRead() {
        let entries = PDFOutline.entries(Data(Self.pdf.utf8))
        // 目次 on page 2; Appendix on page 3 (the nested node's first page); １サービス on page 4.
        #expect(entries.map(\.title) == ["目次", "Appendix", "１サービス"])
        #expect(entries.map(\.page) == [2, 3, 4])
    }

    @Test func theTableOfContentsGetsItsPages() {
        let html = ##"<li><a href="#s">サービス</a><span class="toc-page" data-toc-title="サービス"></span></li><li><span class="toc-page" data-toc-title="無い見出し"></span></li>"##
        let filled = PDFFormat.fillingTableOfContents(html, outline: [("目次", 2), ("１サービス", 4)])
        #expect(filled == ##"<li><a href="#s">サービス</a><span class="toc-page" data-toc-title="サービス">4</span></li><li><span class="toc-page" data-toc-title="無い見出し"></span></li>"##)
        // In the digits of the page numbers at the foot of the page.
        let mixed = "<style>@page { @bottom-center { content: \"－ \" counter(page, teishutsu-mixed) \" －\"; } }</style>" + html
        #expect(PDFFormat.fillingTableOfContents(mixed, outline: [("１サービス", 4)]).contains(">４</span>"))
        #expect(PDFFormat.fillingTableOfContents(mixed, outline: [("１サービス", 12)]).contains(">12</span>"))
        let full = mixed.replacingOccurrences(of: "teishutsu-mixed", with: "teishutsu-full")
        #expect(PDFFormat.fillingTableOfContents(full, outline: [("１サービス", 12)]).contains(">１２</span>"))
    }

    /// A cover letter (鑑) is not counted: its pages come off every entry's page.
    @Test func aCoverLetterIsNotCountedInTheTableOfContents() {
        let entry = ##"<span class="toc-page" data-toc-title="サービス"></span>"##
        let style = "<style>@page letter { counter-increment: page 0; }</style>"
        let letter = ##"<section class="letter"><h1 class="letter-subject">サービスの提出について</h1></section>"##
        // The letter's heading on page 1, the cover's on page 3: a letter of two pages.
        let outline = [("サービスの提出について", 1), ("実施計画書", 3), ("目次", 4), ("１サービス", 6)]
        #expect(PDFFormat.letterPages(style + letter + entry, outline: outline) == 2)
        #expect(PDFFormat.letterPages(style + entry, outline: outline) == 0, "no letter, nothing taken off")
        #expect(PDFFormat.letterPages(letter + entry, outline: outline) == 0, "a style that counts the letter: nothing taken off")
        // A letter whose second heading is on its page 2 (記, a section of its own inside it):
        // the document begins at the heading after the letter's two.
        let longLetter = ##"<section class="letter"><h1 class="letter-subject">件名</h1><section><h2>記</h2></section><p>…</p></section><h1>実施計画書</h1>"##
        #expect(PDFFormat.letterPages(style + longLetter + entry, outline: [("件名", 1), ("記", 2), ("実施計画書", 3), ("１サービス", 5)]) == 2)
        #expect(PDFFormat.letterPages(style + longLetter + entry, outline: [("件名", 1), ("記", 1), ("実施計画書", 2)]) == 1)
        // The letter's subject holds the entry's title too: the entry is still the section's.
        #expect(PDFFormat.fillingTableOfContents(letter + entry, outline: outline, uncounted: 2)
                == letter + ##"<span class="toc-page" data-toc-title="サービス">4</span>"##)
    }
}
