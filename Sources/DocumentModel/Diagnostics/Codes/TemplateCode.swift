/// The HTML templates (built in, or replaced with --templates).
public enum TemplateCode: String, Hashable, Sendable, CaseIterable {
    case syntax = "template-syntax"
    case unknownName = "template-unknown-name"
    case unknownPartial = "template-unknown-partial"
    case recursivePartial = "template-recursive-partial"
    case folderMissing = "template-folder-missing"
    case missing = "template-missing"
    case unreadable = "template-unreadable"
    case tooLarge = "template-too-large"
    case unused = "template-unused-file"

    public var id: String { rawValue }

    public var info: CodeInfo {
        switch self {
        case .syntax:
            .error(m("テンプレートの構文エラーです（閉じていないタグ、対応しないセクション）。", "A template is not well-formed Mustache (an unclosed tag, a section that does not match)."),
                   example: "{{#revisions}}<tr>…</tr>",
                   fix: m("{{#name}} には対応する {{/name}} を書いてください。", "Close every {{#name}} with {{/name}}."))
        case .unknownName:
            .error(m("テンプレートがビューにない名前を使っています。多くは綴りの誤りで、空欄のまま文書に出るのを防ぐためエラーにします。",
                     "A template asks for a name the view does not have; usually a typo, refused so that it never prints as a blank."),
                   example: "{{servise_name}}",
                   fix: m("示された名前の一覧から正しい名前を選んでください（teishutsu schema docs 参照）。", "Use one of the names the message lists."))
        case .unknownPartial:
            .error(m("テンプレートが存在しない部分テンプレート（{{> name}}）を読み込んでいます。", "A template includes a partial ({{> name}}) that does not exist."),
                   example: "{{> footer}}",
                   fix: m("部分テンプレートのファイル（name.mustache）を用意するか、名前を直してください。", "Provide name.mustache, or fix the name."))
        case .recursivePartial:
            .error(m("部分テンプレートが自分自身を（直接または他の部分テンプレートを通して）読み込んでいます。無限に展開されるため拒否します。",
                     "A partial includes itself, directly or through others; refused, as it would expand without end."),
                   example: "style.mustache:\n{{> style}}",
                   fix: m("読み込みの循環を断ってください。", "Break the cycle of includes."))
        case .folderMissing:
            .io(m("--templates に指定したフォルダがありません。", "The --templates folder does not exist."),
                example: "teishutsu build demo --templates my-tempaltes",
                fix: m("フォルダのパスを確認してください。", "Check the folder's path."))
        case .missing:
            .error(m("文書に必要なテンプレートがありません。", "A template a document needs is missing."),
                   example: "（組み込みのテンプレートが欠けたビルド）",
                   fix: m("teishutsu を再インストールするか、--templates に同名のファイルを置いてください。", "Reinstall teishutsu, or put a file of that name in --templates."))
        case .unreadable:
            .error(m("テンプレートのファイルを読めません（UTF-8 でない、通常のファイルでない、権限がない）。", "A template file cannot be read (not UTF-8, not a regular file, no permission)."),
                   example: "mkfifo templates/plan.mustache",
                   fix: m("UTF-8 の通常のファイルにしてください。", "Make it a regular UTF-8 file."))
        case .unused:
            .warning(m("--templates のフォルダに、teishutsu が使わないファイルがあります。置き換えられるのは組み込みと同じ名前の HTML テンプレート（plan.mustache など）と、それらが読み込む部分テンプレートだけです。XSD は置き換えられません。",
                       "The --templates folder holds a file teishutsu does not use: only HTML templates named as the built-in ones (plan.mustache …) and the partials they include replace anything. XSDs are not replaced."),
                     example: "my-templates/html/reprot.mustache",
                     fix: m("ファイル名を組み込みのテンプレート名に合わせてください（teishutsu schema docs 参照）。", "Name the file as a built-in template is named."))
        case .tooLarge:
            .error(m("テンプレートが大きすぎます（1 MB または 10 万タグが上限）。", "A template is too large (the limit is 1 MB or 100,000 tags)."),
                   example: "（数十万のタグを持つテンプレート）",
                   fix: m("テンプレートを小さくしてください。", "Make the template smaller."))
        }
    }
}
