import CLibXML2

/// A document handed to an XSD element by element as it is written, instead of its bytes being
/// parsed back (``XMLSchema/validate(namespace:events:)``): libxml2's own schema validator, plugged into
/// a SAX handler that this sink calls. The validator sees what a parser of the written bytes
/// would report (names, attribute values, texts unescaped), and what it finds is placed at the
/// byte offset of the event that raised it, for the writer to turn into a line.
///
/// Parsing a generated document back cost more than its validation: libxml2 reads Japanese text
/// one character at a time. Names are interned in the schema's dictionary, since the validator
/// keeps an element's name until its end.
public final class XMLEventSink {
    /// An element started: what its end must give back.
    public struct Element {
        fileprivate let name: UnsafePointer<xmlChar>
    }

    // Only constants: a class's variables are checked for exclusive access on every use, which
    // cost more than the rest of this class's work.
    private let handler: UnsafeMutablePointer<xmlSAXHandlerPtr?>
    private let data: UnsafeMutablePointer<UnsafeMutableRawPointer?>
    private let dictionary: OpaquePointer
    /// Where the event being given lies in the written bytes, read by the collector of problems.
    private let position: UnsafeMutablePointer<Int>
    /// The document's namespace, interned.
    private let namespace: UnsafePointer<xmlChar>?
    /// An attribute's five pointers, then a namespace declaration's two.
    private let scratch: UnsafeMutablePointer<UnsafePointer<xmlChar>?>

    init(handler: UnsafeMutablePointer<xmlSAXHandlerPtr?>, data: UnsafeMutablePointer<UnsafeMutableRawPointer?>,
         dictionary: OpaquePointer, position: UnsafeMutablePointer<Int>, namespace: String) {
        self.handler = handler
        self.data = data
        self.dictionary = dictionary
        self.position = position
        scratch = .allocate(capacity: 7)
        scratch.initialize(repeating: nil, count: 7)
        self.namespace = Self.intern(namespace, in: dictionary)
    }

    deinit { scratch.deallocate() }

    /// Calls `body` with the string's UTF-8, lent without a copy of the string where it can be
    /// (`withUTF8` is mutating: a copy retains and releases the storage). DocumentModel's
    /// `String.withUTF8Bytes` does the same; this module is below it.
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var text = text
        return text.withUTF8(body)
    }

    private static func intern(_ text: String, in dictionary: OpaquePointer) -> UnsafePointer<xmlChar>? {
        withBytes(text) { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return xmlDictLookup(dictionary, "", 0) }
            return xmlDictLookup(dictionary, base, Int32(bytes.count))
        }
    }

    /// An element starts at `offset` of the written bytes, in the document's namespace (declared
    /// on it if it is the root), with at most one attribute. Nil if it could not be given.
    public func start(_ name: String, root: Bool = false, attribute: (name: String, value: String)? = nil, at offset: Int) -> Element? {
        guard let local = Self.intern(name, in: dictionary), let start = handler.pointee?.pointee.startElementNs else { return nil }
        position.pointee = offset
        scratch[5] = nil
        scratch[6] = namespace
        let declarations: Int32 = root ? 1 : 0
        guard let attribute, let attributeName = Self.intern(attribute.name, in: dictionary) else {
            start(data.pointee, local, nil, namespace, declarations, scratch + 5, 0, 0, scratch)
            return Element(name: local)
        }
        Self.withBytes(attribute.value) { bytes in
            // The validator copies the value (from its first byte to its end) before it returns.
            let first = bytes.baseAddress ?? attributeName
            scratch[0] = attributeName
            scratch[1] = nil
            scratch[2] = nil
            scratch[3] = first
            scratch[4] = first + bytes.count
            start(data.pointee, local, nil, namespace, declarations, scratch + 5, 1, 0, scratch)
        }
        return Element(name: local)
    }

    /// The text of the element open, written at `offset` (unescaped). An empty text is no text,
    /// as a parser reports none for `<a></a>`.
    public func text(_ text: String, at offset: Int) {
        guard let characters = handler.pointee?.pointee.characters else { return }
        position.pointee = offset
        Self.withBytes(text) { bytes in
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

    /// The element `started` ends at `offset`.
    public func end(_ started: Element, at offset: Int) {
        guard let end = handler.pointee?.pointee.endElementNs else { return }
        position.pointee = offset
        end(data.pointee, started.name, nil, namespace)
    }
}

/// The handler the validator is plugged into: it wants one, and the writer needs nothing of it.
let ignoreStart: startElementNsSAX2Func = { _, _, _, _, _, _, _, _, _ in }
let ignoreEnd: endElementNsSAX2Func = { _, _, _, _ in }
let ignoreCharacters: charactersSAXFunc = { _, _, _ in }

extension XMLSchema {
    /// Every problem the XSD finds in the document `write` hands to the sink, as it is written
    /// (see ``XMLEventSink``), its elements in `namespace`; each placed at its event's byte
    /// offset (``XMLIssue/offset``). `write` must end every element it starts.
    public func validate(namespace: String, events write: (XMLEventSink) -> Void) -> [XMLIssue] {
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
            let position = UnsafeMutablePointer<Int>.allocate(capacity: 1)
            position.initialize(to: 0)
            defer {
                collector.position = nil
                handler.deallocate()
                handlerSlot.deallocate()
                dataSlot.deallocate()
                position.deallocate()
            }
            // The plug starts the validation and puts its own handler and data in the slots;
            // unplugging ends it and puts them back.
            guard let plug = xmlSchemaSAXPlug(context, handlerSlot, dataSlot) else { return -1 }
            collector.position = position
            write(XMLEventSink(handler: handlerSlot, data: dataSlot, dictionary: dictionary, position: position, namespace: namespace))
            xmlSchemaSAXUnplug(plug)
            collector.position = nil
            return xmlSchemaIsValid(context) == 1 ? 0 : 1
        }
    }
}
