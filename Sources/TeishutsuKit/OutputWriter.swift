import CFileSync
import DocumentModel
import Foundation
import Rendering
import Synchronization
#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
#endif

/// Writes a run's documents all or nothing. Every changed file is first written into a staging
/// folder beside the outputs; then each output is kept aside (a hard link) and replaced by a
/// rename. If any step fails, what was replaced is put back, so `out/` is as it was. A file
/// whose bytes would not change is left alone. A staging folder left by a build that was
/// killed is recovered the same way on the next run.
public enum OutputWriter {
    public struct Failure: Error {
        public let diagnostic: Diagnostic
    }

    public struct Result: Sendable {
        public var written: [String] = []
        public var unchanged: [String] = []
        /// Outputs an earlier build wrote that this one does not make (their source is gone).
        public var removed: [String] = []
    }

    /// The names a build wrote into its output folder (one a line), kept there: what a later
    /// build no longer makes is removed, and nothing else the folder holds.
    public static let manifestName = ".teishutsu-outputs"

    static let stagingPrefix = ".teishutsu-staging-"
    static let journalName = "journal"

    /// Whether `name` is one a build writes: plan, closing, annual-YYYY, report-YYYY-MM or
    /// incident-<ID>, as .html, .xml or .pdf. Nothing else in an earlier build's list is removed:
    /// a list written by an earlier version, its lines broken by a line break in an id, may
    /// name a file of the user's (`X.html`).
    public static func isBuildOutput(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, ["html", "xml", "pdf"].contains(parts.last!) else { return false }
        let stem = name.dropLast(parts.last!.count + 1)
        func digits(_ text: Substring, _ shape: String) -> Bool {
            text.count == shape.count && zip(text.utf8, shape.utf8).allSatisfy { $1 == UInt8(ascii: "9") ? (0x30...0x39).contains($0) : $0 == $1 }
        }
        if stem == "plan" || stem == "closing" { return true }
        if stem.hasPrefix("annual-") { return digits(stem.dropFirst(7), "9999") }
        if stem.hasPrefix("report-") { return digits(stem.dropFirst(7), "9999-99") }
        return stem.hasPrefix("incident-") && stem.count > "incident-".count
    }

    /// - Parameter pruning: `files` are all a build makes: the outputs an earlier build wrote
    ///   (its manifest) and this one does not, of the kinds it writes (.html, .xml, .pdf), are
    ///   removed with the rest, all or nothing. A PDF is kept by a build that makes none.
    /// - Parameter prunable: which names of the earlier list may be removed (``isBuildOutput``
    ///   for a build).
    public static func write(_ files: [RenderedFile], to folder: String, pruning: Bool = false,
                             prunable: (String) -> Bool = { _ in true }) throws -> Result {
        try write(files, to: folder, failingAt: nil, pruning: pruning, prunable: prunable)
    }

    /// - Parameter failingAt: for tests, a file whose replacement fails as a full disk would.
    static func write(_ files: [RenderedFile], to folder: String, failingAt: String?, pruning: Bool = false,
                      prunable: (String) -> Bool = { _ in true }) throws -> Result {
        let (files, stale, nothing) = try prepare(files, to: folder, pruning: pruning, prunable: prunable)
        if nothing, let result = try writeNewFolder(files, to: folder, failingAt: failingAt) {
            return result
        }
        return try replace(files, stale: stale, in: folder, failingAt: failingAt)
    }

    /// The same, in a run of many folders: an output folder not there yet is staged, and made
    /// durable and put in place by `committer` with others, while the worker goes on to the next
    /// folder. `finish` gets what became of the outputs, on this thread or the committer's.
    static func write(_ files: [RenderedFile], to folder: String, pruning: Bool, prunable: (String) -> Bool = { _ in true },
                      committer: Committer, finish: @escaping @Sendable (Swift.Result<Result, Failure>) -> Void) {
        do {
            let (files, stale, nothing) = try prepare(files, to: folder, pruning: pruning, prunable: prunable)
            if nothing, let staged = try stageNewFolder(files, to: folder) {
                committer.add(Committer.Item(staged: staged, finish: finish))
                return
            }
            finish(.success(try replace(files, stale: stale, in: folder, failingAt: nil)))
        } catch let failure as Failure {
            finish(.failure(failure))
        } catch {
            finish(.failure(self.failure("出力できません（\(reason(error))）", "cannot write the outputs (\(reason(error)))")))
        }
    }

    /// The files to write (with the manifest when pruning), the outputs no longer made, and
    /// whether nothing at all is there yet; or why the folder cannot hold the outputs.
    private static func prepare(_ files: [RenderedFile], to folder: String, pruning: Bool,
                                prunable: (String) -> Bool) throws -> (files: [RenderedFile], stale: [String], nothing: Bool) {
        let manager = FileManager.default
        // The manifest holds a name per line: a name with a line break (or any control
        // character) would name other files there. Validation refuses such ids before.
        if let bad = files.first(where: { $0.name.unicodeScalars.contains(where: IncidentReport.isUnfitForAFileName) || $0.name.contains("/") }) {
            let name = MessageWording.excerpt(bad.name.debugDescription, limit: 60)
            throw failure("出力のファイル名に使えない文字があります（\(name)）", "an output's name holds a character a file name cannot (\(name))")
        }
        var files = files, stale: [String] = []
        if pruning {
            let previous = (try? String(contentsOfFile: Paths.join(folder, manifestName), encoding: .utf8))?
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.contains("/") && !$0.hasPrefix(".") && prunable($0) } ?? []
            let current = Set(files.map(\.name))
            func kind(_ name: String) -> String { (name as NSString).pathExtension }
            let kinds = Set(current.map(kind))
            var kept: [String] = []
            for name in previous where !current.contains(name) {
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: Paths.join(folder, name), isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
                if kinds.contains(kind(name)) { stale.append(name) } else { kept.append(name) }
            }
            let names = (Array(current) + kept).sorted()
            files.append(RenderedFile(name: manifestName, contents: names.joined(separator: "\n") + "\n"))
        }
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw failure("出力先 \(folder) はフォルダではありません", "the output \(folder) is not a folder")
        }
        // A file where a folder of the path should be (out.txt/x): named, not an error number.
        var ancestor = folder
        while let slash = ancestor.lastIndex(of: "/"), slash > ancestor.startIndex {
            ancestor = String(ancestor[..<slash])
            var ancestorIsDirectory: ObjCBool = false
            if manager.fileExists(atPath: ancestor, isDirectory: &ancestorIsDirectory) {
                if !ancestorIsDirectory.boolValue {
                    throw failure("出力フォルダ \(folder) を作れません（\(ancestor) がフォルダではなくファイルです）",
                                  "cannot create the output folder \(folder) (\(ancestor) is a file, not a folder)")
                }
                break
            }
        }
        // Nothing at all there (not even a link that leads nowhere): made whole, then put in place.
        var status = stat()
        let nothing = lstat(folder, &status) != 0 && errno == ENOENT
        if !nothing, status.st_mode & S_IFMT == S_IFLNK, !manager.fileExists(atPath: folder) {
            throw failure("出力先 \(folder) は、存在しない場所を指すリンクです（何も書いていません）",
                          "the output \(folder) is a link to something that does not exist (nothing was written)")
        }
        return (files, stale, nothing)
    }

    /// Replaces what changed in a folder that may hold outputs already, all or nothing.
    private static func replace(_ files: [RenderedFile], stale: [String], in folder: String, failingAt: String?) throws -> Result {
        let manager = FileManager.default
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw failure("出力フォルダ \(folder) を作れません（\(reason(error))）", "cannot create the output folder \(folder) (\(reason(error)))")
        }
        recoverStale(in: folder)

        var result = Result()
        var changed: [(name: String, data: Data)] = []
        for file in files.sorted(by: { $0.name < $1.name }) {
            let final = Paths.join(folder, file.name)
            let data = file.data
            var finalIsDirectory: ObjCBool = false
            if manager.fileExists(atPath: final, isDirectory: &finalIsDirectory) {
                if finalIsDirectory.boolValue {
                    throw failure("\(final) がフォルダのため置き換えられません（何も書いていません）", "\(final) is a folder and cannot be replaced (nothing was written)")
                }
                if manager.contents(atPath: final) == data {
                    result.unchanged.append(final)
                    continue
                }
            }
            changed.append((file.name, data))
        }
        result.unchanged.removeAll { $0.hasSuffix("/" + manifestName) || $0 == manifestName }
        guard !changed.isEmpty || !stale.isEmpty else { return result }

        // Stage everything: a failure here leaves every output as it was.
        let staging = Paths.join(folder, stagingPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        madeHere(staging)
        let new = Paths.join(staging, "new"), old = Paths.join(staging, "old")
        defer { try? manager.removeItem(atPath: staging) }
        do {
            try manager.createDirectory(atPath: new, withIntermediateDirectories: true)
            try manager.createDirectory(atPath: old, withIntermediateDirectories: true)
            var staged = StagedFiles()
            for item in changed {
                try staged.write(item.data, to: Paths.join(new, item.name))
            }
            try staged.sync()
            // The journal says what is about to be replaced or removed, so that a killed build can be undone.
            let journal = changed.map { item in item.name + "\t" + (manager.fileExists(atPath: Paths.join(folder, item.name)) ? "replace" : "new") }
                + stale.map { $0 + "\tremove" }
            try Data((journal.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: Paths.join(staging, journalName)))
        } catch {
            throw failure("\(folder) に出力を準備できません（\(reason(error))）。何も書いていません",
                          "cannot stage the outputs in \(folder) (\(reason(error))); nothing was written")
        }

        var done: [(name: String, hadOld: Bool)] = []
        for item in changed {
            let final = Paths.join(folder, item.name)
            let hadOld = manager.fileExists(atPath: final)
            if hadOld && link(final, Paths.join(old, item.name)) != 0 {
                let code = errno
                rollback(done, folder: folder, old: old)
                throw failure("\(final) を退避できません（errno \(code)）。出力は元のままです", "cannot set \(final) aside (errno \(code)); the outputs are as they were")
            }
            if item.name == failingAt || rename(Paths.join(new, item.name), final) != 0 {
                let code = item.name == failingAt ? ENOSPC : errno
                rollback(done + (hadOld ? [(item.name, true)] : []), folder: folder, old: old)
                throw failure("\(final) を置き換えられません（errno \(code)）。出力は元のままです", "cannot replace \(final) (errno \(code)); the outputs are as they were")
            }
            done.append((item.name, hadOld))
            if item.name != manifestName { result.written.append(final) }
        }
        // Outputs no longer made: set aside with the rest, so that a failure puts them back.
        for name in stale {
            let final = Paths.join(folder, name)
            if link(final, Paths.join(old, name)) != 0 || unlink(final) != 0 {
                let code = errno
                rollback(done + [(name, true)], folder: folder, old: old)
                throw failure("\(final) を削除できません（errno \(code)）。出力は元のままです", "cannot remove \(final) (errno \(code)); the outputs are as they were")
            }
            done.append((name, true))
            result.removed.append(final)
        }
        // The new names on disk; if they cannot be, the outputs are put back as they were.
        if let code = syncDirectory(folder) {
            rollback(done, folder: folder, old: old)
            throw failure("\(folder) に出力を書き込めません（\(String(cString: strerror(code)))）。出力は元のままです",
                          "cannot write the outputs to \(folder) (\(String(cString: strerror(code)))); the outputs are as they were")
        }
        return result
    }

    /// Why `folder` cannot be an output folder as it stands (a file, or a link to nothing), or
    /// nil: a folder, or nothing yet.
    public static func unusableOutput(_ folder: String) -> Diagnostic? {
        var status = stat()
        guard lstat(folder, &status) == 0 else { return nil }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            return isDirectory.boolValue ? nil
                : failure("出力先 \(folder) はフォルダではありません（何も書いていません）", "the output \(folder) is not a folder (nothing was written)").diagnostic
        }
        return failure("出力先 \(folder) は、存在しない場所を指すリンクです（何も書いていません）",
                       "the output \(folder) is a link to something that does not exist (nothing was written)").diagnostic
    }

    static let newFolderPrefix = ".teishutsu-new-"
    /// The folders whose leftovers of killed builds this process has looked for (once each).
    private static let recoveredParents = Mutex<Set<String>>([])

    /// An output folder that is not there yet is made whole beside where it goes, synced, and
    /// renamed into place: all or nothing in one step, with nothing made only to be removed
    /// (ext4 without a journal looks past every file removed in the last half-minute each time
    /// it makes a new one: a thousand folders' staging removed as the build goes made each new
    /// file slower to create). Nil when the folder appeared meanwhile: written the usual way.
    static func writeNewFolder(_ files: [RenderedFile], to folder: String, failingAt: String?) throws -> Result? {
        guard let staged = try stageNewFolder(files, to: folder) else { return nil }
        guard try syncAndPlace(staged, failing: files.contains { $0.name == failingAt }).placed else {
            try? FileManager.default.removeItem(atPath: staged.staging)
            return nil
        }
        if let code = syncDirectory(staged.parent) { throw takeBack(staged, code) }
        return staged.result
    }

    /// Syncs a staged folder's files and the folder itself, renames it into place and finds it
    /// whole (each file still the one synced: not removed or replaced by someone else meanwhile).
    /// Whether it was placed, false when the folder appeared meanwhile (the staging left to the
    /// caller, who writes the usual way), and the identities of its files as synced; on any
    /// failure the staging is removed and nothing is left in place.
    static func syncAndPlace(_ staged: StagedFolder, failing: Bool = false) throws -> (placed: Bool, identities: [FileIdentity]) {
        let identities: [FileIdentity]
        do {
            identities = try StagedFiles(staged.paths).sync()
            if let code = syncDirectory(staged.staging) { throw posixError(code) }
        } catch {
            try? FileManager.default.removeItem(atPath: staged.staging)
            // A staged file gone: removed by someone else.
            if (error as NSError).code == Int(ENOENT) { throw changedMeanwhile(staged.folder) }
            throw failure("\(staged.parent) に出力を準備できません（\(reason(error))）。何も書いていません",
                          "cannot stage the outputs in \(staged.parent) (\(reason(error))); nothing was written")
        }
        guard try place(staged, failing: failing) else { return (false, identities) }
        guard FileIdentity.stillThere(staged.names, in: staged.target, as: identities) else {
            _ = rename(staged.target, staged.staging)
            try? FileManager.default.removeItem(atPath: staged.staging)
            throw changedMeanwhile(staged.folder)
        }
        return (true, identities)
    }

    /// A folder renamed into place whose new name cannot be made durable: taken back, so that
    /// nothing is half there; the failure to tell.
    static func takeBack(_ staged: StagedFolder, _ code: Int32) -> Failure {
        _ = rename(staged.target, staged.staging)
        try? FileManager.default.removeItem(atPath: staged.staging)
        return failure("出力フォルダ \(staged.folder) を作れません（\(String(cString: strerror(code)))）。何も書いていません",
                       "cannot create the output folder \(staged.folder) (\(String(cString: strerror(code)))); nothing was written")
    }

    static func changedMeanwhile(_ folder: String) -> Failure {
        failure("\(folder) に置く前に、準備したファイルが他のプログラムに削除または置き換えられました。何も書いていません",
                "a file prepared for \(folder) was removed or replaced by another program before it was put in place; nothing was written")
    }

    /// A new output folder written beside where it goes, not yet synced nor in place.
    struct StagedFolder: Sendable {
        let staging: String
        let target: String
        let parent: String
        let folder: String
        let names: [String]

        var paths: [String] { names.map { Paths.join(staging, $0) } }
        var result: Result {
            Result(written: names.filter { $0 != manifestName }.map { Paths.join(folder, $0) }, unchanged: [])
        }
    }

    /// Writes the files into a folder beside `folder` (synced when it is put in place); nil when
    /// `folder` is a name that cannot be staged beside (`.`, `/`).
    static func stageNewFolder(_ files: [RenderedFile], to folder: String) throws -> StagedFolder? {
        let manager = FileManager.default
        var target = folder
        while target.count > 1, target.hasSuffix("/") { target.removeLast() }
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != ".", name != "..", name != "/" else { return nil }
        let parentPath = Paths.parent(target)
        let parent = parentPath.isEmpty ? "." : parentPath
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw failure("出力フォルダ \(folder) を作れません（\(reason(error))）", "cannot create the output folder \(folder) (\(reason(error)))")
        }
        if recoveredParents.withLock({ $0.insert(parent).inserted }) { recoverStaleNewFolders(in: parent) }
        // The name only helps a person who finds a leftover: cut so that the staging name stays
        // within the 255 bytes a file name may have (a folder named near that limit is staged too).
        var shown = Substring(name)
        while shown.utf8.count > 200 { shown = shown.dropLast() }
        let staging = Paths.join(parent, newFolderPrefix + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))-" + shown)
        madeHere(staging)
        let sorted = files.sorted { $0.name < $1.name }
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
            for file in sorted { try StagedFiles.write(file.bytes, to: Paths.join(staging, file.name)) }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw failure("\(parent) に出力を準備できません（\(reason(error))）。何も書いていません",
                          "cannot stage the outputs in \(parent) (\(reason(error))); nothing was written")
        }
        return StagedFolder(staging: staging, target: target, parent: parent, folder: folder, names: sorted.map(\.name))
    }

    /// Renames a synced staged folder into place: true, or false when the folder appeared
    /// meanwhile (the staging is left to the caller, who writes the usual way).
    static func place(_ staged: StagedFolder, failing: Bool = false) throws -> Bool {
        if !failing && rename(staged.staging, staged.target) == 0 { return true }
        let code = failing ? ENOSPC : errno
        // Made meanwhile by someone else: its files are compared and replaced as usual.
        if code == EEXIST || code == ENOTEMPTY { return false }
        try? FileManager.default.removeItem(atPath: staged.staging)
        let why = String(cString: strerror(code))
        throw failure("出力フォルダ \(staged.folder) を作れません（\(why)）。何も書いていません",
                      "cannot create the output folder \(staged.folder) (\(why)); nothing was written")
    }

    /// Makes a folder's entries durable (the names of the files renamed into it). The error
    /// number of a failed write, or nil; a file system that cannot sync a folder (EINVAL) has
    /// nothing to say.
    static func syncDirectory(_ path: String) -> Int32? {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        if fsync(descriptor) != 0, errno != EINVAL, errno != ENOTSUP { return errno }
        return nil
    }

    /// Puts staged new output folders in place, off the workers' path: each group that waits
    /// when the committer is free is synced file by file, renamed into place, and the folders
    /// holding them synced once. A worker does not wait for the disk; the run waits for the
    /// last group at its end. At most `limit` folders wait, so that a slow disk
    /// holds back the workers rather than piling up folders.
    public final class Committer: Sendable {
        struct Item: Sendable {
            let staged: StagedFolder
            let finish: @Sendable (Swift.Result<Result, Failure>) -> Void
        }

        private let waiting = Mutex<[Item]>([])
        private let queue = DispatchQueue(label: "teishutsu.commit")
        private let group = DispatchGroup()
        private let limit: Int

        public init(limit: Int = 32) {
            self.limit = limit
        }

        func add(_ item: Item) {
            let count = waiting.withLock { items in
                items.append(item)
                return items.count
            }
            queue.async(group: group) { self.commitWaiting() }
            // Too many behind: wait for the groups before this one.
            if count > limit { queue.sync {} }
        }

        /// Returns once every folder given is in place or has failed (its `finish` called).
        public func wait() {
            group.wait()
        }

        private func commitWaiting() {
            let items = waiting.withLock { items in
                defer { items = [] }
                return items
            }
            guard !items.isEmpty else { return }
            for (item, outcome) in zip(items, OutputWriter.commit(items.map(\.staged))) { item.finish(outcome) }
        }
    }

    /// Syncs, renames into place and syncs the folders of a group of staged folders; what
    /// became of each. A folder that appeared meanwhile is written the usual way (its staged
    /// files read back).
    static func commit(_ group: [StagedFolder]) -> [Swift.Result<Result, Failure>] {
        var outcomes: [Swift.Result<Result, Failure>?] = Array(repeating: nil, count: group.count)
        // Each folder synced file by file (a sync of the whole file system would wait for every
        // other program's unwritten data too), renamed into place and found whole.
        var placed: [Int] = []
        for (index, staged) in group.enumerated() {
            do {
                let (wasPlaced, identities) = try syncAndPlace(staged)
                if wasPlaced {
                    placed.append(index)
                    continue
                }
                // Made meanwhile: compared and replaced like any folder that holds outputs, with
                // the staged files read back (each still the one synced).
                let files = try staged.names.map { name in
                    guard let data = FileManager.default.contents(atPath: Paths.join(staged.staging, name)) else { throw changedMeanwhile(staged.folder) }
                    return RenderedFile(name: name, data: data)
                }
                guard FileIdentity.stillThere(staged.names, in: staged.staging, as: identities) else { throw changedMeanwhile(staged.folder) }
                try? FileManager.default.removeItem(atPath: staged.staging)
                outcomes[index] = .success(try write(files, to: staged.folder, failingAt: nil))
            } catch {
                try? FileManager.default.removeItem(atPath: staged.staging)
                outcomes[index] = .failure(error as? Failure ?? failure("\(staged.folder) に出力できません（\(reason(error))）", "cannot write the outputs to \(staged.folder) (\(reason(error)))"))
            }
        }
        // The renames on disk: the folders holding the new folders synced, each once.
        var parents: [String: Int32?] = [:]
        for index in placed {
            let staged = group[index]
            if parents[staged.parent] == nil { parents[staged.parent] = syncDirectory(staged.parent) }
            if let code = parents[staged.parent] ?? nil {
                outcomes[index] = .failure(takeBack(staged, code))
            } else {
                outcomes[index] = .success(staged.result)
            }
        }
        return outcomes.map { $0! }
    }

    /// New output folders of builds that are no longer running, never renamed into place: removed.
    static func recoverStaleNewFolders(in parent: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for name in names where name.hasPrefix(newFolderPrefix) {
            guard isLeftover(name, prefix: newFolderPrefix) else { continue }
            try? FileManager.default.removeItem(atPath: Paths.join(parent, name))
        }
    }

    /// Staged files written with plain system calls (the staging folder is private to this run,
    /// so every file is new) and synced to disk before any of them replaces an output: after a
    /// power loss an output is the old file or the new one, never an empty one. Writing a file
    /// only hands it to the system; the sync starts every file's writeback, then waits for each,
    /// so that a folder's files travel to the disk side by side rather than one wait per file,
    /// and a run of many folders sends them to the disk from the thread that syncs, not from the
    /// workers (starting writeback can wait for the disk's queue). A file is closed once written
    /// and opened again to be synced, 64 at a time: however many files a folder has and however
    /// many folders are written at once, few descriptors are open.
    struct StagedFiles {
        private var written: [String] = []

        init(_ written: [String] = []) {
            self.written = written
        }

        mutating func write<Bytes: ContiguousBytes>(_ data: Bytes, to path: String) throws {
            try Self.write(data, to: path)
            written.append(path)
        }

        static func write<Bytes: ContiguousBytes>(_ data: Bytes, to path: String) throws {
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw posixError(errno) }
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let count = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += count
                }
            }
            if close(descriptor) != 0 && failure == 0 { failure = errno }
            if failure != 0 { throw posixError(failure) }
        }

        /// Waits until every file written is on disk; what each file is (its device and inode),
        /// to see after its folder is renamed that it is still the file synced.
        @discardableResult
        func sync() throws -> [FileIdentity] {
            var identities: [FileIdentity] = []
            identities.reserveCapacity(written.count)
            // A batch of files at a time is opened once: its writeback started for each, then
            // each waited for, then closed (an open and a close less per file than opening it
            // for each step). At most `batch` descriptors are open, however many files a folder
            // has, and fewer when the process may open no more (EMFILE, ENFILE: a low
            // `ulimit -n`): the files already open are synced first, then the rest.
            let batch = 64
            var next = 0
            while next < written.count {
                var descriptors: [Int32] = []
                descriptors.reserveCapacity(min(batch, written.count - next))
                defer { for descriptor in descriptors where descriptor >= 0 { close(descriptor) } }
                while next < written.count, descriptors.count < batch {
                    let descriptor = open(written[next], O_RDONLY | O_CLOEXEC)
                    guard descriptor >= 0 else {
                        if (errno == EMFILE || errno == ENFILE) && !descriptors.isEmpty { break }
                        throw posixError(errno)
                    }
                    descriptors.append(descriptor)
                    next += 1
                    if teishutsu_start_writeback(descriptor) != 0 { throw posixError(errno) }
                }
                for index in descriptors.indices {
                    let descriptor = descriptors[index]
                    var failure: Int32 = 0
                    var status = stat()
                    if fsync(descriptor) != 0 || fstat(descriptor, &status) != 0 { failure = errno }
                    // Closed here, its error kept (a failed close can be a failed write).
                    descriptors[index] = -1
                    if close(descriptor) != 0 && failure == 0 { failure = errno }
                    if failure != 0 { throw posixError(failure) }
                    identities.append(FileIdentity(status))
                }
            }
            return identities
        }
    }

    /// What a file is: its device and inode, and (an inode number freed is soon given to a new
    /// file) when its inode last changed and its size.
    struct FileIdentity: Equatable, Sendable {
        let device: UInt64
        let inode: UInt64
        let changed: Int64
        let changedNanoseconds: Int
        let size: Int64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            #if canImport(Darwin)
            changed = Int64(status.st_ctimespec.tv_sec)
            changedNanoseconds = Int(status.st_ctimespec.tv_nsec)
            #else
            changed = Int64(status.st_ctim.tv_sec)
            changedNanoseconds = Int(status.st_ctim.tv_nsec)
            #endif
            size = Int64(status.st_size)
        }

        /// Whether each of `names` in `folder` is still the file of the same identity: not
        /// removed or replaced by someone else between its sync and now.
        static func stillThere(_ names: [String], in folder: String, as identities: [FileIdentity]) -> Bool {
            zip(names, identities).allSatisfy { name, identity in
                var status = stat()
                return lstat(Paths.join(folder, name), &status) == 0 && FileIdentity(status) == identity
            }
        }
    }

    static func posixError(_ code: Int32) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code))
    }

    /// Puts back what a failed replacement changed.
    static func rollback(_ done: [(name: String, hadOld: Bool)], folder: String, old: String) {
        for item in done.reversed() {
            let final = Paths.join(folder, item.name)
            if item.hadOld {
                _ = rename(Paths.join(old, item.name), final)
            } else {
                _ = unlink(final)
            }
        }
    }

    /// Staging folders and temporary files of builds that are no longer running: a half-done
    /// replacement is undone, the rest removed.
    static func recoverStale(in folder: String) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            if name.hasPrefix(stagingPrefix) {
                guard isLeftover(name, prefix: stagingPrefix) else { continue }
                let staging = Paths.join(folder, name)
                if let journal = try? String(contentsOfFile: Paths.join(staging, journalName), encoding: .utf8) {
                    let old = Paths.join(staging, "old")
                    for line in journal.split(separator: "\n") {
                        let parts = line.split(separator: "\t")
                        guard parts.count == 2 else { continue }
                        let file = String(parts[0]), final = Paths.join(folder, file)
                        // A name with a path in it is not one this tool wrote.
                        guard !file.contains("/") else { continue }
                        if parts[1] == "replace" || parts[1] == "remove" {
                            if manager.fileExists(atPath: Paths.join(old, file)) { _ = rename(Paths.join(old, file), final) }
                        } else if !manager.fileExists(atPath: Paths.join(staging, "new/" + file)) {
                            _ = unlink(final)
                        }
                    }
                }
                try? manager.removeItem(atPath: staging)
            } else if name.hasPrefix("."), name.hasSuffix(".tmp") {
                // `.NAME.PID.tmp` of earlier versions.
                let parts = name.dropLast(4).split(separator: ".")
                if let last = parts.last, let pid = Int32(last), !isRunning(pid, name: name) {
                    try? manager.removeItem(atPath: Paths.join(folder, name))
                }
            }
        }
    }

    /// The staging and new-folder names this process made: a leftover under its own number is
    /// another's (in a container every run may be process 1).
    private static let ownLeftoverNames = Mutex<Set<String>>([])

    static func madeHere(_ name: String) {
        ownLeftoverNames.withLock { _ = $0.insert((name as NSString).lastPathComponent) }
    }

    /// Whether `name` (`PREFIX<pid>-…`) was left by a build that no longer runs.
    static func isLeftover(_ name: String, prefix: String) -> Bool {
        guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "-" }) else { return false }
        return !isRunning(pid, name: name)
    }

    /// Whether the build that made `name` (with `pid` in it) may still be running: this process
    /// only for what it made; another process only if it is a teishutsu (where the system says
    /// what a process is: a number used again by another program is not a build).
    static func isRunning(_ pid: Int32, name: String) -> Bool {
        if pid == getpid() { return ownLeftoverNames.withLock { $0.contains(name) } }
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard let command = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8) else { return true }
        return command.contains("teishutsu")
    }

    static func failure(_ ja: String, _ en: String) -> Failure {
        Failure(diagnostic: .error(.output(.failed), Message(ja: ja, en: en), at: nil))
    }

    /// Why a file operation failed, in words (the system's, not a Foundation error number).
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteNoPermission, .fileReadNoPermission: return String(cString: strerror(EACCES))
        case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
        case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
        case .fileWriteFileExists: return String(cString: strerror(EEXIST))
        case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
        default: return String(cString: strerror(EIO))
        }
    }
}

