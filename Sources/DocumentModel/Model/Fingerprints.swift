/// What a submitted document was made from, as one hash: a later change to any of it is seen
/// (SUBMIT-inputs-changed).
public enum Fingerprints {
    public static func incidentReport(_ report: IncidentReport, incident: Incident?, contract: Contract) -> String {
        var hash = SHA256()
        hash.update("incident-report\u{0}" + report.value.canonical)
        hash.update("\u{0}incident\u{0}" + (incident?.row.value.canonical ?? ""))
        hash.update("\u{0}contract\u{0}" + contract.documentCanonical)
        return hash.finish()
    }

    public static func closing(_ closing: ClosingRecord, contract: Contract) -> String {
        var hash = SHA256()
        hash.update("closing\u{0}" + closing.value.canonical)
        hash.update("\u{0}contract\u{0}" + contract.documentCanonical)
        return hash.finish()
    }
}
