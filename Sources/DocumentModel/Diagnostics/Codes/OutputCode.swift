/// Writing the documents.
public enum OutputCode: String, Hashable, Sendable, CaseIterable {
    case failed = "output-failed"
    case invalidXML = "output-xml-invalid"
    case xmlSchema = "output-xml-schema"
    case xsdUnavailable = "xsd-unavailable"
    case pdfFailed = "output-pdf-failed"
    case pdfEngineMissing = "pdf-engine-missing"

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
        case .pdfFailed:
            .io(m("Chromium が PDF を印刷できませんでした（起動できない、時間切れ、異常終了）。何も書いていません。",
                     "Chromium could not print a PDF (it did not start, timed out or failed); nothing was written."),
                   example: "TEISHUTSU_CHROME=/bin/false teishutsu build demo --pdf",
                   fix: m("メッセージの理由を確認してください。Chromium と日本語フォント（fonts-noto-cjk）が入っていること、TEISHUTSU_CHROME が正しい実行ファイルを指すことを確認してください。",
                          "Check the reason given; make sure Chromium and Japanese fonts (fonts-noto-cjk) are installed and TEISHUTSU_CHROME names the right executable."))
        case .pdfEngineMissing:
            .io(m("PDF を作るための Chromium が見つかりません。何も書いていません。", "No Chromium to print PDF with was found; nothing was written."),
                example: "PATH=/nothing teishutsu build demo --pdf",
                fix: m("Chromium と日本語フォントを入れるか（Debian/Ubuntu: apt install chromium fonts-noto-cjk）、TEISHUTSU_CHROME に実行ファイルを指定してください。",
                       "Install Chromium and Japanese fonts (Debian/Ubuntu: apt install chromium fonts-noto-cjk), or set TEISHUTSU_CHROME to its executable."))
        case .xsdUnavailable:
            .error(m("組み込みの XSD を読めません（壊れたビルド）。", "A built-in XSD cannot be read (a broken build)."),
                   example: "",
                   fix: m("teishutsu をビルドし直してください。", "Build teishutsu again."))
        }
    }
}
