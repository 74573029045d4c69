/// `submitted/*.record.yaml`: what `teishutsu submit` recorded of one submission.
public enum SubmissionSchema {
    public static let documents: [Choice] = [
        Choice("plan", "サービス実施計画書"), Choice("report", "サービス実績報告書"),
        Choice("incident", "障害報告書"), Choice("closing", "データ返却・消去報告書"),
    ]

    public static let file = ObjectSchema("SubmittedFile", "提出したファイル", [
        .required("name", "ファイル名", .text, help: "In submitted/, beside the record."),
        .required("sha256", "SHA-256", .text, help: "Of the exact bytes sent."),
        .required("bytes", "バイト数", .integer(0...1_000_000_000)),
    ])

    public static let inputPart = ObjectSchema("SubmittedInput", "入力", [
        .required("name", "入力", .choice(InputPart.Name.allCases.map { Choice($0.rawValue, $0.described.japanese) })),
        .required("sha256", "SHA-256", .text),
    ])

    public static let root = ObjectSchema("SubmissionRecord", "提出記録（submitted/*.record.yaml）",
                                          help: "Written by teishutsu submit; never edited by hand.", [
        .required("document", "文書", .choice(documents)),
        .required("subject", "対象", .text, help: "The plan's revision number, the report's month (2025-08), the incident's ID."),
        .required("submitted_on", "提出日", .date),
        .required("submitted_by", "提出者", .text),
        .required("inputs_sha256", "入力の SHA-256", .text,
                  help: "Of the inputs the document was made from: a change to them afterwards is reported by validate."),
        .optional("inputs", "入力ごとの SHA-256", .list(.object(inputPart), item: "input"),
                  help: "The same, input by input (the report, the logs, the contract, the plan…): validate names what changed."),
        .required("files", "提出したファイル", .list(.object(file), item: "file"),
                  help: "Empty for a submission recorded afterwards, whose files are not kept (see note)."),
        .optional("note", "備考", .text, help: "e.g. 紙で提出（このフォルダで管理する前）."),
        .optional("corrects", "訂正した提出の提出日", .list(.date, item: "date", minItems: 1),
                  help: "A corrected document sent again (submit --resubmit): the days the versions it corrects were submitted, oldest first."),
    ])
}
