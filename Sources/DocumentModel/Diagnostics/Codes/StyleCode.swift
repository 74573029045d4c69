/// The style of what the user wrote, as a prefectural reviewer reads it (JAPANESE-STYLE.md; the
/// class of checks of textlint-rule-preset-ja-technical-writing). Warnings, each switchable in
/// contract.yaml (`document.style_checks`).
public enum StyleCode: String, Hashable, Sendable, CaseIterable {
    case numberUnitSpace = "style-number-unit-space"
    case halfwidthKatakana = "style-halfwidth-katakana"
    case asciiPunctuation = "style-ascii-punctuation"
    case mixedRegister = "style-mixed-register"
    case digitStyle = "style-digit-style"
    case doubled = "style-doubled"
    case numbering = "style-numbering"

    public var id: String { rawValue }

    /// The key of `document.style_checks` that turns it off.
    public var settingKey: String {
        switch self {
        case .numberUnitSpace: "number_unit_space"
        case .halfwidthKatakana: "halfwidth_katakana"
        case .asciiPunctuation: "ascii_punctuation"
        case .mixedRegister: "mixed_register"
        case .digitStyle: "digit_style"
        case .doubled: "doubled"
        case .numbering: "numbering"
        }
    }

    public var info: CodeInfo {
        switch self {
        case .numberUnitSpace:
            .warning(m("数字と単位の間に空白があります。公用文では数字と単位を続けて書きます（1,977件、99.13％）。",
                       "A space between a number and its unit; official Japanese writes them together (1,977件, 99.13％)."),
                     example: "detail: 不審な通信 4 件を確認",
                     fix: m("空白を削除してください（４件）。止めるには contract.yaml の document.style_checks.number_unit_space: false。",
                            "Remove the space (４件). To turn the check off: document.style_checks.number_unit_space: false in contract.yaml."))
        case .halfwidthKatakana:
            .warning(m("半角カタカナがあります。全角カタカナで書きます。", "Half-width katakana; write katakana full-width."),
                     example: "content: ｻｰﾊﾞの保守",
                     fix: m("全角カタカナに直してください（サーバ）。止めるには document.style_checks.halfwidth_katakana: false。",
                            "Write it full-width (サーバ). To turn the check off: document.style_checks.halfwidth_katakana: false."))
        case .asciiPunctuation:
            .warning(m("和文の中に半角の記号（, . : ( ) % など）があります。和文では全角の 、。：（）％ を使います（数字と時刻の中は半角のまま）。",
                       "ASCII punctuation (, . : ( ) % …) inside Japanese text; Japanese uses 、。：（）％ (numbers and times keep theirs)."),
                     example: "content: 月次で実施(年12回).",
                     fix: m("全角の記号に直してください（月次で実施（年12回）。）。止めるには document.style_checks.ascii_punctuation: false。",
                            "Use the full-width marks. To turn the check off: document.style_checks.ascii_punctuation: false."))
        case .mixedRegister:
            .warning(m("一つの記載の中で、です・ます調とである調が混ざっています。",
                       "One text mixes です・ます and である endings."),
                     example: "detail: 棚卸しを実施した。不要IDはありませんでした。",
                     fix: m("どちらかにそろえてください（文書の文体は contract.yaml の document.register）。止めるには document.style_checks.mixed_register: false。",
                            "Write it in one register (the documents' own is document.register in contract.yaml). To turn the check off: document.style_checks.mixed_register: false."))
        case .digitStyle:
            .warning(m("数字の全角・半角が契約の書き方（document.date_style）と違います。mixed では１桁の数字を全角、２桁以上を半角で書きます（３回、48時間）。",
                       "A number's width breaks the contract's digit style (document.date_style); mixed writes one digit full-width and more half-width (３回, 48時間)."),
                     example: "detail: 年1回実施  # mixed では 年１回",
                     fix: m("契約の書き方にそろえてください。止めるには document.style_checks.digit_style: false。",
                            "Write it in the contract's style. To turn the check off: document.style_checks.digit_style: false."))
        case .doubled:
            .warning(m("助詞または句読点が続けて重なっています（をを、。。）。", "A particle or punctuation mark is doubled (をを, 。。)."),
                     example: "content: 手順書をを改訂した。。",
                     fix: m("一つにしてください。止めるには document.style_checks.doubled: false。",
                            "Keep one. To turn the check off: document.style_checks.doubled: false."))
        case .numbering:
            .warning(m("行頭の項目番号の後に「.」「、」「)」などが付いています。公用文の項目番号は 第1 → 1 → (1) → ア → (ア) の順で、番号の後には空白を置きます。",
                       "An item number at the start of a line is followed by a mark (. 、 ) …); official Japanese numbers items 第1 → 1 → (1) → ア → (ア), with a space after the number."),
                     example: "escalation: 1. 検知した者は運用当番へ連絡する。",
                     fix: m("記号を空白にするか（1 検知した者は…）、括弧で囲んでください（（1）検知した者は…）。止めるには document.style_checks.numbering: false。",
                            "Put a space after the number (1 検知した者は…) or bracket it (（1）検知した者は…). To turn the check off: document.style_checks.numbering: false."))
        }
    }
}
