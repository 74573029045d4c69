import Foundation

/// Runs the built `teishutsu` as a user would, from the package root.
public enum CLI {
    public static var packageRoot: URL { Fixtures.packageRoot }

    public static var binary: URL {
        // Next to the test bundle (swift test builds the executable the tests depend on).
        var candidates = [Bundle.main.bundleURL.appendingPathComponent("teishutsu")]
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("teishutsu"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/teishutsu"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            preconditionFailure("the teishutsu binary is not built (swift build)")
        }
        return found
    }

    public struct Result {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    public static func run(_ arguments: [String], in directory: URL = packageRoot, executable: URL? = nil,
                    environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TEISHUTSU_LANG"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read before waiting: a full pipe would block the child.
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    public static func temporaryFolder(_ name: String) throws -> URL {
        try Fixtures.temporaryFolder(name)
    }
}
