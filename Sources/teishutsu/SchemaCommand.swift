import ArgumentParser
import TeishutsuKit

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Prints the schemas of the files teishutsu reads and writes.",
        discussion: """
        The shipped copies (Templates/xml/*.xsd, Templates/schema/*.json, docs/input-format.md) are this output; \
        scripts/generate-schemas.sh writes them and a test keeps them equal.
        """,
        subcommands: [XSD.self, JSONSchema.self, Docs.self]
    )

    struct XSD: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "xsd", abstract: "The XSD of an XML document (plan, report, incident, closing or annual).")
        @Argument(help: "plan, report, incident, closing or annual") var document: String

        func run() throws {
            guard let xsd = SchemaExport.xsd(document) else {
                throw ValidationError("unknown document '\(document)'; expected plan, report, incident, closing or annual")
            }
            print(xsd, terminator: "")
        }
    }

    struct JSONSchema: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "json", abstract: "The JSON Schema of an input file, for editors.")
        @Argument(help: "contract, plan, report, catalog, incident, request or closing") var file: InputFileKind

        func run() throws {
            guard file.isYAML else { throw ValidationError("\(file.rawValue) is a CSV log; its columns are in `teishutsu schema docs`") }
            print(SchemaExport.jsonSchema(file).prettyText, terminator: "")
        }
    }

    struct Docs: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "docs", abstract: "The Markdown reference of every input file.")

        func run() {
            print(InputFileKind.allCases.map { SchemaExport.markdown($0) }.joined(separator: "\n"), terminator: "")
        }
    }
}

extension InputFileKind: ExpressibleByArgument {}
