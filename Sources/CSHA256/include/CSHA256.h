#ifndef TEISHUTSU_CSHA256_H
#define TEISHUTSU_CSHA256_H

#include <stddef.h>
#include <stdint.h>

// The 64 round constants of SHA-256 (FIPS 180-4 §4.2.2).
const uint32_t *teishutsu_sha256_round_constants(void);

// Whether this processor has the SHA extensions (x86-64: SHA, SSSE3 and SSE4.1).
int teishutsu_sha256_hardware(void);

// Compresses `blocks` 64-byte blocks at `data` into `state` (8 words, FIPS 180-4 order) with
// the SHA extensions. Call only where teishutsu_sha256_hardware() is 1.
void teishutsu_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
