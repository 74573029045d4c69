/// Writing the documents.
public enum OutputCode: String, Hashable, Sendable, CaseIterable {
    case failed = "output-failed"
    case invalidXML = "output-xml-invalid"
    case xmlSchema = "output-xml-schema"
    case xsdUnavailable = "xsd-unavailable"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .failed:
            .io(m("出力ファイルを書けません（権限、容量、出力先がファイル）。何も置き換えていません。",
                  "An output cannot be written (permissions, disk space, or the output folder is a file); nothing was replaced."),
                example: "teishutsu build demo --output /read-only",
                fix: m("出力先のフォルダの権限と空き容量を確認してください。", "Check the output folder's permissions and free space."))
        case .invalidXML:
            .error(m("生成した XML が整形式ではありません（teishutsu の不具合）。何も書いていません。", "A generated XML is not well-formed (a teishutsu bug); nothing was written."),
                   example: "",
                   fix: m("入力を添えて不具合として報告してください。", "Report it as a bug, with the input."))
        case .xmlSchema:
            .error(m("生成した XML が XSD に適合しません。入力に XML に書けない値があるか、teishutsu の不具合です。何も書いていません。",
                     "A generated XML does not match its XSD: an input value XML cannot hold, or a teishutsu bug; nothing was written."),
                   example: "",
                   fix: m("メッセージの値を確認し、解決しなければ入力を添えて報告してください。", "Check the value named; if it persists, report it with the input."))
        case .xsdUnavailable:
            .error(m("組み込みの XSD を読めません（壊れたビルド）。", "A built-in XSD cannot be read (a broken build)."),
                   example: "",
                   fix: m("teishutsu をビルドし直してください。", "Build teishutsu again."))
        }
    }
}
