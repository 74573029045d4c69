import DocumentModel
import JapaneseCalendar
import Foundation

/// PDF, printed from the document's HTML by a headless Chromium (the same engine a reviewer's
/// browser prints with): A4, the template's `@page` rules, fonts embedded, no browser header or
/// footer. The bytes depend only on the HTML and the document's date: the PDF's creation and
/// modification dates are set to the document's date, so that a rebuild writes the same file.
public struct PDFFormat: OutputFormat {
    /// The Chromium executable.
    public let engine: String
    /// How long one document may take before the print is abandoned.
    public var timeout: Duration = .seconds(120)

    public init(engine: String) {
        self.engine = engine
    }

    public var fileExtension: String { "pdf" }

    /// Why no PDF can be printed on this machine.
    public struct EngineMissing: Error, Sendable {
        public let message: Message
    }

    /// The executables tried, in order, when `TEISHUTSU_CHROME` is not set.
    public static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    /// Finds a Chromium: `TEISHUTSU_CHROME` (a path or a name in PATH), else the first of
    /// `candidates` in PATH.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(EngineMissing) -> PDFFormat {
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        if let named = environment["TEISHUTSU_CHROME"], !named.isEmpty {
            guard let found = executable(named, path: path) else {
                throw EngineMissing(message: Message(
                    ja: "TEISHUTSU_CHROME に指定された \(named) を実行できません",
                    en: "TEISHUTSU_CHROME names \(named), which cannot be run"))
            }
            return PDFFormat(engine: found)
        }
        for name in candidates {
            if let found = executable(name, path: path) { return PDFFormat(engine: found) }
        }
        throw EngineMissing(message: Message(
            ja: "PDF を作るには Chromium が必要です。インストールするか（Debian/Ubuntu: apt install chromium fonts-noto-cjk）、TEISHUTSU_CHROME にその場所を指定してください。何も書いていません",
            en: "making PDF needs Chromium: install it (Debian/Ubuntu: apt install chromium fonts-noto-cjk) or set TEISHUTSU_CHROME to where it is; nothing was written"))
    }

    static func executable(_ name: String, path: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = directory + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    public func render(_ document: any Document, earlier: [RenderedFile], workspace: inout RenderWorkspace) -> (RenderedFile?, [Diagnostic]) {
        // Printed from the HTML made just before; a template with problems made none, and said so.
        guard let html = earlier.first(where: { $0.name.hasSuffix(".html") }) else { return (nil, []) }
        let name = document.stem + "." + fileExtension
        switch print(html.contents, date: document.date) {
        case .success(let data):
            return (RenderedFile(name: name, data: data), [])
        case .failure(let reason):
            return (nil, [.error(.output(.pdfFailed), Message(ja: "\(name) を作れません: \(reason.ja)", en: "\(name) cannot be made: \(reason.en)"),
                                 at: nil)])
        }
    }

    /// Prints one HTML document to PDF bytes. A document with a table of contents is printed
    /// twice: the first print's outline tells the page of each heading, which the second prints
    /// beside its entry (`<span class="toc-page" data-toc-title="…">`).
    public func print(_ html: String, date: CivilDate?) -> Result<Data, PrintFailure> {
        let marker = "data-toc-title=\""
        guard html.contains(marker) else { return printOnce(html, date: date) }
        let first = printOnce(html, date: date)
        guard case .success(let data) = first else { return first }
        let outline = PDFOutline.entries(data)
        guard !outline.isEmpty else { return first }
        return printOnce(Self.fillingTableOfContents(html, outline: outline, uncounted: Self.letterPages(html, outline: outline)), date: date)
    }

    /// The pages of a cover letter (鑑) before the document, which its page numbers do not count
    /// (style.mustache: `@page letter`): those before the page of the first heading after the
    /// letter's own (the outline lists the headings in order, the letter's first, however many
    /// pages they take). A style of a template folder that still counts them (no `@page letter`)
    /// takes none off.
    static func letterPages(_ html: String, outline: [(title: String, page: Int)]) -> Int {
        guard let open = html.range(of: "<section class=\"letter\""), html.contains("@page letter") else { return 0 }
        // The letter: to the </section> that closes it (sections inside it counted).
        var depth = 1, cursor = open.upperBound, end = html.endIndex
        while let close = html[cursor...].range(of: "</section>") {
            if let inner = html[cursor..<close.lowerBound].range(of: "<section") {
                depth += 1
                cursor = inner.upperBound
                continue
            }
            depth -= 1
            cursor = close.upperBound
            if depth == 0 { end = close.lowerBound; break }
        }
        let letter = html[open.upperBound..<end]
        var headings = 0
        for level in 1...6 {
            headings += letter.components(separatedBy: "<h\(level)").dropFirst().filter { $0.first == ">" || $0.first == " " }.count
        }
        if headings < outline.count { return max(0, outline[headings].page - 1) }
        return max(0, (outline.first { $0.page > 1 }?.page ?? 1) - 1)
    }

    /// The table of contents with the page of each entry: the first outline entry whose title
    /// holds the entry's title, less the `uncounted` pages before the document's page 1.
    static func fillingTableOfContents(_ html: String, outline: [(title: String, page: Int)], uncounted: Int = 0) -> String {
        // Written as the page numbers at the foot are (style.mustache: counter(page, teishutsu-…)).
        let digits: DigitStyle = html.contains("counter(page, teishutsu-full)") ? .full
            : html.contains("counter(page, teishutsu-mixed)") ? .mixed : .half
        var out = ""
        var rest = Substring(html)
        let open = "<span class=\"toc-page\" data-toc-title=\""
        while let start = rest.range(of: open) {
            out += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let quote = rest.firstIndex(of: "\""), let close = rest.range(of: "></span>") else { break }
            let title = String(rest[..<quote]).replacingAll("&amp;", "&").replacingAll("&lt;", "<").replacingAll("&gt;", ">")
                .replacingAll("&quot;", "\"").replacingAll("&#39;", "'")
            out += rest[..<close.lowerBound] + ">"
            // Headings are numbered and marked; their text still holds the entry's title. The
            // table of contents' own entry (目次) is not a target.
            if let page = outline.first(where: { $0.page > uncounted && $0.title.contains(title) && $0.title != "目次" })?.page { out += digits.write(page - uncounted) }
            out += "</span>"
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Prints one HTML document to PDF bytes, once: a second time if Chromium ended without
    /// writing it (seen now and then when the machine is loaded), not when it hung or cannot start.
    func printOnce(_ html: String, date: CivilDate?) -> Result<Data, PrintFailure> {
        let first = printAttempt(html, date: date)
        if case .failure(let failure) = first, failure.wroteNothing { return printAttempt(html, date: date) }
        return first
    }

    func printAttempt(_ html: String, date: CivilDate?) -> Result<Data, PrintFailure> {
        guard let directory = Self.temporaryDirectory() else {
            return .failure(PrintFailure(ja: "一時フォルダを作れません", en: "no temporary folder can be made"))
        }
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let input = directory + "/document.html"
        let output = directory + "/document.pdf"
        let log = directory + "/chromium.log"
        do {
            try Data(Self.confined(html).utf8).write(to: URL(fileURLWithPath: input))
        } catch {
            return .failure(PrintFailure(ja: "一時ファイルを書けません", en: "a temporary file cannot be written"))
        }
        var arguments = [
            "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-sync", "--mute-audio", "--hide-scrollbars",
            "--user-data-dir=" + directory + "/profile",
            "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw", "--generate-pdf-document-outline", "--print-to-pdf=" + output,
        ]
        // Chromium's sandbox refuses to start as root (containers, CI); the page it prints is
        // the tool's own HTML with scripts and every outside resource refused.
        if geteuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        arguments.append(URL(fileURLWithPath: input).absoluteString)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: engine)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "UTC"
        environment["LANG"] = "ja_JP.UTF-8"
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        guard FileManager.default.createFile(atPath: log, contents: nil), let logHandle = FileHandle(forWritingAtPath: log) else {
            return .failure(PrintFailure(ja: "一時ファイルを書けません", en: "a temporary file cannot be written"))
        }
        defer { try? logHandle.close() }
        process.standardError = logHandle
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            return .failure(PrintFailure(ja: "\(engine) を起動できません", en: "\(engine) cannot be started"))
        }
        let seconds = Double(timeout.components.seconds)
        if finished.wait(timeout: .now() + seconds) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL); finished.wait() }
            return .failure(PrintFailure(ja: "Chromium が \(Int(seconds)) 秒以内に終わりません", en: "Chromium did not finish within \(Int(seconds)) s"))
        }
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output), data.starts(with: Array("%PDF-".utf8)) else {
            let said = Self.lastLine(of: log)
            return .failure(PrintFailure(ja: "Chromium が PDF を書きませんでした（終了コード \(process.terminationStatus)）\(said.map { ": " + $0 } ?? "")",
                                         en: "Chromium wrote no PDF (exit status \(process.terminationStatus))\(said.map { ": " + $0 } ?? "")",
                                         wroteNothing: true))
        }
        return .success(Self.stamped(data, date: date))
    }

    public struct PrintFailure: Error, Sendable {
        public let ja: String
        public let en: String
        /// Chromium ran and ended without the PDF.
        public let wroteNothing: Bool

        public init(ja: String, en: String, wroteNothing: Bool = false) {
            self.ja = ja
            self.en = en
            self.wroteNothing = wroteNothing
        }
    }

    /// The HTML as printed: a content security policy first, so that nothing but the page
    /// itself is loaded (no script, no file, no network) whatever a template says.
    static func confined(_ html: String) -> String {
        let policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">"
        // Links to the other documents would point at the temporary folder the page is printed
        // from (a machine's path in a submitted file, different on every print): the printed
        // page keeps their text and drops the target. Links within the page stay.
        let html = html.replacingOccurrences(of: #"<a ([^>]*?)href="(?!#)[^"]*""#, with: "<a $1", options: .regularExpression)
        // After the doctype, before anything of the template's: the parser puts it in <head>.
        if html.hasPrefix("<!DOCTYPE"), let end = html.firstIndex(of: ">") {
            let after = html.index(after: end)
            return String(html[..<after]) + policy + String(html[after...])
        }
        return "<!DOCTYPE html>" + policy + html
    }

    /// The PDF with its creation and modification dates set to the document's date (midnight
    /// in Japan), in place, so that the file's offsets stay right.
    static func stamped(_ data: Data, date: CivilDate?) -> Data {
        let stamp: [UInt8]
        if let date {
            stamp = Array(String(format: "D:%04d%02d%02d000000+09'00'", date.year, date.month, date.day).utf8)
        } else {
            stamp = Array("D:20000101000000+09'00'".utf8)
        }
        var bytes = [UInt8](data)
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var searchFrom = 0
            while let found = Self.find(pattern, in: bytes, from: searchFrom) {
                let start = found + pattern.count
                guard let close = bytes[start...].prefix(64).firstIndex(of: UInt8(ascii: ")")) else { break }
                // Chromium writes D:YYYYMMDDhhmmss+hh'mm' (23 bytes); anything else is left alone.
                if close - start == stamp.count, bytes[start] == UInt8(ascii: "D"), bytes[start + 1] == UInt8(ascii: ":") {
                    bytes.replaceSubrange(start..<close, with: stamp)
                }
                searchFrom = close
            }
        }
        return Data(bytes)
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard pattern.count <= bytes.count, from <= bytes.count - pattern.count else { return nil }
        var index = from
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    static func temporaryDirectory() -> String? {
        var template = Array((NSTemporaryDirectory() + "/teishutsu-pdf.XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { buffer -> String? in
            guard let base = buffer.baseAddress, mkdtemp(base) != nil else { return nil }
            return String(cString: base)
        }
    }

    static func lastLine(of path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let lines = String(decoding: data.suffix(4096), as: UTF8.self).split(whereSeparator: \.isNewline)
        // Chromium's own noise about D-Bus and GPUs says nothing about the document.
        return lines.last { !$0.contains("dbus") && !$0.contains("GPU") && !$0.contains("bytes written") }
            .map { String($0.prefix(200)) }
    }
}
