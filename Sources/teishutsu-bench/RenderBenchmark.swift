import Foundation
import JapaneseCalendar
import Rendering
import TeishutsuKit

/// One report's HTML: its view built from the computed figures, then the compiled template
/// (compiled once per process) rendered into bytes; each timed over many rounds, per document.
func renderBenchmark(folder: String) throws {
    let options = Pipeline.BuildOptions(folder: folder, today: CivilDate(year: 2026, month: 4, day: 30))
    let (buildable, report) = Pipeline.documents(options)
    guard !report.hasErrors, let documents = buildable else {
        StandardOutput.writeError("render: \(folder) has errors; run teishutsu validate \(folder)\n")
        exit(1)
    }
    let (library, compile) = measure { TemplateFolder.library(overrides: nil).0 }
    print("templates compiled once: \(milliseconds(compile)) (\(library.compiled.count) templates)")
    let reports = documents.filter { $0.kind.template == DocumentKind.report.template }
    guard let template = library.template(DocumentKind.report.template), !reports.isEmpty else {
        StandardOutput.writeError("render: no report to render in \(folder)\n")
        exit(1)
    }
    let rounds = 50
    let views = reports.map { $0.view() }
    let (_, viewTime) = measure { for _ in 0..<rounds { for document in reports { _ = document.view() } } }
    var bytes = 0
    let (_, renderTime) = measure { for _ in 0..<rounds { for view in views { bytes += template.renderBytes(view).count } } }
    let count = Double(rounds * reports.count)
    func perDocument(_ d: Duration) -> String {
        let ms = (Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15) / count
        return String(format: "%.3f ms", ms)
    }
    print("report HTML, \(reports.count) reports × \(rounds) rounds, \(bytes / Int(count) / 1024) KB each:")
    print("  view from the figures   \(perDocument(viewTime)) per report")
    print("  template into bytes     \(perDocument(renderTime)) per report   (aim: under 1 ms)")
}
