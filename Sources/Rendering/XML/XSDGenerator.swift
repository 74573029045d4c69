import DocumentModel

/// Writes the XSD of an ``XMLDocumentType`` from its schema: the shipped Templates/xml/*.xsd
/// are this output, and a test keeps them equal.
public enum XSDGenerator {
    public static func xsd(_ type: XMLDocumentType) -> String {
        var types: [(String, String)] = []
        var seen: Set<String> = []
        collect(type.content, into: &types, seen: &seen)

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- The \(type.root) document of teishutsu, version \(type.version). Generated from the input schema
             (Sources/DocumentModel/Schema); regenerate with: teishutsu schema xsd \(type.root) -->
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
                   xmlns="\(type.namespace)"
                   targetNamespace="\(type.namespace)"
                   elementFormDefault="qualified">

          <xs:element name="\(type.root)">
            <xs:complexType>
              <xs:complexContent>
                <xs:extension base="\(type.content.name)">
                  <xs:attribute name="version" type="xs:string" use="required" fixed="\(type.version)"/>
                </xs:extension>
              </xs:complexContent>
            </xs:complexType>
          </xs:element>

          <xs:simpleType name="Text">
            <xs:restriction base="xs:string"><xs:minLength value="1"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="MonthDay">
            <xs:restriction base="xs:string"><xs:pattern value="(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"/></xs:restriction>
          </xs:simpleType>
          <xs:simpleType name="TimeOfDay">
            <xs:restriction base="xs:string"><xs:pattern value="([01][0-9]|2[0-3]):[0-5][0-9]|24:00"/></xs:restriction>
          </xs:simpleType>

        """
        for (_, definition) in types { out += definition }
        out += "</xs:schema>\n"
        return out
    }

    private static func collect(_ schema: ObjectSchema, into types: inout [(String, String)], seen: inout Set<String>) {
        guard seen.insert(schema.name).inserted else { return }
        var body = "  <xs:complexType name=\"\(schema.name)\">\n"
        body += "    <xs:annotation><xs:documentation xml:lang=\"ja\">\(XMLWriter.escape(schema.japanese))</xs:documentation></xs:annotation>\n"
        body += "    <xs:sequence>\n"
        var nested: [ObjectSchema] = []
        var entryTypes: [(MapKey, ObjectSchema)] = []
        for field in schema.fields {
            let occurs = field.required ? "" : " minOccurs=\"0\""
            body += "      <xs:element name=\"\(field.key)\"\(occurs)\(element(field.type, nested: &nested, entries: &entryTypes, indent: 6))"
        }
        body += "    </xs:sequence>\n  </xs:complexType>\n\n"
        types.append((schema.name, body))
        for (key, entrySchema) in entryTypes {
            let name = entrySchema.name + "Entry"
            if seen.insert(name).inserted {
                let pattern = String(key.pattern.dropFirst().dropLast())
                types.append((name, """
                  <xs:complexType name="\(name)">
                    <xs:complexContent>
                      <xs:extension base="\(entrySchema.name)">
                        <xs:attribute name="\(key.attribute)" use="required">
                          <xs:simpleType>
                            <xs:restriction base="xs:string"><xs:pattern value="\(XMLWriter.escape(pattern))"/></xs:restriction>
                          </xs:simpleType>
                        </xs:attribute>
                      </xs:extension>
                    </xs:complexContent>
                  </xs:complexType>


                """))
            }
            collect(entrySchema, into: &types, seen: &seen)
        }
        for child in nested { collect(child, into: &types, seen: &seen) }
    }

    /// The rest of an `<xs:element name="…"` declaration for a field type, closing it.
    private static func element(_ type: FieldType, nested: inout [ObjectSchema], entries: inout [(MapKey, ObjectSchema)], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        switch type {
        case .text: return " type=\"Text\"/>\n"
        case .date: return " type=\"xs:date\"/>\n"
        case .decimal: return " type=\"xs:decimal\"/>\n"
        case .bool: return " type=\"xs:boolean\"/>\n"
        case .monthDay: return " type=\"MonthDay\"/>\n"
        case .timeOfDay: return " type=\"TimeOfDay\"/>\n"
        case .instant: return " type=\"xs:dateTime\"/>\n"
        case .yearMonth: return " type=\"xs:gYearMonth\"/>\n"
        case .integer(let range):
            return ">\n\(pad)  <xs:simpleType><xs:restriction base=\"xs:integer\"><xs:minInclusive value=\"\(range.lowerBound)\"/><xs:maxInclusive value=\"\(range.upperBound)\"/></xs:restriction></xs:simpleType>\n\(pad)</xs:element>\n"
        case .choice(let choices):
            var out = ">\n\(pad)  <xs:simpleType>\n\(pad)    <xs:restriction base=\"xs:string\">\n"
            for choice in choices {
                out += "\(pad)      <xs:enumeration value=\"\(XMLWriter.escape(choice.value))\"><xs:annotation><xs:documentation xml:lang=\"ja\">\(XMLWriter.escape(choice.japanese))</xs:documentation></xs:annotation></xs:enumeration>\n"
            }
            return out + "\(pad)    </xs:restriction>\n\(pad)  </xs:simpleType>\n\(pad)</xs:element>\n"
        case .object(let schema):
            nested.append(schema)
            return " type=\"\(schema.name)\"/>\n"
        case .list(let elementType, let item, let minItems):
            return ">\n\(pad)  <xs:complexType>\n\(pad)    <xs:sequence>\n\(pad)      <xs:element name=\"\(item)\" minOccurs=\"\(minItems)\" maxOccurs=\"unbounded\""
                + element(elementType, nested: &nested, entries: &entries, indent: indent + 6)
                + "\(pad)    </xs:sequence>\n\(pad)  </xs:complexType>\n\(pad)</xs:element>\n"
        case .textList(let item, let minItems):
            return element(.list(.text, item: item, minItems: minItems), nested: &nested, entries: &entries, indent: indent)
        case .map(let key, let schema):
            entries.append((key, schema))
            return ">\n\(pad)  <xs:complexType>\n\(pad)    <xs:sequence>\n\(pad)      <xs:element name=\"\(key.item)\" type=\"\(schema.name)Entry\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n\(pad)    </xs:sequence>\n\(pad)  </xs:complexType>\n\(pad)</xs:element>\n"
        }
    }
}
