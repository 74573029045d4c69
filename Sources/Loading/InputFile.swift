import DocumentModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading an input file, which may come from anyone who can open a pull request: only a
/// regular file (a named pipe, a device or a folder is refused without blocking), bounded in
/// size, UTF-8 (a byte-order mark is dropped), and, for files that an input names, inside the
/// folders the run may read.
public enum InputFile {
    public enum Result {
        case success(String)
        case failure(Diagnostic)
    }

    /// Reads a file as text.
    /// - Parameters:
    ///   - confinement: the folders the file must resolve into (after `..` and symbolic links);
    ///     nil for a path the user named on the command line.
    ///   - reference: where the file was named (a log path in a report), for the diagnostic.
    public static func read(path: String, displayPath: String, limit: Int, confinement: Confinement? = nil,
                            reference: SourceSpan? = nil) -> Result {
        switch readBytes(path: path, displayPath: displayPath, limit: limit, confinement: confinement, reference: reference) {
        case .failure(let diagnostic): return .failure(diagnostic)
        case .success(let bytes): return decode(bytes, displayPath: displayPath)
        }
    }

    /// Reads a file's bytes with the same checks.
    public static func readBytes(path: String, displayPath: String, limit: Int, confinement: Confinement? = nil,
                                 reference: SourceSpan? = nil) -> Swift.Result<[UInt8], Diagnostic> {
        let place = reference ?? .file(displayPath)
        func fail(_ code: InputCode, _ message: Message, expected: Message? = nil) -> Swift.Result<[UInt8], Diagnostic> {
            .failure(Diagnostic(.input(code), message, expected: expected, at: place))
        }
        var target = path
        // Without a folder to keep to, a file keeps to its own.
        do {
            let confinement = confinement ?? Confinement.ownFolder(of: path)
            guard let resolved = realpath(path, nil) else {
                if errno == ENOENT || errno == ENOTDIR || errno == ELOOP {
                    return fail(.fileMissing, missing(path, ja: "ファイル \(displayPath)", en: displayPath))
                }
                return fail(.fileUnreadable, Message(ja: "\(displayPath) を読めません（\(Self.reason(errno))）", en: "\(displayPath) cannot be read (\(Self.reason(errno)))"))
            }
            target = String(cString: resolved)
            free(resolved)
            guard confinement.allows(target) else {
                return fail(.pathOutsideFolder,
                            Message(ja: "\(displayPath) は\(confinement.name.japanese)の外のファイルです（読んでいません）",
                                    en: "\(displayPath) is outside \(confinement.name.english) (not read)"),
                            expected: Message(ja: "\(confinement.name.japanese)の中のファイル（フォルダの外を許すには --allow-path DIR）",
                                              en: "a file inside \(confinement.name.english) (--allow-path DIR allows another folder)"))
            }
        }
        // Non-blocking: opening a named pipe must not wait for a writer. The last component
        // is not followed again once the path is resolved.
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW
        let fd = open(target, flags)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR:
                return fail(.fileMissing, Message(ja: "ファイル \(displayPath) がありません", en: "\(displayPath) does not exist"))
            case EISDIR:
                return fail(.fileNotRegular, Message(ja: "\(displayPath) はフォルダです（ファイルが必要です）", en: "\(displayPath) is a folder, not a file"))
            case ELOOP:
                return fail(.fileNotRegular, Message(ja: "\(displayPath) はシンボリックリンクの循環です", en: "\(displayPath) is a loop of symbolic links"))
            default:
                return fail(.fileUnreadable, Message(ja: "\(displayPath) を読めません（\(Self.reason(errno))）", en: "\(displayPath) cannot be read (\(Self.reason(errno)))"))
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            return fail(.fileUnreadable, Message(ja: "\(displayPath) を読めません（\(Self.reason(errno))）", en: "\(displayPath) cannot be read (\(Self.reason(errno)))"))
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            let what = Self.kind(info.st_mode)
            return fail(.fileNotRegular, Message(ja: "\(displayPath) は通常のファイルではありません（\(what.japanese)）", en: "\(displayPath) is not a regular file (\(what.english))"),
                        expected: Message(ja: "通常のファイル", en: "a regular file"))
        }
        if Int(info.st_size) > limit {
            return fail(.fileTooLarge,
                        Message(ja: "\(displayPath) は大きすぎます（\(Digits.grouped(Int(info.st_size)))バイト、上限\(Digits.grouped(limit))バイト）",
                                en: "\(displayPath) is too large (\(Digits.grouped(Int(info.st_size))) bytes; the limit is \(Digits.grouped(limit)))"))
        }
        // The file is regular: reads do not block. Read up to the limit, whatever its size says
        // (a file may grow, and some report a size of 0).
        var bytes: [UInt8] = []
        LargeBuffers.reserve(&bytes, capacity: min(limit, Int(info.st_size)) + 1)
        // The chunk is read into before it is read from: it needs no zeroing.
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
        defer { chunk.deallocate() }
        while bytes.count <= limit {
            let count = Glibc_read(fd, chunk.baseAddress, chunk.count)
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return fail(.fileUnreadable, Message(ja: "\(displayPath) を読めません（\(Self.reason(errno))）", en: "\(displayPath) cannot be read (\(Self.reason(errno)))"))
            }
            if count == 0 { break }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<count]))
        }
        guard bytes.count <= limit else {
            return fail(.fileTooLarge, Message(ja: "\(displayPath) は大きすぎます（上限\(Digits.grouped(limit))バイト）",
                                               en: "\(displayPath) is too large (the limit is \(Digits.grouped(limit)) bytes)"))
        }
        return .success(bytes)
    }

    /// UTF-8 text, with a clear word for the encodings people actually send.
    public static func decode(_ bytes: [UInt8], displayPath: String) -> Result {
        let body = withoutByteOrderMark(bytes)
        let utf16 = looksLikeUTF16(body)
        guard !utf16, let text = String(validating: body, as: UTF8.self) else {
            return .failure(notUTF8(body, utf16: utf16, displayPath: displayPath))
        }
        return .success(text)
    }

    /// What ``decode(_:displayPath:)`` would say is wrong with the bytes, without making the
    /// text (a large log is parsed from its bytes): nil for UTF-8.
    public static func textProblem(_ bytes: [UInt8], displayPath: String) -> Diagnostic? {
        let body = withoutByteOrderMark(bytes)
        let utf16 = looksLikeUTF16(body)
        guard !utf16, body.withUnsafeBufferPointer(isValidUTF8) else {
            return notUTF8(body, utf16: utf16, displayPath: displayPath)
        }
        return nil
    }

    static func withoutByteOrderMark(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    }

    /// UTF-16 by its byte order mark, or without one by its zero bytes: the high bytes of ASCII
    /// characters, on one side (even or odd places) of the first 64 bytes and hardly on the
    /// other. A stray NUL or two in UTF-8 text is not UTF-16 (the parser names it where it is).
    static func looksLikeUTF16(_ body: ArraySlice<UInt8>) -> Bool {
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) { return true }
        var zeros = (even: 0, odd: 0)
        for (offset, byte) in body.prefix(64).enumerated() where byte == 0 {
            if offset.isMultiple(of: 2) { zeros.even += 1 } else { zeros.odd += 1 }
        }
        let more = max(zeros.even, zeros.odd), fewer = min(zeros.even, zeros.odd)
        return more >= max(2, min(body.count, 64) / 8) && fewer * 4 <= more
    }

    /// Well-formed UTF-8 (RFC 3629, as `String(validating:)` reads it): no overlong forms, no
    /// surrogates, nothing past U+10FFFF, no sequence cut short.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        firstInvalidUTF8(bytes) == nil
    }

    /// Where the first byte of a sequence that is not well-formed UTF-8 is; nil for UTF-8.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while i < n {
            // Eight ASCII bytes at a time (most of a log is ASCII).
            while i + 8 <= n && UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            // The usual Japanese character first: three bytes led by E1–EC (no overlong form and
            // no surrogate starts so), two continuation bytes.
            if b0 >= 0xE1 && b0 <= 0xEC && i + 2 < n && (bytes[i + 1] & 0xC0) == 0x80 && (bytes[i + 2] & 0xC0) == 0x80 {
                i += 3
                continue
            }
            func continuation(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
            switch b0 {
            case 0xC2...0xDF:
                guard continuation(1) else { return i }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return i }
                let b1 = bytes[i + 1]
                if b0 == 0xE0 && b1 < 0xA0 { return i }  // overlong
                if b0 == 0xED && b1 > 0x9F { return i }  // a surrogate
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return i }
                let b1 = bytes[i + 1]
                if b0 == 0xF0 && b1 < 0x90 { return i }  // overlong
                if b0 == 0xF4 && b1 > 0x8F { return i }  // past U+10FFFF
                i += 4
            default:
                return i
            }
        }
        return nil
    }

    static func notUTF8(_ body: ArraySlice<UInt8>, utf16: Bool, displayPath: String) -> Diagnostic {
        let utf32 = body.starts(with: [0xFF, 0xFE, 0, 0]) || body.starts(with: [0, 0, 0xFE, 0xFF])
        let found = utf32 ? Message(ja: "UTF-32", en: "UTF-32") : utf16 ? Message(ja: "UTF-16", en: "UTF-16")
            : Message(ja: "Shift_JIS などの UTF-8 以外の文字コード", en: "an encoding other than UTF-8, such as Shift_JIS")
        let csv = displayPath.lowercased().hasSuffix(".csv")
        return .error(
            .input(.fileNotUTF8),
            Message(ja: "\(displayPath) は UTF-8 ではありません（\(found.japanese)）。UTF-8 で保存し直してください",
                    en: "\(displayPath) is not UTF-8 (\(found.english)); save it again as UTF-8"),
            expected: csv ? Message(ja: "UTF-8 のテキスト（Excel では「CSV UTF-8」で保存）", en: "UTF-8 text (in Excel, save as “CSV UTF-8”)")
                : Message(ja: "UTF-8 のテキスト（エディタで文字コードを UTF-8 にして保存）", en: "UTF-8 text (save it as UTF-8 in your editor)"),
            at: utf16 || utf32 ? .file(displayPath) : firstInvalidPlace(body, displayPath: displayPath))
    }

    /// The line and column (in characters) of the first byte that is not UTF-8: where to look
    /// in a file that is mostly UTF-8, or the first non-ASCII character of one in Shift_JIS.
    static func firstInvalidPlace(_ body: ArraySlice<UInt8>, displayPath: String) -> SourceSpan {
        guard let offset = body.withUnsafeBufferPointer(firstInvalidUTF8) else { return .file(displayPath) }
        let (line, column) = SourceLines.place(ofByte: offset, in: body)
        return SourceSpan(file: displayPath, line: line, column: column)
    }

    static func kind(_ mode: mode_t) -> Message {
        switch mode & S_IFMT {
        case S_IFDIR: Message(ja: "フォルダ", en: "a folder")
        case S_IFIFO: Message(ja: "名前付きパイプ", en: "a named pipe")
        case S_IFCHR, S_IFBLK: Message(ja: "デバイス", en: "a device")
        case S_IFSOCK: Message(ja: "ソケット", en: "a socket")
        default: Message(ja: "特殊なファイル", en: "a special file")
        }
    }

    /// Why a path the user named cannot be found: missing, or a symbolic link that leads nowhere
    /// or round in a loop. `what` names the path in each language ("the contract folder X").
    public static func missing(_ path: String, ja: String, en: String) -> Message {
        var link = stat()
        if lstat(path, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK {
            var target = stat()
            if stat(path, &target) != 0, errno == ELOOP {
                return Message(ja: "\(ja) はシンボリックリンクが循環しています（たどれません）", en: "\(en) is a symbolic link that loops back on itself")
            }
            return Message(ja: "\(ja) はリンク先のないシンボリックリンクです", en: "\(en) is a symbolic link to something that does not exist")
        }
        return Message(ja: "\(ja) がありません", en: "\(en) does not exist")
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EIO: "I/O error"
        default: String(cString: strerror(code))
        }
    }

    private static func Glibc_read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// The real path of a folder, for confinements (nil when it does not exist).
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The folders a run may read input files from: the contract folder, and any folder the user
/// allowed on the command line (`--allow-path`). Paths are compared after resolving `..` and
/// symbolic links.
public struct Confinement: Sendable {
    public let roots: [String]
    /// The folder as a message names it (the contract folder).
    public let name: Message

    /// - Parameters:
    ///   - folder: the contract folder.
    ///   - allowed: folders allowed on the command line.
    public init(folder: String, allowed: [String] = [], name: Message = Message(ja: "契約フォルダ", en: "the contract folder")) {
        roots = ([folder] + allowed).compactMap { InputFile.realPath($0) }
        self.name = name
    }

    /// A file named on the command line: it may be a link only to a file in its own folder,
    /// so that a link planted in a folder (`plan.yaml -> /proc/self/environ`) is not read.
    public static func ownFolder(of path: String) -> Confinement {
        let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let folder = parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent
        return Confinement(folder: folder, name: Message(ja: "\(folder) フォルダ", en: "its folder \(folder)"))
    }

    public func allows(_ realPath: String) -> Bool {
        roots.contains { root in realPath == root || realPath.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
    }
}
