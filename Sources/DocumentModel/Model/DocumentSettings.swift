/// How the contract wants its documents written (contract.yaml `document:`).
public enum Register: String, Sendable, Hashable {
    /// である調 (the default).
    case dearu
    /// です・ます調.
    case desuMasu = "desu_masu"
}

/// A cover letter (鑑) before each document, when the contract asks for one.
public struct CoverLetterSettings: Sendable, Hashable {
    public let number: String?
    public let contactName: String
    public let contactDepartment: String?
    public let contactPhone: String?
    public let contactEmail: String?
    public let seal: Bool

    init(_ value: ObjectValue) {
        number = value.text(at: "number")?.value
        contactName = value.text(at: "contact_name")?.value ?? ""
        contactDepartment = value.text(at: "contact_department")?.value
        contactPhone = value.text(at: "contact_phone")?.value
        contactEmail = value.text(at: "contact_email")?.value
        seal = value.flag(at: "seal")?.value ?? false
    }
}

/// The checks of the user's prose `validate` runs (each can be turned off).
public struct StyleCheckSettings: Sendable, Hashable {
    public var numberUnitSpace = true
    public var halfwidthKatakana = true
    public var asciiPunctuation = true
    public var mixedRegister = true
    public var digitStyle = true
    public var doubled = true
    public var numbering = true

    public static let all = StyleCheckSettings()

    public init() {}

    init(_ value: ObjectValue?) {
        guard let value else { return }
        numberUnitSpace = value.flag(at: "number_unit_space")?.value ?? true
        halfwidthKatakana = value.flag(at: "halfwidth_katakana")?.value ?? true
        asciiPunctuation = value.flag(at: "ascii_punctuation")?.value ?? true
        mixedRegister = value.flag(at: "mixed_register")?.value ?? true
        digitStyle = value.flag(at: "digit_style")?.value ?? true
        doubled = value.flag(at: "doubled")?.value ?? true
        numbering = value.flag(at: "numbering")?.value ?? true
    }
}
