import CLibXML2
import Foundation

/// Reading a DOM.
extension xmlNodePtr {
    public var name: String { String(cString: pointee.name) }

    public var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    public var line: Int { Int(xmlGetLineNo(self)) }

    public var children: [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var child = pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    public var elementChildren: [xmlNodePtr] { children.filter(\.isElement) }

    /// The text of the node and its descendants.
    public var textContent: String {
        guard let content = xmlNodeGetContent(self) else { return "" }
        defer { teishutsu_xmlFree(content) }
        return String(cString: content)
    }

    public func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(self, name) else { return nil }
        defer { teishutsu_xmlFree(value) }
        return String(cString: value)
    }

    public var namespaceURI: String? {
        pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }
}
