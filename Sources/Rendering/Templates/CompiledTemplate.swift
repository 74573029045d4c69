/// A template bound to its view's shape: every name is a slot in a frame of the context
/// stack, found once at compile time. Immutable and `Sendable`, shared by every thread.
public struct CompiledTemplate: Sendable {
    let program: Program
    /// The template's name (`plan`, `report`).
    public let name: String

    init(nodes: [BoundNode], name: String) {
        program = Program(nodes)
        self.name = name
    }

    /// Renders `view`: the HTML, as UTF-8 text.
    public func render(_ view: ViewNode) -> String {
        String(decoding: renderBytes(view), as: UTF8.self)
    }

    /// Renders `view`: the HTML's UTF-8 bytes (made of valid strings, so valid UTF-8 too).
    public func renderBytes(_ view: ViewNode) -> [UInt8] {
        program.ops.withUnsafeBufferPointer { ops in
            program.bytes.withUnsafeBufferPointer { bytes in
                program.paths.withUnsafeBufferPointer { paths in
                    var renderer = Renderer(ops: ops, bytes: bytes, paths: paths)
                    renderer.out.reserveCapacity(256 * 1024)
                    var stack: [Frame] = [.slots(view.slots)]
                    renderer.render(0..<ops.count, stack: &stack, indentation: [])
                    return renderer.out
                }
            }
        }
    }
}

/// A compiled template as one flat list of operations of plain values, read without a
/// reference count touched: a section's or a partial's body is the operations after it, up
/// to its `end`; texts and indentations are ranges of `bytes`, names' slot paths of `paths`.
struct Program: Sendable {
    enum Op: Sendable {
        case text(Int, Int)
        /// `inText`: in HTML text, where a date may be kept whole (see ``DateSpans``).
        case value(Slot, escaped: Bool, inText: Bool)
        case section(Slot, inverted: Bool, end: Int)
        /// The indentation (a range of `bytes`) and where the body ends.
        case partial(Int, Int, end: Int)
    }

    /// Where a name lives: the frame of the context stack (counted from the bottom), and the
    /// range of `paths` that holds the slots from there (empty for the frame itself, `{{.}}`).
    struct Slot: Sendable {
        let frame: Int
        let start: Int
        let end: Int
    }

    let ops: [Op]
    let bytes: [UInt8]
    let paths: [Int]

    init(_ nodes: [BoundNode]) {
        var builder = Builder()
        builder.append(nodes)
        ops = builder.ops
        bytes = builder.bytes
        paths = builder.paths
    }

    private struct Builder {
        var ops: [Op] = []
        var bytes: [UInt8] = []
        var paths: [Int] = []
        /// Where each text already taken lies in `bytes`: a partial included many times (each
        /// inclusion bound anew) keeps one copy of its texts, so that a template set's program
        /// holds no more text than its files.
        var placed: [[UInt8]: Range<Int>] = [:]

        mutating func slot(_ reference: Reference) -> Slot {
            let start = paths.count
            paths += reference.path
            return Slot(frame: reference.frame, start: start, end: paths.count)
        }

        mutating func range(_ text: [UInt8]) -> Range<Int> {
            if let known = placed[text] { return known }
            let range = bytes.count..<(bytes.count + text.count)
            bytes += text
            placed[text] = range
            return range
        }

        mutating func append(_ nodes: [BoundNode]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    let range = range(text)
                    ops.append(.text(range.lowerBound, range.upperBound))
                case .value(let reference, let escaped, let inText):
                    ops.append(.value(slot(reference), escaped: escaped, inText: inText))
                case .section(let reference, let inverted, let body):
                    let at = ops.count, place = slot(reference)
                    ops.append(.section(place, inverted: inverted, end: 0))
                    append(body)
                    ops[at] = .section(place, inverted: inverted, end: ops.count)
                case .partial(let indentation, let body):
                    let at = ops.count, range = range(indentation)
                    ops.append(.partial(range.lowerBound, range.upperBound, end: 0))
                    append(body)
                    ops[at] = .partial(range.lowerBound, range.upperBound, end: ops.count)
                }
            }
        }
    }
}

/// Where a name lives: the frame of the context stack (counted from the bottom) and the slots
/// from there (more than one for `a.b`). An empty path is the frame itself (`{{.}}`).
struct Reference: Sendable {
    let frame: Int
    let path: [Int]
}

/// A template as the compiler binds it, a tree (partials expanded in place); ``Program``
/// flattens it for rendering.
indirect enum BoundNode: Sendable {
    case text([UInt8])
    /// `inText`: in HTML text, where a date may be kept whole (see ``DateSpans``).
    case value(Reference, escaped: Bool, inText: Bool)
    case section(Reference, inverted: Bool, body: [BoundNode])
    case partial(indentation: [UInt8], body: [BoundNode])
}

/// A frame of the context stack at run time: a view's slots (its shape is the compiler's, not
/// needed here: a frame pushed or read counts one reference, not two), or a text.
enum Frame {
    case slots([ViewValue])
    case text(String)
}

struct Renderer {
    var out: [UInt8] = []
    let ops: UnsafeBufferPointer<Program.Op>
    let bytes: UnsafeBufferPointer<UInt8>
    let paths: UnsafeBufferPointer<Int>

    init(ops: UnsafeBufferPointer<Program.Op>, bytes: UnsafeBufferPointer<UInt8>, paths: UnsafeBufferPointer<Int>) {
        self.ops = ops
        self.bytes = bytes
        self.paths = paths
    }

    /// What a slot leads to, as the renderer uses it: an object (or a frame of the stack itself,
    /// `{{.}}`, that is a view) is its slots.
    private enum Resolved {
        case text(String)
        case flag(Bool)
        case list([ViewNode])
        case slots([ViewValue])
        case absent
    }

    private func resolve(_ slot: Program.Slot, in stack: [Frame]) -> Resolved {
        guard slot.frame < stack.count else { return .absent }
        guard slot.start < slot.end else {
            switch stack[slot.frame] {
            case .slots(let slots): return .slots(slots)
            case .text(let text): return .text(text)
            }
        }
        guard case .slots(let slots) = stack[slot.frame] else { return .absent }
        switch value(at: slot.start, to: slot.end, in: slots) {
        case .text(let text): return .text(text)
        case .flag(let flag): return .flag(flag)
        case .list(let items): return .list(items)
        case .object(let node): return .slots(node.slots)
        case .absent: return .absent
        }
    }

    /// The value the slots `paths[k..<end]` lead to from `slots`.
    private func value(at k: Int, to end: Int, in slots: [ViewValue]) -> ViewValue {
        let slot = paths[k]
        guard slot < slots.count else { return .absent }
        if k + 1 == end { return slots[slot] }
        guard case .object(let node) = slots[slot] else { return .absent }
        return value(at: k + 1, to: end, in: node.slots)
    }

    /// Renders the operations of `range`; inside an indented partial, each one that starts a
    /// line is indented (the rule of swift-mustache, which the shipped templates' whitespace
    /// follows).
    mutating func render(_ range: Range<Int>, stack: inout [Frame], indentation: [UInt8]) {
        var i = range.lowerBound
        guard !indentation.isEmpty else {
            while i < range.upperBound { i = renderOp(at: i, stack: &stack, indentation: indentation) }
            return
        }
        let localStart = out.count
        while i < range.upperBound {
            var scratch = Renderer(ops: ops, bytes: bytes, paths: paths)
            i = scratch.renderOp(at: i, stack: &stack, indentation: indentation)
            if !scratch.out.isEmpty && out.count > localStart && out[out.count - 1] == 0x0A {
                out += indentation
            }
            out += scratch.out
        }
    }

    /// Renders the operation at `i` (a section or a partial with its body); returns the index of
    /// the operation after it.
    private mutating func renderOp(at i: Int, stack: inout [Frame], indentation: [UInt8]) -> Int {
        switch ops[i] {
        case .text(let start, let end):
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return i + 1
        case .value(let slot, let escaped, let inText):
            switch resolve(slot, in: stack) {
            case .text(let text):
                if escaped {
                    if inText { DateSpans.escape(text, into: &out) } else { Self.escape(text, into: &out) }
                } else {
                    out.append(contentsOf: text.utf8)
                }
            case .flag(let flag):
                out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .slots, .absent:
                break
            }
            return i + 1
        case .section(let slot, let inverted, let endIndex):
            let end = endIndex
            let body = (i + 1)..<end
            let resolved = resolve(slot, in: stack)
            if inverted {
                switch resolved {
                case .flag(let flag): if !flag { render(body, stack: &stack, indentation: indentation) }
                case .list(let items): if items.isEmpty { render(body, stack: &stack, indentation: indentation) }
                case .absent: render(body, stack: &stack, indentation: indentation)
                // As in Mustache, an empty text is false.
                case .text(let text): if text.isEmpty { render(body, stack: &stack, indentation: indentation) }
                case .slots: break
                }
                return end
            }
            switch resolved {
            case .flag(let flag):
                if flag { render(body, stack: &stack, indentation: indentation) }
            case .list(let items):
                for item in items {
                    stack.append(.slots(item.slots))
                    render(body, stack: &stack, indentation: indentation)
                    stack.removeLast()
                }
            case .slots(let slots):
                stack.append(.slots(slots))
                render(body, stack: &stack, indentation: indentation)
                stack.removeLast()
            case .text(let text):
                guard !text.isEmpty else { break }
                stack.append(.text(text))
                render(body, stack: &stack, indentation: indentation)
                stack.removeLast()
            case .absent:
                break
            }
            return end
        case .partial(let start, let stop, let endIndex):
            let end = endIndex
            render((i + 1)..<end, stack: &stack, indentation: indentation + Array(bytes[start..<stop]))
            return end
        }
    }

    /// HTML escaping: & < > " ' (as swift-mustache escapes them).
    static func escape(_ text: String, into out: inout [UInt8]) {
        ByteEscaping.append(text, into: &out) { byte in
            switch byte {
            case UInt8(ascii: "&"): "&amp;"
            case UInt8(ascii: "<"): "&lt;"
            case UInt8(ascii: ">"): "&gt;"
            case UInt8(ascii: "\""): "&quot;"
            case UInt8(ascii: "'"): "&#39;"
            default: nil
            }
        }
    }
}
