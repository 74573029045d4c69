import CFileSync

/// What malloc does with memory freed: a run of many folders frees each folder's data and
/// allocates the next one's, the same sizes again. By default glibc gives the freed top of a heap
/// back to the kernel (and maps a large block afresh each time), so every folder pays the page
/// faults of memory it had a moment before: 170 per folder, about 3 % of a build's time. Called
/// before a run of many folders, it keeps up to `keep` bytes freed at the top of each heap and
/// takes blocks below 32 MB from the heaps. Peak memory stays that of the largest folder (what is
/// kept is reused, not added to). Elsewhere than glibc, nothing changes.
public enum FreedMemory {
    public static func keep(upTo keep: Int = 64 << 20) {
        teishutsu_keep_freed_memory(Int32(clamping: keep))
    }
}
