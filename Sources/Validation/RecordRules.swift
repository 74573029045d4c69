import DocumentModel

/// The rules of the submission records: what was sent stays as it was sent, and the inputs of
/// a submitted document do not change without a new submission.
public enum RecordRules {
    /// - Parameters:
    ///   - fingerprints: the inputs of each document as it is made now, part by part.
    ///   - sources: the file each document is written in (reports/2025-07.yml), named when it
    ///     is what changed.
    ///   - shared: the files of the inputs many documents share (contract.yaml, plan.yaml),
    ///     named when one of them is what changed.
    public static func check(_ records: [SubmittedDocument: SubmissionRecord], fingerprints: [SubmittedDocument: [InputPart]],
                             sources: [SubmittedDocument: String] = [:], shared: [InputPart.Name: String] = [:],
                             wording: MessageWording) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (document, record) in records.sorted(by: { $0.key < $1.key }) {
            for file in record.files {
                guard let actual = file.actualSHA256 else {
                    diagnostics.append(.error(
                        .record(.fileMissing),
                        Message(ja: "提出記録にある \(file.name.value) が submitted/ にないか、読めません", en: "\(file.name.value), listed in the submission record, is missing from submitted/ or cannot be read"),
                        expected: Message(ja: "提出したときのファイル", en: "the file as submitted"), at: file.name.span))
                    continue
                }
                if actual != file.sha256 {
                    diagnostics.append(.error(
                        .record(.fileAltered),
                        Message(ja: "提出した \(file.name.value) が提出時から書き換えられています（SHA-256 が違います）",
                                en: "the submitted \(file.name.value) has been altered since it was sent (its SHA-256 differs)"),
                        expected: Message(ja: "SHA-256 \(file.sha256)", en: "SHA-256 \(file.sha256)"), at: file.name.span))
                }
            }
            guard let parts = fingerprints[document],
                  !InputPart.same(recorded: record.inputsSHA256.value, parts: record.inputs, now: parts) else { continue }
            let title = document.title(wording)
            let day = record.submittedOn.map { wording.date($0.value) } ?? Message(ja: "", en: "")
            // What changed, where the record kept its inputs one by one.
            let changedParts = record.inputs.isEmpty ? [] : InputPart.changed(recorded: record.inputs, now: parts)
            let changed = changedParts.map(\.described)
            // The document's own file, when it is what changed (or when what changed is not known).
            let own: Set<InputPart.Name> = [.report, .incidentReport, .closing]
            var notes: [Diagnostic.Note] = sources[document].flatMap { file in
                (changedParts.isEmpty || changedParts.contains(where: own.contains))
                    ? [Diagnostic.Note(Message(ja: "\(title.japanese)の記載", en: "\(title.english) as written"), at: SourceSpan(file: file, line: 1, column: 1))]
                    : nil
            } ?? []
            // A shared input that changed (the contract, the plan): its file, where the change is.
            for name in changedParts where !own.contains(name) {
                guard let file = shared[name] else { continue }
                notes.append(Diagnostic.Note(name.described, at: SourceSpan(file: file, line: 1, column: 1)))
            }
            let what = changed.isEmpty
                ? Message(ja: "その元になった記載（\(parts.map(\.name.described.japanese).joined(separator: "、"))）",
                          en: "the inputs it was made from (\(parts.map(\.name.described.english).joined(separator: ", ")))")
                : Message(ja: changed.map(\.japanese).joined(separator: "、"), en: changed.map(\.english).joined(separator: ", "))
            diagnostics.append(.error(
                .record(.inputsChanged),
                Message(ja: "\(title.japanese)は\(day.japanese)に提出した後で、\(what.japanese)が変わっています",
                        en: "\(title.english) was submitted on \(day.english), but \(what.english) changed since"),
                expected: Message(ja: "提出した内容に戻すか、訂正版を提出して記録（teishutsu submit … --resubmit。--preview DIR で送る前に確認）",
                                  en: "the inputs as submitted, or a corrected document submitted and recorded (teishutsu submit … --resubmit; --preview DIR shows it first)"),
                at: record.inputsSHA256.span, notes: notes))
        }
        return diagnostics
    }
}
