import DocumentModel
import Foundation
import JapaneseCalendar
import Loading
import Rendering

/// The fuzz targets: each takes any bytes and must return without crashing, hanging or leaking,
/// whatever they are. `scripts/fuzz.sh TARGET SECONDS` runs one under libFuzzer; the regression
/// tests replay the committed corpus (Tests/FuzzCorpus) through the same functions.
public enum FuzzTargets {
    public static let names = ["yaml", "csv", "dates", "xml", "html", "template"]

    /// Runs one target on one input.
    public static func run(_ target: String, _ data: [UInt8]) {
        switch target {
        case "yaml": yaml(data)
        case "csv": csv(data)
        case "dates": dates(data)
        case "xml": xml(data)
        case "html": html(data)
        case "template": template(data)
        default: preconditionFailure("unknown fuzz target \(target); one of \(names.joined(separator: ", "))")
        }
    }

    /// Runs every target once on typical inputs, so that the lazily made globals (schemas,
    /// templates, the calendar) exist before the fuzzer counts allocations: LeakSanitizer would
    /// otherwise take each first use for a leak.
    public static func warmUp() {
        for selector in 0..<8 {
            yaml([UInt8(selector)] + Array("revisions:\n  - { number: 1, date: 令和5年1月16日, changes: 初版 }\nmonth: 2025-04\ncontract: {title: x}\n".utf8))
            csv([UInt8(selector)] + Array("id,occurred_at,recovered_at,impact,summary,start,end,reason,asked_at\nx,2024-03-01T10:00,,stop,s,,,,\n".utf8))
        }
        dates(Array("令和5年1月16日（月）".utf8))
        dates(Array("2024-03-01T10:15+09:00".utf8))
        xml(Array("<?xml version=\"1.0\"?><plan xmlns=\"urn:teishutsu:plan:1\" version=\"1.0\"/>".utf8))
        xml(Array("<?xml version=\"1.0\"?><report xmlns=\"urn:teishutsu:report:1\" version=\"1.0\"/>".utf8))
        html(Array("<html><head><title>サービス実施計画書</title></head><body><h1>x</h1></body></html>".utf8))
        html(Array("<html><head><title>サービス実績報告書</title></head><body><h1>x</h1></body></html>".utf8))
        template(Array("{{title}}{{#toc}}{{> a}}{{/toc}}\0{{title}}\0\0".utf8))
    }

    /// The first byte picks what the rest is read as; the rest is the input.
    static func split(_ data: [UInt8]) -> (UInt8, String) {
        guard let first = data.first else { return (0, "") }
        return (first, String(decoding: data.dropFirst(), as: UTF8.self))
    }

    /// The YAML loader with the schema walker, against every input schema, and the typed models.
    static func yaml(_ data: [UInt8]) {
        let (selector, text) = split(data)
        let schemas = [PlanSchema.root, ContractSchema.root, ReportSchema.root, CatalogSchema.root]
        let schema = schemas[Int(selector) % schemas.count]
        // A small budget keeps each run short; alias expansion is bounded by it.
        let (value, diagnostics) = YAMLLoader.parse(text, file: "fuzz.yaml", schema: schema, budget: 20_000)
        if let value {
            switch schema.name {
            case PlanSchema.root.name: _ = Plan(value, source: "fuzz.yaml").people
            case ContractSchema.root.name: _ = Contract(value, source: "fuzz.yaml").calendar
            case ReportSchema.root.name: _ = Report(value, source: "fuzz.yaml", fileMonth: nil).improvements
            default: _ = RequirementCatalog(value, source: "fuzz.yaml").ids
            }
        }
        render(diagnostics, text: text, file: "fuzz.yaml")
    }

    /// The CSV log reader, against each log's columns.
    static func csv(_ data: [UInt8]) {
        let (selector, text) = split(data)
        let kind = LogKind.allCases[Int(selector) % LogKind.allCases.count]
        let (rows, diagnostics) = LogLoader.parse(text, file: "fuzz.csv", schema: kind.schema, keepText: selector & 0x80 == 0)
        switch kind {
        case .incidents: _ = rows.compactMap(Incident.init).map(\.summary)
        case .maintenance: _ = rows.compactMap(MaintenanceWindow.init).map(\.reason)
        case .inquiries: _ = rows.compactMap(Inquiry.init).map(\.askedBy)
        }
        render(diagnostics, text: text, file: "fuzz.csv")
    }

    /// 和暦 and ISO dates, times, months, days of the year, times of day.
    static func dates(_ data: [UInt8]) {
        let text = String(decoding: data, as: UTF8.self)
        if let date = try? EraDate.parse(text) {
            _ = try? EraDate.format(date, digits: .mixed, weekday: true)
            _ = try? EraDate.formatShort(date)
        }
        if let instant = try? Instant(iso: text, allowDateOnly: true) { _ = instant.iso }
        for type in [FieldType.date, .instant, .yearMonth, .monthDay, .timeOfDay, .decimal, .integer(0...1000)] {
            _ = ScalarReader.read(text, type, path: "x", format: .yaml, at: .file("fuzz"))
        }
        _ = YearMonth(text)
        _ = Digits.ascii(text)
    }

    /// XML drafts: parsed without entities or network, checked against the XSD, read back.
    static func xml(_ data: [UInt8]) {
        let (content, diagnostics) = Drafts.readXML(Data(data), file: "fuzz.xml")
        if let content {
            _ = XMLDocumentType.plan.parts(of: content.value, document: PlanSchema.root, source: "fuzz.xml")
        }
        render(diagnostics, text: String(decoding: data, as: UTF8.self), file: "fuzz.xml")
    }

    /// HTML drafts: every mandated section's heading and content.
    static func html(_ data: [UInt8]) {
        let (_, diagnostics) = Drafts.checkHTML(Data(data), file: "fuzz.html")
        render(diagnostics, text: String(decoding: data, as: UTF8.self), file: "fuzz.html")
    }

    /// Templates with partials: split at NUL into `plan` and partials `a`, `b`, `c`; compiled
    /// against the plan's view, and rendered on an empty view when they compile.
    static func template(_ data: [UInt8]) {
        let parts = data.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        let names = ["plan", "a", "b", "c"]
        let sources = zip(names, parts).map { TemplateSource(name: $0, text: $1, file: $0 + ".mustache") }
        let library = TemplateLibrary(sources: sources, documents: [("plan", PlanView.shape)])
        if let plan = library.template("plan") {
            _ = plan.render(ViewObject(PlanView.shape).finished)
        }
        render(library.diagnostics, text: parts.first ?? "", file: "plan.mustache")
    }

    /// Every diagnostic as every output format writes it (quoting the input).
    static func render(_ diagnostics: [Diagnostic], text: String, file: String) {
        var sources = SourceTexts()
        sources.add(file, text: text)
        let renderer = DiagnosticRenderer(language: .ja)
        var cache = DiagnosticRenderer.LineCache()
        for d in diagnostics.prefix(50) { _ = renderer.render(d, sources: sources, cache: &cache) }
    }
}
