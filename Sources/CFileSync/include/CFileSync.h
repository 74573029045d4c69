#ifndef TEISHUTSU_CFILESYNC_H
#define TEISHUTSU_CFILESYNC_H

// Starts writing the file's dirty pages to disk and returns without waiting for them (Linux:
// sync_file_range with SYNC_FILE_RANGE_WRITE), so that the writes of many files are in flight
// at once before each is synced. Returns 0, or -1 with errno set. Where the system has no such
// call it does nothing and returns 0: the fsync that follows does the whole work.
int teishutsu_start_writeback(int descriptor);

// Writes everything not yet on disk of the file system holding the descriptor's file, and waits
// for it (Linux: syncfs, which reports a write that failed since the descriptor was opened, or
// one nobody has been told of). Returns 0, or -1 with errno set; ENOSYS where the system has no
// such call (the caller then syncs file by file).
int teishutsu_sync_filesystem(int descriptor);

#endif
