#if defined(__linux__)
#define _GNU_SOURCE
#include <fcntl.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include "CFileSync.h"

int teishutsu_start_writeback(int descriptor) {
#if defined(__linux__)
    return sync_file_range(descriptor, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    (void)descriptor;
    return 0;
#endif
}

void teishutsu_keep_freed_memory(int keep) {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, keep);
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
#else
    (void)keep;
#endif
}
