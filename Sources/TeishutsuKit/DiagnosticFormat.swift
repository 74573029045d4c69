import DocumentModel
import Foundation

/// How diagnostics are printed.
public enum DiagnosticFormat: String, CaseIterable, Sendable {
    /// The source line with a caret (rustc style); colour only on a terminal.
    case text
    /// One JSON document for scripts.
    case json
    /// SARIF 2.1.0, for GitHub code scanning.
    case sarif
    /// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=CODE::message`).
    case github
}
