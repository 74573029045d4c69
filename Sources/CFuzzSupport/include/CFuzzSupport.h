#ifndef TEISHUTSU_CFUZZSUPPORT_H
#define TEISHUTSU_CFUZZSUPPORT_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver, for a program with its own main (linked only in fuzzing builds).
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
