import DefaultTemplates
import DocumentModel
import Foundation

/// A contract folder as a user keeps it in git: `contract.yaml`, `plan.yaml`, `reports/`.
public struct ContractFolder: Sendable {
    /// The folder as the user named it (for messages and output paths).
    public let path: String
    public var contract: Contract?
    public var plan: Plan?
    public var catalog: RequirementCatalog?
    public var diagnostics: [Diagnostic] = []
    public var sources = SourceTexts()

    public static let contractFile = "contract.yaml"
    public static let planFile = "plan.yaml"
    public static let defaultCatalogPath = "catalog/requirements.yaml"

    /// Joins a folder as the user wrote it with a file name (`samples/demo` + `plan.yaml`).
    public static func join(_ folder: String, _ name: String) -> String {
        if folder.isEmpty || folder == "." { return name }
        return folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    public init(path: String) {
        self.path = path
    }

    /// Loads the contract, the plan and the requirement catalog; every problem is recorded.
    public static func load(_ path: String) -> ContractFolder {
        var folder = ContractFolder(path: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            folder.diagnostics.append(.error(
                "folder-missing",
                Message(ja: "契約フォルダ \(path) がありません", en: "the contract folder \(path) does not exist"),
                expected: Message(ja: "contract.yaml と plan.yaml のあるフォルダ", en: "a folder with contract.yaml and plan.yaml"),
                at: nil))
            return folder
        }
        folder.loadContract()
        folder.loadCatalog()
        folder.loadPlan()
        return folder
    }

    mutating func loadContract() {
        let file = Self.join(path, Self.contractFile)
        let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: ContractSchema.root, sources: &sources)
        self.diagnostics += diagnostics
        if let value { contract = Contract(value, source: file) }
    }

    mutating func loadPlan() {
        let file = Self.join(path, Self.planFile)
        let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: PlanSchema.root, sources: &sources)
        self.diagnostics += diagnostics
        if let value { plan = Plan(value, source: file) }
    }

    /// The contract's own catalog when it names one, else the shipped one.
    mutating func loadCatalog() {
        if let custom = contract?.catalogPath {
            let file = Self.join(path, custom.value)
            let (value, diagnostics) = YAMLLoader.load(path: file, displayPath: file, schema: CatalogSchema.root, sources: &sources)
            if diagnostics.contains(where: { $0.code == "file-missing" }) {
                self.diagnostics.append(.error(
                    "catalog-missing",
                    Message(ja: "要件一覧ファイル \(file) がありません", en: "the requirement catalog \(file) does not exist"),
                    expected: Message(ja: "契約フォルダからの相対パス", en: "a path relative to the contract folder"),
                    at: custom.span))
                return
            }
            self.diagnostics += diagnostics
            if let value { catalog = RequirementCatalog(value, source: file) }
            return
        }
        catalog = Self.shippedCatalog
    }

    /// The catalog of DOMAIN §3, shipped in Templates/catalog/.
    public static let shippedCatalog: RequirementCatalog = {
        guard let text = DefaultTemplates.text(defaultCatalogPath) else {
            fatalError("Templates/\(defaultCatalogPath) is not embedded in this build")
        }
        let (value, diagnostics) = YAMLLoader.parse(text, file: "Templates/" + defaultCatalogPath, schema: CatalogSchema.root)
        guard let value, diagnostics.isEmpty else {
            fatalError("the shipped catalog is invalid: \(diagnostics.map(\.message.english))")
        }
        return RequirementCatalog(value, source: "Templates/" + defaultCatalogPath)
    }()
}
