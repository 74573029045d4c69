#ifndef TEISHUTSU_CFILESYNC_H
#define TEISHUTSU_CFILESYNC_H

// Starts writing the file's dirty pages to disk and returns without waiting for them (Linux:
// sync_file_range with SYNC_FILE_RANGE_WRITE), so that the writes of many files are in flight
// at once before each is synced. Returns 0, or -1 with errno set. Where the system has no such
// call it does nothing and returns 0: the fsync that follows does the whole work.
int teishutsu_start_writeback(int descriptor);

// glibc's malloc: keeps up to `keep` bytes freed at the top of each heap rather than giving them
// back to the kernel, and takes blocks below 32 MB from the heaps rather than mapping each anew
// (mallopt M_TRIM_THRESHOLD, M_MMAP_THRESHOLD). Elsewhere it does nothing.
void teishutsu_keep_freed_memory(int keep);

#endif
