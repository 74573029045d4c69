/// Files, YAML, CSV: problems of reading the inputs, before any rule of the documents.
public enum InputCode: Hashable, Sendable, CaseIterable {
    case fileMissing, fileUnreadable, fileTooLarge, fileNotUTF8, fileNotRegular, fileUnknownKind, pathMissing
    case pathOutsideFolder
    case placeholder, textControlCharacter
    case yamlSyntax, yamlAliasKey, yamlAliasLimit, yamlEmptyDocument, yamlFullWidthColon, yamlFullWidthIndent
    case csvSyntax, csvNoHeader, csvDuplicateColumn, csvUnknownColumn, csvMissingColumn, csvColumns, csvLineEndings
    case value(ValueProblem, InputFormat)

    public static let allCases: [InputCode] = [
        .fileMissing, .fileUnreadable, .fileTooLarge, .fileNotUTF8, .fileNotRegular, .fileUnknownKind, .pathMissing,
        .pathOutsideFolder, .placeholder, .textControlCharacter,
        .yamlSyntax, .yamlAliasKey, .yamlAliasLimit, .yamlEmptyDocument, .yamlFullWidthColon, .yamlFullWidthIndent,
        .csvSyntax, .csvNoHeader, .csvDuplicateColumn, .csvUnknownColumn, .csvMissingColumn, .csvColumns, .csvLineEndings,
    ] + InputFormat.allCases.flatMap { format in
        ValueProblem.allCases.filter { $0.occurs(in: format) }.map { InputCode.value($0, format) }
    }

    /// A file that could not be read at all (so nothing in it was checked).
    public var isFileProblem: Bool {
        switch self {
        case .fileMissing, .fileUnreadable, .fileTooLarge, .fileNotUTF8, .fileNotRegular, .pathOutsideFolder: true
        default: false
        }
    }

    public var id: String {
        switch self {
        case .fileMissing: "file-missing"
        case .fileUnreadable: "file-unreadable"
        case .fileTooLarge: "file-too-large"
        case .fileNotUTF8: "file-not-utf8"
        case .fileNotRegular: "file-not-regular"
        case .fileUnknownKind: "file-unknown-kind"
        case .pathMissing: "path-missing"
        case .pathOutsideFolder: "path-outside-folder"
        case .placeholder: "placeholder"
        case .textControlCharacter: "text-control-character"
        case .yamlSyntax: "yaml-syntax"
        case .yamlAliasKey: "yaml-alias-key"
        case .yamlAliasLimit: "yaml-alias-limit"
        case .yamlEmptyDocument: "yaml-empty-document"
        case .yamlFullWidthColon: "yaml-fullwidth-colon"
        case .yamlFullWidthIndent: "yaml-fullwidth-indent"
        case .csvSyntax: "csv-syntax"
        case .csvNoHeader: "csv-no-header"
        case .csvDuplicateColumn: "csv-duplicate-column"
        case .csvUnknownColumn: "csv-unknown-column"
        case .csvMissingColumn: "csv-missing-column"
        case .csvColumns: "csv-columns"
        case .csvLineEndings: "csv-line-endings"
        case .value(let problem, let format): format.rawValue + "-" + problem.rawValue
        }
    }

    public var info: CodeInfo {
        switch self {
        case .fileMissing:
            .error(m("契約フォルダの中に、必要なファイル（contract.yaml、plan.yaml など）がありません。",
                     "A file the contract folder needs (contract.yaml, plan.yaml …) does not exist."),
                   example: "my-contract/  # contract.yaml だけで plan.yaml がない",
                   fix: m("teishutsu init で雛形を作るか、ファイル名の綴りを確認してください。",
                          "Create it (teishutsu init writes a scaffold) or check the file name's spelling."))
        case .fileUnreadable:
            .io(m("ファイルを読めません（権限、または入出力のエラー）。", "A file cannot be read (permissions, or an I/O error)."),
                example: "chmod 000 plan.yaml",
                fix: m("ファイルの権限を確認し、読めるようにしてください。", "Check the file's permissions and make it readable."))
        case .fileTooLarge:
            .error(m("入力ファイルが上限（YAML 4 MB、CSV 32 MB、下書き 16 MB）を超えています。",
                     "An input file is larger than its limit (YAML 4 MB, CSV 32 MB, drafts 16 MB)."),
                   example: "plan.yaml  # 5 MB",
                   fix: m("ファイルを分けるか、不要な記載を削ってください。", "Split the file or remove what is not needed."))
        case .fileNotUTF8:
            .error(m("入力ファイルが UTF-8 ではありません（Shift_JIS、UTF-16 など）。", "An input file is not UTF-8 (Shift_JIS, UTF-16 …)."),
                   example: "Excel で「CSV（コンマ区切り）」として保存した incidents.csv（Shift_JIS）",
                   fix: m("エディタで文字コードを UTF-8 にして保存し直してください（Excel では「CSV UTF-8」）。",
                          "Save the file again as UTF-8 (in Excel: “CSV UTF-8”)."))
        case .fileNotRegular:
            .error(m("入力として通常のファイルでないもの（フォルダ、名前付きパイプ、デバイスなど）が指定されています。",
                     "An input is not a regular file (a folder, a named pipe, a device …)."),
                   example: "mkfifo plan.yaml",
                   fix: m("通常のファイルを置いてください。", "Put a regular file there."))
        case .fileUnknownKind:
            .io(m("validate に渡したファイルの種類がわかりません（フォルダ、.yaml、.csv、.xml、.html のいずれか）。",
                  "A path given to validate is none of the kinds teishutsu reads (a folder, .yaml, .csv, .xml, .html)."),
                example: "teishutsu validate notes.txt",
                fix: m("契約フォルダ、YAML、CSV、XML または HTML のファイルを指定してください。",
                       "Give a contract folder, or a YAML, CSV, XML or HTML file."))
        case .pathMissing:
            .io(m("コマンドに指定したフォルダやファイルがありません。", "A folder or file named on the command line does not exist."),
                example: "teishutsu build my-contrct",
                fix: m("パスの綴りを確認してください。", "Check the path's spelling."))
        case .pathOutsideFolder:
            .error(m("入力が契約フォルダの外のファイルを指しています（../ や絶対パス、フォルダ外へのシンボリックリンク）。CI で他人の変更を検査するときに機密ファイルを読まないよう、既定では拒否します。",
                     "An input names a file outside the contract folder (../, an absolute path, or a symbolic link out of it). Refused by default, so that checking someone else's change in CI never reads a secret file."),
                   example: "logs:\n  incidents: /etc/passwd",
                   fix: m("ファイルを契約フォルダの中に置くか、信頼できるフォルダを --allow-path DIR で許可してください。",
                          "Put the file inside the contract folder, or allow a trusted folder with --allow-path DIR."))
        case .placeholder:
            .error(m("teishutsu init の雛形の記入欄（TODO(…)）が残っています。", "A placeholder of the scaffold (TODO(…)) is not filled in yet."),
                   example: "contract:\n  title: TODO(契約件名)",
                   fix: m("TODO(…) を実際の値に書き換えてください。", "Replace TODO(…) with the real value."))
        case .textControlCharacter:
            .error(m("文字列に制御文字（U+0000〜U+001F、DEL、U+FFFE など）が含まれています。XML に書けず、印刷にも現れません。",
                     "Text contains a control character (U+0000–U+001F, DEL, U+FFFE …), which XML cannot hold and print does not show."),
                   example: "summary: \"停止\\u007f\"",
                   fix: m("制御文字を削除してください（コピー＆ペーストで紛れ込むことがあります）。",
                          "Delete the control character (copy and paste sometimes brings one in)."))
        case .yamlSyntax:
            .error(m("YAML の構文エラーです。インデント、「キー: 値」、引用符や括弧の閉じ忘れを確認してください。",
                     "The file is not well-formed YAML: check the indentation, 'key: value', and unclosed quotes or brackets."),
                   example: "contract:\n  title: 件名\n title2: ずれたインデント",
                   fix: m("示された行とその前の行のインデントをそろえてください。", "Align the indentation of the line shown and the one before it."))
        case .yamlAliasKey:
            .error(m("YAML のエイリアス（*name）はキーとして使えません。", "A YAML alias (*name) cannot be used as a key."),
                   example: "? *anchor\n: value",
                   fix: m("キーは文字列で書いてください。", "Write keys as plain text."))
        case .yamlAliasLimit:
            .error(m("YAML のエイリアス（*name）を展開すると値が上限を超えます（エイリアスによる膨張攻撃への対策）。",
                     "YAML aliases (*name) expand the document beyond the limit of values (the guard against alias bombs)."),
                   example: "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
                   fix: m("エイリアスを使わずに書いてください。", "Write the values out without aliases."))
        case .yamlEmptyDocument:
            .error(m("YAML ファイルが空です。", "The YAML file is empty."),
                   example: "# コメントだけのファイル",
                   fix: m("ファイルの内容を書いてください（teishutsu init の雛形を参照）。", "Write the file's content (see the scaffold of teishutsu init)."))
        case .yamlFullWidthColon:
            .error(m("キーの後ろが全角のコロン（：）か、「:」の後ろの空白が全角になっています。YAML の区切りは半角の「: 」です（日本語入力のまま打つと全角になります）。",
                     "A key is followed by a full-width colon (：), or by ':' and a full-width space; YAML needs the ASCII colon and space ': ' (an IME in Japanese mode types the full-width ones)."),
                   example: "contract:\n  title：件名",
                   fix: m("「：」や「:」と全角の空白を、半角の「: 」（コロンと空白）に直してください。", "Replace '：' (or ':' and a full-width space) with an ASCII colon and a space ': '."))
        case .yamlFullWidthIndent:
            .error(m("インデントか、リストの「-」の後ろに全角の空白（U+3000）が使われています。YAML のインデントと区切りは半角の空白だけです。",
                     "The indentation, or the space after a list's dash, holds a full-width space (U+3000); YAML indents and separates with ASCII spaces only."),
                   example: "contract:\n\u{3000}\u{3000}title: 件名",
                   fix: m("行頭の全角空白は半角の空白2つずつに、「-」の後ろの全角空白は半角の空白1つに直してください。",
                          "Replace each full-width space at the start of the line with two ASCII spaces, and one after a dash with one ASCII space."))
        case .csvSyntax:
            .error(m("CSV の構文エラーです（引用符が閉じていない、引用符の後に文字がある）。",
                     "The CSV is not well-formed (an unclosed quote, or characters after a quoted field)."),
                   example: "id,summary\nINC-1,\"停止",
                   fix: m("値を \" で囲む場合は閉じ、値の中の \" は \"\" と書いてください。", "Close every quoted value; write a quote inside one as \"\"."))
        case .csvNoHeader:
            .error(m("CSV に見出し行がありません。", "The CSV has no header row."),
                   example: "（空のファイル）",
                   fix: m("1行目に列名（id,occurred_at,…）を書いてください。", "Write the column names (id,occurred_at,…) on the first line."))
        case .csvDuplicateColumn:
            .error(m("CSV の見出しに同じ列名が2回あります。", "A column appears twice in the CSV header."),
                   example: "id,id,occurred_at",
                   fix: m("重複した列を削除してください。", "Remove the repeated column."))
        case .csvUnknownColumn:
            .error(m("CSV の見出しに、このログにない列名があります（綴りの誤り）。", "The CSV header names a column this log does not have (often a typo)."),
                   example: "id,occured_at,impact",
                   fix: m("列名を README の表のとおりに直してください。", "Name the columns as the README's table does."))
        case .csvMissingColumn:
            .error(m("CSV の見出しに必須の列がありません。", "The CSV header lacks a required column."),
                   example: "id,recovered_at,impact  # occurred_at がない",
                   fix: m("必須の列を見出しに加えてください。", "Add the required column to the header."))
        case .csvColumns:
            .error(m("CSV の行の値の数が見出しの列数と違います。「,」を含む値は \" で囲みます。",
                     "A CSV row has a different number of values than the header has columns; quote a value that holds a comma."),
                   example: "id,summary\nINC-1,停止,復旧",
                   fix: m("値の数をそろえ、「,」を含む値は \"…\" で囲んでください。", "Make the counts agree, and quote a value that holds a comma."))
        case .csvLineEndings:
            .error(m("CSV の改行が CR だけです（古い Mac の形式）。行の区切りが読めません。", "The CSV's lines end with CR only (the old Mac form); its rows cannot be told apart."),
                   example: "id,occurred_at\\rINC-1,2025-04-01T10:00\\r",
                   fix: m("改行を LF または CRLF にして保存し直してください。", "Save it again with LF or CRLF line endings."))
        case .value(let problem, let format):
            problem.info(format)
        }
    }
}

extension ValueProblem {
    func info(_ format: InputFormat) -> CodeInfo {
        let example: (String, String, String) -> String = { yaml, csv, xml in format == .yaml ? yaml : format == .csv ? csv : xml }
        switch self {
        case .unknownKey:
            return .error(m("この形式にないキー（要素）です。多くは綴りの誤りで、近い名前があれば示します。",
                            "A key (element) the format does not have; usually a typo, and the nearest name is suggested."),
                          example: example("contract:\n  titel: 件名", "", "<contract><titel>件名</titel></contract>"),
                          fix: m("キーの綴りを直してください（teishutsu schema docs に一覧があります）。", "Fix the key's spelling (teishutsu schema docs lists every key)."))
        case .missingKey:
            return .error(m("必須のキー（要素）がありません。", "A required key (element) is missing."),
                          example: example("contract:\n  start: 2023-01-04\n  end: 2026-03-31  # title がない", "", "<contract><start>2023-01-04</start></contract>"),
                          fix: m("示されたキーを加えてください。", "Add the key named."))
        case .duplicateKey:
            return .error(m("同じキーが2回書かれています。後の値で前の値が黙って上書きされるのを防ぐため、エラーにします。",
                            "A mapping has the same key twice; refused, so that the second never silently replaces the first."),
                          example: example("client:\n  name: 瀬戸内県\n  name: 瀬戸内県庁", "", "<requirement id=\"REQ-LAW\">…</requirement><requirement id=\"REQ-LAW\">…</requirement>"),
                          fix: m("どちらか一方を削除してください。", "Delete one of the two."))
        case .empty:
            return .error(m("値が空です。", "A value is empty."),
                          example: example("contract:\n  title:", "id,occurred_at,impact\nINC-1,,stop", "<title></title>"),
                          fix: m("値を記入するか、任意のキーならキーごと削除してください。", "Fill in the value, or delete the key if it is optional."))
        case .type:
            return .error(m("値の型が違います（文字列・数値・リスト・マッピングなど）。", "A value has the wrong type (text, number, list, mapping …)."),
                          example: example("officers: 高橋 誠一  # リストが必要", "id,impact\nINC-1,99x", "<count>三</count>"),
                          fix: m("期待される型（メッセージの「期待」）に合わせて書き直してください。", "Write it as the type expected (the message says which)."))
        case .date:
            return .error(m("日付として読めません。2023-01-16 または 令和5年1月16日（R5.1.16）の形で、実在する日を書きます。",
                            "A date that cannot be read: write 2023-01-16 or 令和5年1月16日 (R5.1.16), a day that exists."),
                          example: example("deadline: 令和5年2月30日", "", "<deadline>2023-02-30</deadline>"),
                          fix: m("日付を正しい形で書き直してください。曜日を添える場合はその日の曜日にします。",
                                 "Write the date in one of the forms shown; a weekday written with it must be the date's own."))
        case .time:
            return .error(m("日時として読めません。2024-03-01T10:15（秒と時差は省略可、省略時は日本時間）の形で書きます。",
                            "A time that cannot be read: write 2024-03-01T10:15 (seconds and offset optional; Japan time without one)."),
                          example: example("occurred_at: 3/1 10:15", "id,occurred_at\nINC-1,2024-13-01 10:15", "<occurred_at>2024-03-01 25:00</occurred_at>"),
                          fix: m("日時を ISO 8601 の形（2024-03-01T10:15）か Excel の形（2024/03/01 10:15）で書いてください。",
                                 "Write the time as ISO 8601 (2024-03-01T10:15) or as Excel writes it (2024/03/01 10:15)."))
        case .badChoice:
            return .error(m("決められた値のどれでもありません。", "A value outside the allowed choices."),
                          example: example("role: subcontracter", "id,impact\nINC-1,down", "<kind>external</kind>"),
                          fix: m("メッセージに示された値のどれかにしてください。", "Use one of the values the message lists."))
        case .badKey:
            return .error(m("キーの形が違います（例: REQ-TECH-1、SP-01）。", "A key of the wrong shape (e.g. REQ-TECH-1, SP-01)."),
                          example: example("requirements:\n  req-law: { answer: … }", "", "<requirement id=\"law\">"),
                          fix: m("キーを決められた形（英大文字・数字・ハイフン）にしてください。", "Write the key in the shape required (capitals, digits, hyphens)."))
        case .tooFewItems:
            return .error(m("リストの件数が足りません（少なくとも1件が必要な項目など）。", "A list has fewer items than it needs (at least one, for instance)."),
                          example: example("officers: []", "", "<officers/>"),
                          fix: m("必要な件数まで項目を加えてください。", "Add items up to the number required."))
        case .tooManyValues:
            return .error(m("値の数が上限（25万個）を超えています。", "The document holds more values than the limit (250,000)."),
                          example: example("（数十万行のリスト）", "", "（数十万個の要素）"),
                          fix: m("ファイルを分けるか、不要な値を削ってください。", "Split the file or remove what is not needed."))
        }
    }
}
