extension String {
    /// Calls `body` with the string's UTF-8 bytes. `withUTF8` is a mutating method: calling it on
    /// a copy retains and releases the string's storage, once for every value a document writes.
    /// A native string (every string here) lends its bytes without that copy.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
