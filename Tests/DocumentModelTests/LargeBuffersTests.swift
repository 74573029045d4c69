import Foundation
import Testing
@testable import DocumentModel

@Suite struct LargeBuffersTests {
    /// A buffer of 8 MB asks the kernel for huge pages (the mapping that holds its middle says
    /// `hg` in /proc/self/smaps), and holds what is written into it.
    @Test func aLargeBufferAsksForHugePages() throws {
        var buffer: [UInt8] = []
        LargeBuffers.reserve(&buffer, capacity: 8 << 20)
        #expect(buffer.isEmpty && buffer.capacity >= 8 << 20)
        #if os(Linux)
        let middle = buffer.withUnsafeMutableBufferPointer { UInt(bitPattern: $0.baseAddress) } + UInt(4 << 20)
        // Read to its end (a file of /proc says its size is 0).
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        let smaps = String(decoding: try #require(try handle.readToEnd()), as: UTF8.self)
        var mapping: String?, flags: String?
        for line in smaps.split(separator: "\n") {
            let first = line.split(separator: " ", maxSplits: 1)[0]
            let range = first.split(separator: "-")
            if !first.hasSuffix(":"), range.count == 2, let low = UInt(range[0], radix: 16), let high = UInt(range[1], radix: 16) {
                mapping = low <= middle && middle < high ? String(line) : nil
            } else if mapping != nil, line.hasPrefix("VmFlags:") {
                flags = String(line)
            }
        }
        // (A kernel without transparent huge pages refuses the advice.)
        let kernelHasThem = FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled")
        #expect(!kernelHasThem || flags?.split(separator: " ").contains("hg") == true, "middle \(String(middle, radix: 16)): \(flags ?? "no mapping")")
        #endif
        buffer.append(contentsOf: (0..<(8 << 20)).map { UInt8(truncatingIfNeeded: $0) })
        #expect(buffer.count == 8 << 20 && buffer[(8 << 20) - 1] == 255)
    }
}
