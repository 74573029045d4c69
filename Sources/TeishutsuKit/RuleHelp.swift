import DocumentModel

/// The help text of every diagnostic code (SARIF rules, `teishutsu explain`, docs/diagnostics.md).
public enum RuleHelp {
    public static let entries: [(code: String, help: Message)] = {
        var list: [(String, Message)] = [
            ("file-missing", Message(ja: "必要なファイルがありません。", en: "A file the command needs does not exist.")),
            ("file-unreadable", Message(ja: "ファイルを読めません（権限やフォルダ名を確認）。", en: "A file cannot be read (check permissions, or whether it is a folder).")),
            ("file-too-large", Message(ja: "入力ファイルが上限を超えています。", en: "An input file is larger than the limit.")),
            ("file-not-utf8", Message(ja: "入力は UTF-8 で保存してください。", en: "Input files must be UTF-8.")),
            ("folder-missing", Message(ja: "契約フォルダがありません。", en: "The contract folder does not exist.")),
            ("yaml-syntax", Message(ja: "YAML の構文エラーです。インデントや「キー: 値」の書き方を確認してください。", en: "The file is not well-formed YAML.")),
            ("yaml-duplicate-key", Message(ja: "同じキーが2回書かれています。", en: "A mapping has the same key twice.")),
            ("yaml-unknown-key", Message(ja: "このファイルにないキーです（綴りの誤り）。", en: "A key the file format does not have (often a typo).")),
            ("yaml-missing-key", Message(ja: "必須のキーがありません。", en: "A required key is missing.")),
            ("yaml-empty", Message(ja: "値が空です。", en: "A value is empty.")),
            ("yaml-type", Message(ja: "値の型が違います（文字列・リスト・日付など）。", en: "A value has the wrong type.")),
            ("yaml-date", Message(ja: "日付として読めません。2023-01-16 または 令和5年1月16日 の形で書きます。", en: "A date that cannot be read; write 2023-01-16 or 令和5年1月16日.")),
            ("yaml-bad-choice", Message(ja: "決められた値のどれでもありません。", en: "A value outside the allowed choices.")),
            ("yaml-bad-key", Message(ja: "キーの形が違います（例: REQ-TECH-1）。", en: "A key of the wrong shape (e.g. REQ-TECH-1).")),
            ("yaml-too-few-items", Message(ja: "リストの件数が足りません。", en: "A list has too few items.")),
            ("yaml-too-many-values", Message(ja: "値が多すぎます（エイリアスによる膨張を防ぐ上限）。", en: "Too many values (the bound against YAML alias expansion).")),
            ("yaml-alias-key", Message(ja: "エイリアスはキーに使えません。", en: "Aliases cannot be keys.")),
            ("yaml-empty-document", Message(ja: "ファイルが空です。", en: "The file is empty.")),
            ("placeholder", Message(ja: "テンプレートの記入欄（TODO）が残っています。", en: "A placeholder (TODO) of the scaffold is not filled in.")),
            ("text-control-character", Message(ja: "文字列に制御文字が含まれています。", en: "Text contains a control character.")),
            ("catalog-missing", Message(ja: "contract.yaml が指定した要件一覧ファイルがありません。", en: "The requirement catalog named in contract.yaml does not exist.")),
            ("CATALOG-duplicate-id", Message(ja: "要件一覧で要件番号が重複しています。", en: "A requirement ID appears twice in the catalog.")),
            ("CATALOG-bad-id", Message(ja: "要件番号の形が違います。", en: "A requirement ID of the wrong shape.")),
            ("CONTRACT-period", Message(ja: "契約期間の終了日が開始日より前です。", en: "The contract ends before it starts.")),
            ("CONTRACT-year", Message(ja: "日付が対応範囲（1955〜2099年）の外です。", en: "A date outside the supported years 1955–2099.")),
            ("CONTRACT-report-due", Message(ja: "報告書の提出期限は day か open_day の一方で指定します。", en: "The report due rule needs exactly one of day and open_day.")),
            ("CONTRACT-target", Message(ja: "目標稼働率は 0 より大きく 100 以下です。", en: "The availability target must be above 0 and at most 100.")),
            ("CONTRACT-operating-hours", Message(ja: "運用時間帯に時間がありません（開始と終了が同じ時刻）。", en: "The operating hours hold no time (they end when they start).")),
            ("CONTRACT-closed-day", Message(ja: "追加の閉庁日は month_day か date の一方で指定します。", en: "A closed day needs exactly one of month_day and date.")),
            ("PLAN-REV-number", Message(ja: "改訂履歴の版数は 1, 2, 3… の連番です。", en: "Revisions are numbered 1, 2, 3 …")),
            ("PLAN-REV-date-order", Message(ja: "改訂日が前の版より前になっています。", en: "A revision is dated before the previous one.")),
            ("PLAN-REV-no-changes", Message(ja: "第2版以降には改訂内容が必要です。", en: "Every revision after the first says what changed.")),
            ("PLAN-REV-late", Message(ja: "第1版が提出期限を過ぎています。", en: "Revision 1 is dated after the plan's deadline.")),
            ("PLAN-REV-near-deadline", Message(ja: "第1版の日付が提出期限の直前です。", en: "Revision 1 is dated within a week of the deadline.")),
            ("PLAN-OWN-no-contractor", Message(ja: "PLAN-OWN に乙の資本関係・役員等がありません。", en: "PLAN-OWN lacks the contractor.")),
            ("PLAN-OWN-contractor-twice", Message(ja: "PLAN-OWN に乙が複数あります。", en: "PLAN-OWN lists more than one contractor.")),
            ("PLAN-OWN-contractor-name", Message(ja: "PLAN-OWN の乙の名称が contract.yaml と異なります。", en: "PLAN-OWN names the contractor differently from contract.yaml.")),
            ("PLAN-OWN-contractor-as-subcontractor", Message(ja: "乙が再委託先として記載されています。", en: "The contractor is listed as a subcontractor.")),
            ("PLAN-OWN-duplicate", Message(ja: "PLAN-OWN に同じ会社が2回あります。", en: "PLAN-OWN lists a company twice.")),
            ("PLAN-OWN-ratio", Message(ja: "出資比率・外資比率が 0〜100% の範囲外か、合計が 100% を超えています。", en: "A share ratio is outside 0–100%, or they add up to more than 100%.")),
            ("PLAN-OWN-missing-company", Message(ja: "再委託先の資本関係・役員等の情報が PLAN-OWN にありません（別添１: 乙（再委託先を含む。）の資本関係、役員等の情報）。", en: "A subcontractor named in the plan has no PLAN-OWN entry (the attachment requires it for every subcontractor).")),
            ("PLAN-ORG-undeclared-subcontractor", Message(ja: "乙でも、PLAN-ORG に記載した再委託先でもない会社です。", en: "A company that is neither the contractor nor a subcontractor declared in PLAN-ORG.")),
            ("PLAN-SCHED-duplicate-id", Message(ja: "作業項目の番号が重複しています。", en: "A work item ID is used twice.")),
            ("PLAN-SCHED-dates", Message(ja: "作業項目の終了日が開始日より前です。", en: "A work item ends before it starts.")),
            ("PLAN-SCHED-outside-contract", Message(ja: "作業項目が契約期間の外にかかっています。", en: "A work item extends beyond the contract period.")),
            ("PLAN-CONTACT-no-emergency", Message(ja: "緊急時の連絡先がありません（別添１: 連絡体制（障害対応等の緊急時を含む。））。", en: "No emergency contact (the attachment requires the emergency contacts).")),
            ("PLAN-CONTACT-no-hours", Message(ja: "緊急時の連絡先に対応時間がありません。", en: "An emergency contact has no hours.")),
            ("PLAN-CONTACT-no-means", Message(ja: "連絡先に連絡手段（電話・メール等）がありません。", en: "A contact has no means of contact.")),
            ("PLAN-SECPLAN-duplicate-id", Message(ja: "セキュリティ対策の番号が重複しています。", en: "A security measure ID is used twice.")),
            ("PLAN-SECPLAN-unknown-requirement", Message(ja: "要件一覧にない要件番号です。", en: "A requirement ID that the catalog does not have.")),
            ("PLAN-SECTECH-unknown-requirement", Message(ja: "要件一覧にない要件番号です。", en: "A requirement ID that the catalog does not have.")),
            ("PLAN-TRAIN-unknown-audience", Message(ja: "研修の対象者が PLAN-ORG・PLAN-SECORG の担当者でも役割でもありません。", en: "A training audience that is neither a person nor a role of PLAN-ORG / PLAN-SECORG.")),
            ("PLAN-TRAIN-uncovered-person", Message(ja: "従事者が教育・研修の対象になっていません（別添１: 従事者全員への教育・研修）。", en: "A person working on the service is in no training course (the attachment requires training for every person).")),
            ("PLAN-AUDIT-no-body", Message(ja: "第三者監査の実施機関名がありません（別添１: 第三者が実施する場合は実施機関名も記載）。", en: "A third-party audit does not name its auditing body.")),
            ("PLAN-CERT-none", Message(ja: "REQ-CERT の認証（ISO/IEC 27017、FedRAMP、SOC2、SOC3、CSゴールドマーク）がありません。", en: "No certification of the schemes REQ-CERT accepts.")),
            ("PLAN-CERT-not-valid", Message(ja: "REQ-CERT の認証が提出日に有効ではありません。", en: "The REQ-CERT certification is not valid on the submission date.")),
            ("PLAN-CERT-dates", Message(ja: "認証の有効期間の終了日が開始日より前です。", en: "A certificate's validity ends before it begins.")),
            ("PLAN-CERT-no-name", Message(ja: "scheme: other の認証に名称がありません。", en: "A certification of scheme other has no name.")),
            ("PLAN-CERT-expires-before-end", Message(ja: "認証の有効期限が契約終了より前です（更新時に計画書の改訂が必要）。", en: "A certificate expires before the contract ends (revise the plan on renewal).")),
            ("PLAN-REQ-unanswered", Message(ja: "情報セキュリティ要件への対応が書かれていません。", en: "A requirement of the catalog has no answer.")),
            ("PLAN-REQ-unknown", Message(ja: "要件一覧にない要件番号への対応です。", en: "An answer to an ID the catalog does not have.")),
            ("PLAN-REQ-unknown-measure", Message(ja: "関連対策の番号が PLAN-SECPLAN にありません。", en: "An answer refers to a measure PLAN-SECPLAN does not have.")),
            ("template-syntax", Message(ja: "テンプレートの構文エラーです。", en: "A template is not well-formed Mustache.")),
            ("template-unknown-name", Message(ja: "テンプレートがビューにない名前を使っています（綴りの誤り）。", en: "A template asks for a name the view does not have.")),
            ("template-unknown-partial", Message(ja: "テンプレートが存在しない部分テンプレートを読み込んでいます。", en: "A template includes a partial that does not exist.")),
            ("template-folder-missing", Message(ja: "--templates のフォルダがありません。", en: "The --templates folder does not exist.")),
            ("template-missing", Message(ja: "必要なテンプレートがありません。", en: "A template the document needs is missing.")),
            ("template-unreadable", Message(ja: "テンプレートを読めません。", en: "A template cannot be read.")),
            ("xml-schema", Message(ja: "XML が XSD に適合しません。", en: "The XML does not match its XSD.")),
            ("xml-invalid", Message(ja: "XML が整形式ではありません。", en: "The XML is not well-formed.")),
            ("xsd-unavailable", Message(ja: "XSD を読めません。", en: "The XSD cannot be read.")),
            ("output-failed", Message(ja: "出力ファイルを書けません。", en: "An output cannot be written.")),
        ]
        for section in PlanSection.allCases {
            list.append(("\(section.id)-missing", Message(ja: "計画書に「\(section.title)」の節がありません（別添１の必須記載事項）。",
                                                           en: "The plan lacks the mandated section \(section.id) (\(section.englishTitle)).")))
            list.append(("\(section.id)-empty", Message(ja: "計画書の「\(section.title)」が空です。", en: "The section \(section.id) (\(section.englishTitle)) is empty.")))
        }
        return list
    }()

    private static let byCode: [String: Message] = Dictionary(entries.map { ($0.code, $0.help) }, uniquingKeysWith: { a, _ in a })

    public static func text(for code: String) -> Message {
        byCode[code] ?? Message(ja: "teishutsu の検査 \(code)。", en: "teishutsu check \(code).")
    }

    /// `PLAN-CERT-none` → `PlanCertNone`: SARIF's rule name.
    static func name(for code: String) -> String {
        code.split(whereSeparator: { $0 == "-" || $0 == "_" }).map { part in
            part.prefix(1).uppercased() + part.dropFirst().lowercased()
        }.joined()
    }

    static func area(for code: String) -> String {
        if code.hasPrefix("PLAN-") { return "plan" }
        if code.hasPrefix("REP-") || code.hasPrefix("SLA-") || code.hasPrefix("LOG-") { return "report" }
        if code.hasPrefix("yaml-") || code.hasPrefix("file-") || code == "placeholder" { return "input" }
        if code.hasPrefix("template-") || code.hasPrefix("xml-") { return "output" }
        return "contract"
    }
}
