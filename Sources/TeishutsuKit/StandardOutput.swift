#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output as the text is made, without holding it all.
public enum StandardOutput {
    public static func write(_ bytes: [UInt8]) { write(bytes, to: 1) }

    public static func write(_ text: String) { write(Array(text.utf8), to: 1) }

    /// To standard error.
    public static func writeError(_ text: String) { write(Array(text.utf8), to: 2) }

    static func write(_ bytes: [UInt8], to fd: Int32) {
        bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc_write(fd, base + offset, buffer.count - offset)
                if written <= 0 {
                    // Interrupted: try again; a closed pipe or a full disk: stop.
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    private static func Glibc_write(_ fd: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(fd, pointer, count)
        #else
        Darwin.write(fd, pointer, count)
        #endif
    }
}
