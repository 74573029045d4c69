import DocumentModel
import Foundation
import Rendering
import Synchronization
import Testing
import TestSupport
@testable import TeishutsuKit

/// Outputs are replaced all or none; what a killed build left is recovered.
@Suite struct OutputWriterTests {
    func files(_ version: String) -> [RenderedFile] {
        ["a.html", "b.html", "c.xml"].map { RenderedFile(name: $0, contents: "\($0) \(version)") }
    }

    func contents(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            result[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return result
    }

    @Test func aFailureHalfwayPutsBackWhatWasReplaced() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try OutputWriter.write(files("v1"), to: folder.path)
        let before = try contents(folder)
        // The third file fails to be replaced, after the first two were.
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write(files("v2") + [RenderedFile(name: "d.xml", contents: "new")], to: folder.path, failingAt: "c.xml") }
        #expect(try contents(folder) == before)
        // Then it works, and writes only what changed.
        let result = try OutputWriter.write(files("v2"), to: folder.path)
        #expect(result.written.count == 3)
        #expect(try contents(folder)["b.html"] == "b.html v2")
    }

    /// A folder not there yet is made beside its place and renamed into it: whole, with nothing
    /// left beside it; a failure leaves neither the folder nor its staging; what a killed build
    /// left beside an output folder is removed.
    @Test func aNewOutputFolderAppearsWholeOrNotAtAll() throws {
        let parent = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: parent) }
        let stale = parent.appendingPathComponent(".teishutsu-new-999999-1-out")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: false)
        let failed = parent.appendingPathComponent("deep/failed")
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write(files("v1"), to: failed.path, failingAt: "b.html") }
        #expect(!FileManager.default.fileExists(atPath: failed.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.appendingPathComponent("deep").path).isEmpty)
        let folder = parent.appendingPathComponent("out")
        let result = try OutputWriter.write(files("v1"), to: folder.path + "/")
        #expect(result.written == ["a.html", "b.html", "c.xml"].map { folder.path + "/" + $0 })
        #expect(try contents(folder) == ["a.html": "a.html v1", "b.html": "b.html v1", "c.xml": "c.xml v1"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["deep", "out"])
        // Written again: the usual way, only what changed.
        let again = try OutputWriter.write(files("v1").prefix(2) + [RenderedFile(name: "c.xml", contents: "c.xml v2")], to: folder.path)
        #expect(again.written == [folder.appendingPathComponent("c.xml").path] && again.unchanged.count == 2)
        // A folder named near the limit of a file name (255 bytes) is staged beside it all the same.
        let long = parent.appendingPathComponent(String(repeating: "長", count: 84))
        _ = try OutputWriter.write(files("v1"), to: long.path)
        #expect(try contents(long).count == 3)
    }

    /// In a run of many folders, new output folders are staged by the workers and put in place
    /// by the committer, in groups: each whole, each told once; one that appeared meanwhile is
    /// compared and replaced the usual way; one that cannot be made, or whose staged file was
    /// removed, fails alone and leaves no staging behind.
    @Test func theCommitterPutsStagedFoldersInPlace() throws {
        let parent = try Fixtures.temporaryFolder("committer")
        defer { try? FileManager.default.removeItem(at: parent) }
        let outcomes = Mutex<[String: Swift.Result<OutputWriter.Result, OutputWriter.Failure>]>([:])
        let committer = OutputWriter.Committer(limit: 3)
        let names = (1...12).map { String(format: "c%02d", $0) }
        for name in names {
            let folder = parent.appendingPathComponent(name).path
            if name == "c05" {
                // Made by someone else after the folder was found missing.
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
                try Data("a.html old".utf8).write(to: URL(fileURLWithPath: folder + "/a.html"))
                try Data("kept".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
            }
            guard let staged = try OutputWriter.stageNewFolder(files(name), to: folder) else {
                Issue.record("\(name) not staged")
                continue
            }
            if name == "c09" {
                // Where the folder goes, a file now stands.
                try Data("a file".utf8).write(to: URL(fileURLWithPath: folder))
            }
            if name == "c11" {
                // A staged file removed by someone else: the folder is not put in place without it.
                try FileManager.default.removeItem(atPath: staged.staging + "/b.html")
            }
            committer.add(.init(staged: staged) { outcome in
                outcomes.withLock { #expect($0.updateValue(outcome, forKey: name) == nil, "told twice") }
            })
        }
        committer.wait()
        let told = outcomes.withLock { $0 }
        #expect(Set(told.keys) == Set(names))
        for name in names where name != "c09" && name != "c11" {
            let folder = parent.appendingPathComponent(name)
            var expected = ["a.html": "a.html \(name)", "b.html": "b.html \(name)", "c.xml": "c.xml \(name)"]
            if name == "c05" { expected["notes.txt"] = "kept" }
            #expect(try contents(folder) == expected, "\(name)")
            guard case .success(let result) = told[name] else {
                Issue.record("\(name) failed")
                continue
            }
            #expect(result.written == ["a.html", "b.html", "c.xml"].map { folder.path + "/" + $0 }, "\(name)")
        }
        guard case .failure = told["c09"] else {
            Issue.record("c09 did not fail")
            return
        }
        #expect(try String(contentsOfFile: parent.appendingPathComponent("c09").path, encoding: .utf8) == "a file")
        guard case .failure = told["c11"] else {
            Issue.record("c11 did not fail")
            return
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == names.filter { $0 != "c11" })
    }

    /// A staged folder renamed into place is checked whole: a file removed, or replaced by
    /// another, after it was synced is seen (the folder is then taken back by its writer).
    @Test func aFileRemovedAfterItsSyncIsSeen() throws {
        let parent = try Fixtures.temporaryFolder("identity")
        defer { try? FileManager.default.removeItem(at: parent) }
        for change in ["none", "removed", "replaced"] {
            let folder = parent.appendingPathComponent(change).path
            let staged = try #require(try OutputWriter.stageNewFolder(files(change), to: folder))
            let identities = try OutputWriter.StagedFiles(staged.paths).sync()
            if change == "removed" { try FileManager.default.removeItem(atPath: staged.staging + "/b.html") }
            if change == "replaced" {
                try FileManager.default.removeItem(atPath: staged.staging + "/c.xml")
                try Data("other".utf8).write(to: URL(fileURLWithPath: staged.staging + "/c.xml"))
            }
            #expect(try OutputWriter.place(staged))
            #expect(OutputWriter.FileIdentity.stillThere(staged.names, in: staged.target, as: identities) == (change == "none"), "\(change)")
        }
    }

    @Test func anOutputThatIsAFolderStopsEverythingFirst() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try OutputWriter.write(files("v1"), to: folder.path)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c.xml"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c.xml"), withIntermediateDirectories: false)
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write(files("v2"), to: folder.path) }
        #expect(try String(contentsOf: folder.appendingPathComponent("a.html"), encoding: .utf8) == "a.html v1")
    }

    @Test func whatAKilledBuildLeftIsRecovered() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try OutputWriter.write(files("v1"), to: folder.path)
        // A build (of a process that no longer runs) had replaced a.html, not yet b.html.
        let staging = folder.appendingPathComponent(".teishutsu-staging-999999-1")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("new"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("old"), withIntermediateDirectories: true)
        try "a.html v1".write(to: staging.appendingPathComponent("old/a.html"), atomically: false, encoding: .utf8)
        try "a.html half".write(to: folder.appendingPathComponent("a.html"), atomically: false, encoding: .utf8)
        try "b.html half".write(to: staging.appendingPathComponent("new/b.html"), atomically: false, encoding: .utf8)
        try "a.html\treplace\nb.html\treplace\n".write(to: staging.appendingPathComponent("journal"), atomically: false, encoding: .utf8)
        // And a temporary file of an older version.
        try "x".write(to: folder.appendingPathComponent(".plan.html.999998.tmp"), atomically: false, encoding: .utf8)
        _ = try OutputWriter.write([], to: folder.path)
        let now = try contents(folder)
        #expect(now == ["a.html": "a.html v1", "b.html": "b.html v1", "c.xml": "c.xml v1"])
    }

    /// A whole build removes what an earlier one wrote and it no longer makes, of the kinds it
    /// writes (a PDF stays when no PDF is made), never a file it did not write; all or nothing:
    /// a failure puts the removed files back.
    @Test func aWholeBuildRemovesWhatItNoLongerMakes() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = files("v1") + [RenderedFile(name: "old.html", contents: "old"), RenderedFile(name: "a.pdf", contents: "pdf")]
        _ = try OutputWriter.write(first, to: folder.path, pruning: true)
        try "mine".write(to: folder.appendingPathComponent("notes.txt"), atomically: false, encoding: .utf8)
        // The next build fails half way: old.html is still there.
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter.write(files("v2"), to: folder.path, failingAt: "c.xml", pruning: true) }
        #expect(try contents(folder)["old.html"] == "old")
        let result = try OutputWriter.write(files("v2"), to: folder.path, pruning: true)
        #expect(result.removed == [folder.appendingPathComponent("old.html").path])
        #expect(result.written.count == 3 && !result.written.contains { $0.hasSuffix(OutputWriter.manifestName) })
        let now = try contents(folder)
        #expect(now["old.html"] == nil && now["a.pdf"] == "pdf" && now["notes.txt"] == "mine" && now["b.html"] == "b.html v2")
        #expect(now[OutputWriter.manifestName] == "a.html\na.pdf\nb.html\nc.xml\n")
        // Not pruning (a partial rebuild): nothing removed.
        _ = try OutputWriter.write([RenderedFile(name: "a.html", contents: "a.html v3")], to: folder.path)
        #expect(try contents(folder)["b.html"] == "b.html v2")
    }

    /// A build removes from its folder only names it writes: a list of outputs written by an
    /// earlier version, broken by a line break in an id, named a file of the user's.
    @Test func aBuildRemovesOnlyNamesItWrites() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["X.html", "report-2025-01.html", "incident-INC"] {
            try "old".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try "incident-INC\nX.html\nplan.html\nreport-2025-01.html\n".write(to: folder.appendingPathComponent(OutputWriter.manifestName),
                                                                         atomically: false, encoding: .utf8)
        let result = try OutputWriter.write([RenderedFile(name: "plan.html", contents: "p")], to: folder.path, pruning: true,
                                            prunable: OutputWriter.isBuildOutput)
        #expect(result.removed == [folder.appendingPathComponent("report-2025-01.html").path])
        let now = try contents(folder)
        #expect(now["X.html"] == "old" && now["incident-INC"] == "old" && now["plan.html"] == "p")
        #expect(["plan.xml", "closing.pdf", "annual-2025.html", "report-2025-04.xml", "incident-INC-2025-004.html"].allSatisfy(OutputWriter.isBuildOutput))
        #expect(!["X.html", "annual-25.xml", "report-2025-4.html", "incident-.html", "plan.txt", "plan"].contains(where: OutputWriter.isBuildOutput))
    }

    /// A leftover under this very process's number was made by another run (in a container every
    /// run may be process 1): it is recovered, not taken for this run's own.
    @Test func aLeftoverUnderThisProcesssNumberIsAnothersAndIsRecovered() throws {
        let parent = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: parent) }
        let stale = parent.appendingPathComponent(".teishutsu-new-\(getpid())-7-other")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: false)
        let folder = parent.appendingPathComponent("out")
        _ = try OutputWriter.write(files("v1"), to: folder.path)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        let staging = folder.appendingPathComponent(".teishutsu-staging-\(getpid())-1")
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("old"), withIntermediateDirectories: true)
        try "a.html v1".write(to: staging.appendingPathComponent("old/a.html"), atomically: false, encoding: .utf8)
        try "a.html half".write(to: folder.appendingPathComponent("a.html"), atomically: false, encoding: .utf8)
        try "a.html\treplace\n".write(to: staging.appendingPathComponent("journal"), atomically: false, encoding: .utf8)
        _ = try OutputWriter.write([], to: folder.path)
        #expect(try contents(folder) == ["a.html": "a.html v1", "b.html": "b.html v1", "c.xml": "c.xml v1"])
    }

    /// Staged files are written, then their writeback is started and all are synced: every byte
    /// arrives, however many files (more than the descriptors a process may hold open at once
    /// would not matter: each is closed once written) and of whatever size, empty ones included.
    @Test func stagedFilesArriveWholeAndAreSyncedTogether() throws {
        let folder = try Fixtures.temporaryFolder("writer")
        defer { try? FileManager.default.removeItem(at: folder) }
        var staged = OutputWriter.StagedFiles()
        var expected: [String: Data] = [:]
        for index in 0..<100 {
            let size = index == 0 ? 0 : (index * 7_919) % 70_000 + (index == 99 ? 1_000_000 : 0)
            let data = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) })
            let name = "f\(index).bin"
            try staged.write(data, to: folder.appendingPathComponent(name).path)
            expected[name] = data
        }
        try staged.sync()
        for (name, data) in expected {
            #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) == data, "\(name)")
        }
        // A file that is already there is not overwritten: staging writes new files only.
        #expect(throws: NSError.self) { try staged.write(Data("x".utf8), to: folder.appendingPathComponent("f1.bin").path) }
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent("f1.bin").path) == expected["f1.bin"])
        // A folder that is not there: the error is the system's, and no file is left.
        var elsewhere = OutputWriter.StagedFiles()
        let missing = folder.appendingPathComponent("missing/a.bin").path
        #expect(throws: NSError.self) { try elsewhere.write(Data("x".utf8), to: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        try elsewhere.sync()
    }
}
