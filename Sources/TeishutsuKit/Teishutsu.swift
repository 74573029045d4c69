import DocumentModel
import Foundation

/// The tool's identity.
public enum Teishutsu {
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/teishutsu/teishutsu"
}
