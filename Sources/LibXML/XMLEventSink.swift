import CLibXML2

/// A document handed to an XSD element by element as it is written, instead of its bytes being
/// parsed back (``XMLSchema/validate(events:)``): libxml2's own schema validator, plugged into
/// a SAX handler that this sink calls. The validator sees what a parser of the written bytes
/// would report (names, attribute values, texts unescaped), and what it finds is placed at the
/// byte offset of the event that raised it, for the writer to turn into a line.
///
/// Parsing a generated document back cost more than its validation: libxml2 reads Japanese text
/// one character at a time. Names are interned in the schema's dictionary, since the validator
/// keeps an element's name until its end.
public final class XMLEventSink {
    private let handler: UnsafeMutablePointer<xmlSAXHandlerPtr?>
    private let data: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private let dictionary: OpaquePointer
    private let collector: XMLIssueCollector
    private var open: [(name: UnsafePointer<xmlChar>, namespace: UnsafePointer<xmlChar>?)] = []
    private var attributes = [UnsafePointer<xmlChar>?](repeating: nil, count: 5)
    private var namespaces = [UnsafePointer<xmlChar>?](repeating: nil, count: 2)

    init(handler: UnsafeMutablePointer<xmlSAXHandlerPtr?>, data: UnsafeMutablePointer<UnsafeMutableRawPointer?>,
         dictionary: OpaquePointer, collector: XMLIssueCollector) {
        self.handler = handler
        self.data = data
        self.dictionary = dictionary
        self.collector = collector
    }

    /// Whether every element started has ended.
    var isBalanced: Bool { open.isEmpty }

    private func intern(_ text: String) -> UnsafePointer<xmlChar>? {
        var text = text
        return text.withUTF8 { bytes in
            // An empty name is interned too (the dictionary holds a pointer for it).
            xmlDictLookup(dictionary, bytes.baseAddress ?? UnsafePointer(bitPattern: 1), Int32(bytes.count))
        }
    }

    /// An element starts at `offset` of the written bytes, in `namespace` (declared on it when
    /// given: the root's), with at most one attribute.
    public func start(_ name: String, namespace declared: String? = nil, attribute: (name: String, value: String)? = nil, at offset: Int) {
        guard let local = intern(name), let sax = handler.pointee, let start = sax.pointee.startElementNs else { return }
        let uri = declared.flatMap(intern) ?? open.last?.namespace
        open.append((local, uri))
        collector.offset = offset
        var count: Int32 = 0
        if let attribute, let attributeName = intern(attribute.name) {
            count = 1
            var value = attribute.value
            value.withUTF8 { bytes in
                // The validator copies the value (from its first byte to its end) before it returns.
                let first = bytes.baseAddress ?? attributeName
                attributes[0] = attributeName
                attributes[1] = nil
                attributes[2] = nil
                attributes[3] = first
                attributes[4] = first + bytes.count
                call(start, local, uri, declared == nil ? 0 : 1, count)
            }
        } else {
            call(start, local, uri, declared == nil ? 0 : 1, count)
        }
    }

    private func call(_ start: startElementNsSAX2Func, _ local: UnsafePointer<xmlChar>, _ uri: UnsafePointer<xmlChar>?,
                      _ declarations: Int32, _ attributeCount: Int32) {
        namespaces[0] = nil
        namespaces[1] = uri
        namespaces.withUnsafeMutableBufferPointer { declared in
            attributes.withUnsafeMutableBufferPointer { given in
                start(data.pointee, local, nil, uri, declarations, declared.baseAddress, attributeCount, 0, given.baseAddress)
            }
        }
    }

    /// The text of the element open, written at `offset` (unescaped). An empty text is no text,
    /// as a parser reports none for `<a></a>`.
    public func text(_ text: String, at offset: Int) {
        guard let characters = handler.pointee?.pointee.characters else { return }
        collector.offset = offset
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            // The validator's calls take an Int32 length: a text past 2 GB is given in parts.
            var at = 0
            while at < bytes.count {
                let part = min(bytes.count - at, Int(Int32.max))
                characters(data.pointee, base + at, Int32(part))
                at += part
            }
        }
    }

    /// The element open ends at `offset`.
    public func end(at offset: Int) {
        guard let element = open.popLast(), let end = handler.pointee?.pointee.endElementNs else { return }
        collector.offset = offset
        end(data.pointee, element.name, nil, element.namespace)
    }
}

/// The handler the validator is plugged into: it wants one, and the writer needs nothing of it.
let ignoreStart: startElementNsSAX2Func = { _, _, _, _, _, _, _, _, _ in }
let ignoreEnd: endElementNsSAX2Func = { _, _, _, _ in }
let ignoreCharacters: charactersSAXFunc = { _, _, _ in }

extension XMLSchema {
    /// Every problem the XSD finds in the document `write` hands to the sink, as it is written
    /// (see ``XMLEventSink``); each placed at its event's byte offset (``XMLIssue/offset``).
    public func validate(events write: (XMLEventSink) -> Void) -> [XMLIssue] {
        check { context, opaque in
            let collector = Unmanaged<XMLIssueCollector>.fromOpaque(opaque).takeUnretainedValue()
            let handler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
            handler.initialize(to: xmlSAXHandler())
            handler.pointee.initialized = XML_SAX2_MAGIC
            handler.pointee.startElementNs = ignoreStart
            handler.pointee.endElementNs = ignoreEnd
            handler.pointee.characters = ignoreCharacters
            let handlerSlot = UnsafeMutablePointer<xmlSAXHandlerPtr?>.allocate(capacity: 1)
            handlerSlot.initialize(to: handler)
            let dataSlot = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: 1)
            dataSlot.initialize(to: nil)
            defer {
                handler.deallocate()
                handlerSlot.deallocate()
                dataSlot.deallocate()
            }
            // The plug starts the validation and puts its own handler and data in the slots;
            // unplugging ends it and puts them back.
            guard let plug = xmlSchemaSAXPlug(context, handlerSlot, dataSlot) else { return -1 }
            let sink = XMLEventSink(handler: handlerSlot, data: dataSlot, dictionary: dictionary, collector: collector)
            write(sink)
            let balanced = sink.isBalanced
            xmlSchemaSAXUnplug(plug)
            collector.offset = nil
            if !balanced { collector.issues.append(XMLIssue(line: 0, column: 0, message: "an element was not ended", isParseError: true)) }
            return xmlSchemaIsValid(context) == 1 && balanced ? 0 : 1
        }
    }
}
