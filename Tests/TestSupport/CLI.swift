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
        /// Whether the process had to be killed after the time allowed (a hang).
        public let timedOut: Bool
    }

    /// Runs the binary; a process still running after `timeout` seconds is killed and reported
    /// as timed out (a test of hostile input must never hang the suite).
    public static func run(_ arguments: [String], in directory: URL = packageRoot, executable: URL? = nil,
                    environment: [String: String] = [:], timeout: Double = 120) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["TEISHUTSU_LANG"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        // Both streams go to files: reading one pipe to its end while the child fills the other would block both.
        let scratch = Fixtures.scratchPath("cli")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = DispatchTime.now() + timeout
        let killer = DispatchWorkItem { if process.isRunning { process.terminate(); kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: deadline, execute: killer)
        process.waitUntilExit()
        killer.cancel()
        let timedOut = process.terminationReason == .uncaughtSignal && DispatchTime.now() >= deadline
        let stdout = (try? Data(contentsOf: outURL)) ?? Data()
        let stderr = (try? Data(contentsOf: errURL)) ?? Data()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), timedOut: timedOut)
    }

    public static func temporaryFolder(_ name: String) throws -> URL {
        try Fixtures.temporaryFolder(name)
    }
}
