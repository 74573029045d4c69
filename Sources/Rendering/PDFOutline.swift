import Foundation

/// The outline (bookmarks) of a PDF Chromium printed with `--generate-pdf-document-outline`: the
/// title of each heading and the page it is on. It gives the table of contents its page
/// numbers, which the browser cannot compute while it lays the page out.
enum PDFOutline {
    /// Each outline entry's title and 1-based page number, in document order.
    static func entries(_ data: Data) -> [(title: String, page: Int)] {
        // Latin-1 maps each byte to one character: offsets and ASCII keywords survive.
        let text = String(decoding: data.map { UInt16($0) }, as: UTF16.self)
        let objects = self.objects(text)
        guard let pages = pageOrder(objects, text: text) else { return [] }
        let index = Dictionary(pages.enumerated().map { ($0.element, $0.offset + 1) }, uniquingKeysWith: { a, _ in a })
        var result: [(String, Int)] = []
        for body in objects.values where body.contains("/Title") && body.contains("/Dest") {
            guard let title = title(in: body), let dest = firstReference(after: "/Dest", in: body), let page = index[dest] else { continue }
            result.append((title, page))
        }
        // Document order: by page, then by title order of appearance is not kept by a dictionary,
        // so sort by page (entries on one page share it).
        return result.sorted { $0.1 < $1.1 }
    }

    /// `N 0 obj … endobj` bodies by object number (the dictionary part, before any stream).
    static func objects(_ text: String) -> [Int: String] {
        var result: [Int: String] = [:]
        let scalars = Array(text.unicodeScalars)
        var i = 0
        let obj = Array(" 0 obj".unicodeScalars), end = Array("endobj".unicodeScalars), stream = Array("stream".unicodeScalars)
        func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
            position + pattern.count <= scalars.count && scalars[position..<(position + pattern.count)].elementsEqual(pattern)
        }
        while i < scalars.count {
            guard matches(obj, at: i) else { i += 1; continue }
            // The object number just before.
            var start = i
            while start > 0, ("0"..."9").contains(Character(scalars[start - 1])) { start -= 1 }
            guard start < i, let number = Int(String(String.UnicodeScalarView(scalars[start..<i]))) else { i += 1; continue }
            var j = i + obj.count
            while j < scalars.count, !matches(end, at: j), !matches(stream, at: j) { j += 1 }
            result[number] = String(String.UnicodeScalarView(scalars[(i + obj.count)..<min(j, scalars.count)]))
            i = j
        }
        return result
    }

    /// The page objects in page order, from the catalog's page tree.
    static func pageOrder(_ objects: [Int: String], text: String) -> [Int]? {
        guard let catalog = objects.values.first(where: { $0.contains("/Type /Catalog") }),
              let root = firstReference(after: "/Pages", in: catalog) else { return nil }
        var order: [Int] = []
        var visited: Set<Int> = []
        func walk(_ number: Int) {
            guard visited.insert(number).inserted, let body = objects[number] else { return }
            if body.contains("/Type /Pages") {
                for kid in references(after: "/Kids", in: body) { walk(kid) }
            } else if body.contains("/Type /Page") {
                order.append(number)
            }
        }
        walk(root)
        return order
    }

    /// `/Key N 0 R` → N.
    static func firstReference(after key: String, in body: String) -> Int? {
        references(after: key, in: body).first
    }

    /// The references after a key: `/Kids [1 0 R 2 0 R]` or `/Dest [5 0 R /XYZ …]`.
    static func references(after key: String, in body: String) -> [Int] {
        guard let range = body.range(of: key) else { return [] }
        var rest = body[range.upperBound...]
        if let open = rest.firstIndex(where: { !$0.isWhitespace }), rest[open] == "[" {
            rest = rest[rest.index(after: open)...]
            if let close = rest.firstIndex(of: "]") { rest = rest[..<close] }
        } else {
            rest = rest.prefix(24)
        }
        let words = rest.split(whereSeparator: \.isWhitespace)
        var result: [Int] = []
        var k = 0
        while k + 2 < words.count {
            if words[k + 2] == "R", let n = Int(words[k]) {
                result.append(n)
                k += 3
            } else {
                k += 1
            }
        }
        if result.isEmpty, words.count >= 3, words[2].hasPrefix("R"), let n = Int(words[0]) { result.append(n) }
        return result
    }

    /// `/Title <FEFF…>` (UTF-16BE hex) or `/Title (…)`.
    static func title(in body: String) -> String? {
        guard let range = body.range(of: "/Title") else { return nil }
        let rest = body[range.upperBound...].drop { $0.isWhitespace }
        if rest.first == "<", let close = rest.firstIndex(of: ">") {
            let hex = rest[rest.index(after: rest.startIndex)..<close].filter { !$0.isWhitespace }
            var units: [UInt16] = []
            var index = hex.startIndex
            while let end = hex.index(index, offsetBy: 4, limitedBy: hex.endIndex), index < hex.endIndex {
                if let unit = UInt16(hex[index..<end], radix: 16) { units.append(unit) }
                index = end
            }
            if units.first == 0xFEFF { units.removeFirst() }
            return String(decoding: units, as: UTF16.self)
        }
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            return String(rest[rest.index(after: rest.startIndex)..<close])
        }
        return nil
    }
}
