/// Drafts: XML and HTML documents written or edited outside teishutsu.
public enum DraftCode: String, Hashable, Sendable, CaseIterable {
    case tooLarge = "draft-too-large"
    case xmlDoctype = "xml-doctype"
    case xmlSyntax = "xml-syntax"
    case xmlSchema = "xml-schema"
    case xmlUnknownDocument = "xml-unknown-document"
    case htmlUnreadable = "html-unreadable"
    case htmlUnknownDocument = "html-unknown-document"
    case htmlTooDeep = "html-too-deep"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .tooLarge:
            .error(m("下書きが上限（16 MB）を超えています。", "The draft is larger than the limit (16 MB)."),
                   example: "teishutsu validate huge.xml",
                   fix: m("下書きを小さくしてください。", "Make the draft smaller."))
        case .xmlDoctype:
            .error(m("XML の下書きに DTD やエンティティの宣言（<!DOCTYPE、<!ENTITY）があります。外部エンティティ（XXE）や展開爆弾を防ぐため、読まずに拒否します。",
                     "The XML draft declares a DTD or entities (<!DOCTYPE, <!ENTITY); refused unread, as a guard against XXE and entity bombs."),
                   example: "<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                   fix: m("DOCTYPE を削除してください。teishutsu の文書には不要です。", "Delete the DOCTYPE; teishutsu's documents never need one."))
        case .xmlSyntax:
            .error(m("XML として読めません（整形式ではありません）。", "The draft is not well-formed XML."),
                   example: "<plan><contract></plan>",
                   fix: m("タグの対応や特殊文字（&、<）のエスケープを確認してください。", "Check that tags match and that & and < are escaped."))
        case .xmlSchema:
            .error(m("XML の下書きが XSD（Templates/xml/*.xsd）に適合しません。", "The XML draft does not match its XSD (Templates/xml/*.xsd)."),
                   example: "<plan xmlns=\"urn:teishutsu:plan:1\" version=\"1.0\"><unknown/></plan>",
                   fix: m("teishutsu schema xsd plan で要素の順序と型を確認してください。", "Check the elements' order and types with teishutsu schema xsd plan."))
        case .xmlUnknownDocument:
            .error(m("XML のルート要素が teishutsu の文書（<plan>、<report> など、名前空間 urn:teishutsu:…）ではありません。",
                     "The XML's root element is not a teishutsu document (<plan>, <report> … in the urn:teishutsu:… namespace)."),
                   example: "<document>…</document>",
                   fix: m("teishutsu build が出力した XML を元にしてください。", "Start from an XML teishutsu build wrote."))
        case .htmlUnreadable:
            .error(m("HTML として読めません。", "The draft cannot be read as HTML."),
                   example: "（空のファイル）",
                   fix: m("HTML のファイルを指定してください。", "Give an HTML file."))
        case .htmlUnknownDocument:
            .error(m("HTML の題名や見出しに文書名（サービス実施計画書・サービス実績報告書）がないため、どの文書か判断できません。",
                     "The HTML's title and headings name no document (サービス実施計画書, サービス実績報告書), so its kind is unknown."),
                   example: "<title>資料</title>",
                   fix: m("<title> か <h1> に文書名を入れてください。", "Put the document's name in <title> or <h1>."))
        case .htmlTooDeep:
            .error(m("HTML の入れ子が深すぎて最後まで読めません（libxml2 の上限）。見出しの検査は行っていません。",
                     "The HTML is nested too deeply to be read to its end (libxml2's limit); its headings were not checked."),
                   example: "<div><div><div>…（数千段）",
                   fix: m("要素の入れ子を浅くしてください。", "Nest the elements less deeply."))
        }
    }
}
