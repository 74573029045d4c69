/// A template bound to its view's shape: every name is a slot in a frame of the context
/// stack, found once at compile time. Immutable and `Sendable`, shared by every thread.
public struct CompiledTemplate: Sendable {
    let nodes: [BoundNode]
    /// The template's name (`plan`, `report`).
    public let name: String

    /// Renders `view`: the HTML, as UTF-8 text.
    public func render(_ view: ViewNode) -> String {
        String(decoding: renderBytes(view), as: UTF8.self)
    }

    /// Renders `view`: the HTML's UTF-8 bytes (made of valid strings, so valid UTF-8 too).
    public func renderBytes(_ view: ViewNode) -> [UInt8] {
        var renderer = Renderer()
        renderer.out.reserveCapacity(256 * 1024)
        var stack: [Frame] = [.node(view)]
        renderer.render(nodes, stack: &stack, indentation: [])
        return renderer.out
    }
}

/// Where a name lives: the frame of the context stack (counted from the bottom) and the slots
/// from there (more than one for `a.b`). An empty path is the frame itself (`{{.}}`).
struct Reference: Sendable {
    let frame: Int
    let path: [Int]
}

indirect enum BoundNode: Sendable {
    case text([UInt8])
    /// `inText`: in HTML text, where a date may be kept whole (see ``DateSpans``).
    case value(Reference, escaped: Bool, inText: Bool)
    /// `pushes`: whether entering the section adds a frame (a list element, an object, a text).
    case section(Reference, inverted: Bool, body: [BoundNode])
    case partial(indentation: [UInt8], body: [BoundNode])
}

/// A frame of the context stack at run time.
enum Frame {
    case node(ViewNode)
    case text(String)
}

struct Renderer {
    var out: [UInt8] = []

    private func resolve(_ reference: Reference, in stack: [Frame]) -> ViewValue {
        guard reference.frame < stack.count else { return .absent }
        var current: ViewValue
        switch stack[reference.frame] {
        case .node(let node): current = .object(node)
        case .text(let text): current = .text(text)
        }
        for slot in reference.path {
            guard case .object(let node) = current, slot < node.slots.count else { return .absent }
            current = node.slots[slot]
        }
        return current
    }

    /// Renders nodes; inside an indented partial, each node that starts a line is indented
    /// (the rule of swift-mustache, which the shipped templates' whitespace follows).
    mutating func render(_ nodes: [BoundNode], stack: inout [Frame], indentation: [UInt8]) {
        guard !indentation.isEmpty else {
            for node in nodes { renderNode(node, stack: &stack, indentation: indentation) }
            return
        }
        let localStart = out.count
        for node in nodes {
            var scratch = Renderer()
            scratch.renderNode(node, stack: &stack, indentation: indentation)
            if !scratch.out.isEmpty && out.count > localStart && out[out.count - 1] == 0x0A {
                out += indentation
            }
            out += scratch.out
        }
    }

    private mutating func renderNode(_ node: BoundNode, stack: inout [Frame], indentation: [UInt8]) {
        switch node {
        case .text(let bytes):
            out += bytes
        case .value(let reference, let escaped, let inText):
            switch resolve(reference, in: stack) {
            case .text(let text):
                if escaped {
                    if inText { DateSpans.escape(text, into: &out) } else { Self.escape(text, into: &out) }
                } else {
                    out.append(contentsOf: text.utf8)
                }
            case .flag(let flag):
                out.append(contentsOf: (flag ? "true" : "false").utf8)
            case .list, .object, .absent:
                break
            }
        case .section(let reference, let inverted, let body):
            let value = resolve(reference, in: stack)
            if inverted {
                switch value {
                case .flag(let flag): if !flag { render(body, stack: &stack, indentation: indentation) }
                case .list(let items): if items.isEmpty { render(body, stack: &stack, indentation: indentation) }
                case .absent: render(body, stack: &stack, indentation: indentation)
                // As in Mustache, an empty text is false.
                case .text(let text): if text.isEmpty { render(body, stack: &stack, indentation: indentation) }
                case .object: break
                }
                return
            }
            switch value {
            case .flag(let flag):
                if flag { render(body, stack: &stack, indentation: indentation) }
            case .list(let items):
                for item in items {
                    stack.append(.node(item))
                    render(body, stack: &stack, indentation: indentation)
                    stack.removeLast()
                }
            case .object(let node):
                stack.append(.node(node))
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
        case .partial(let partialIndentation, let body):
            render(body, stack: &stack, indentation: indentation + partialIndentation)
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
