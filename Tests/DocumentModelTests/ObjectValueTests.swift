import DocumentModel
import Testing

/// A mapping kept in its schema's order: read by key and by position alike, built from
/// mappings by key, and changed one field at a time.
@Suite struct ObjectValueTests {
    // More than 16 fields: the schema finds a key through its table, not by comparing each.
    let wide = ObjectSchema("Wide", "広い", (0..<20).map { .optional("k\($0)", "項目\($0)", .text) })
    let narrow = ObjectSchema("Narrow", "狭い", [.required("id", "ID", .text), .optional("note", "備考", .text), .optional("count", "件数", .integer(0...99))])

    func text(_ s: String, line: Int = 1) -> Value { Value(.text(s), span: SourceSpan(file: "t.yaml", line: line, column: 3)) }

    @Test func aValueBuiltByKeyIsReadByKeyAndByPosition() {
        for schema in [wide, narrow] {
            let keys = schema.keys
            let first = keys[0], last = keys[keys.count - 1]
            let object = ObjectValue(schema: schema, fields: [first: text("a"), last: text("z")],
                                     keySpans: [last: SourceSpan(file: "t.yaml", line: 9, column: 1)], span: .file("t.yaml"), hadErrors: false)
            #expect(object.values.count == keys.count)
            #expect(object[first]?.text == "a" && object[last]?.text == "z")
            #expect(object.values[0]?.text == "a" && object.values[keys.count - 1]?.text == "z")
            #expect(object.values.dropFirst().dropLast().allSatisfy { $0 == nil })
            #expect(object["no_such_key"] == nil)
            #expect(object.keySpan(last)?.line == 9 && object.keySpan(first) == nil)
            #expect(Set(object.fields.keys) == [first, last])
            #expect(object.keySpans.count == 1)
            // A key with no value here points at its own line, a key not written at the mapping.
            #expect(object.span(last).line == 1)
            #expect(object.span(keys[1]) == .file("t.yaml"))
            #expect(!object.isEmpty)
        }
    }

    @Test func aFieldIsSetAndTakenOutAlone() {
        let object = ObjectValue(schema: narrow, values: [text("A-1"), text("備考"), nil],
                                 keyPlaces: [SourceSpan(file: "t.yaml", line: 1, column: 1), SourceSpan(file: "t.yaml", line: 2, column: 1), nil],
                                 nullKeys: ["count"], span: .file("t.yaml"), hadErrors: true)
        let without = object.setting("note", nil)
        #expect(without["note"] == nil && without["id"]?.text == "A-1")
        #expect(object["note"]?.text == "備考", "the original is unchanged")
        #expect(without.keySpan("note")?.line == 2, "where the key was written stays")
        #expect(without.nullKeys == ["count"] && without.hadErrors)
        let counted = without.setting("count", Value(.integer(3), span: .file("t.yaml")))
        #expect(counted["count"]?.integer == 3)
        #expect(ObjectValue(schema: narrow, values: [nil, nil, nil], keyPlaces: [], span: .file("t.yaml"), hadErrors: false).isEmpty)
    }

    @Test func aKeyWrittenWithAValueNotReadIsRejected() {
        let object = ObjectValue(schema: narrow, values: [text("A-1"), nil, nil],
                                 keyPlaces: [SourceSpan(file: "t.yaml", line: 1, column: 1), SourceSpan(file: "t.yaml", line: 2, column: 1),
                                             SourceSpan(file: "t.yaml", line: 3, column: 1)],
                                 nullKeys: ["count"], span: .file("t.yaml"), hadErrors: true)
        #expect(object.wasRejected("note"), "written, with no value read")
        #expect(!object.wasRejected("count"), "written empty (key:)")
        #expect(!object.wasRejected("id"))
        #expect(!object.wasRejected("no_such_key"))
    }
}
