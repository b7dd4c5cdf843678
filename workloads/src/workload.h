/*
 * The contract every workload implements, shared by the Wasm and native builds.
 *
 *   void    setup(void);      prepares inputs that do not depend on n (tables, generated buffers);
 *                             called once per instance before any run; calling it again is harmless.
 *   int64_t run(int32_t n);   does n units of work (what a unit is differs per workload, see
 *                             manifest.json) and returns a checksum of the result. Deterministic:
 *                             the same n gives the same checksum on every call, in every engine,
 *                             natively and in Wasm. Everything run() allocates it frees.
 *
 * The library build exports setup and run by linker flag (scripts/build-workloads.sh); the command
 * build links driver/command.c, whose main runs the default size and prints the checksum.
 *
 * Portability rules the checksums depend on: fixed-width integer types only (long and size_t are
 * 32 bits in wasm32 and 64 bits on x86-64), no pointer values in a checksum, unsigned arithmetic
 * where values may wrap, and no libm beyond sqrt (glibc and wasi-libc disagree in the last bit of
 * sin, exp, pow...). Floating-point results are hashed by their bits, so the two builds must agree
 * exactly; they do because neither compiler contracts a*b+c into an FMA at the baseline ISA.
 */
#ifndef TANDEM_WORKLOAD_H
#define TANDEM_WORKLOAD_H

#include <stdint.h>
#include <string.h>

void setup(void);
int64_t run(int32_t n);

/* Checksum accumulator: FNV-1a over 64-bit words, enough to catch any wrong result. */
#define WL_HASH_INIT 0xcbf29ce484222325ull

static inline uint64_t wl_mix(uint64_t h, uint64_t v) {
    return (h ^ v) * 0x100000001b3ull;
}

static inline uint64_t wl_mix_double(uint64_t h, double d) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    return wl_mix(h, bits);
}

/* splitmix64: a fixed-seed generator, so inputs are the same everywhere without libc's rand(). */
typedef struct { uint64_t state; } wl_rng;

static inline uint64_t wl_next(wl_rng *r) {
    uint64_t z = (r->state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* Uniform in [0, bound) for small bounds; the modulo bias is irrelevant for generating inputs. */
static inline uint32_t wl_below(wl_rng *r, uint32_t bound) {
    return (uint32_t)(wl_next(r) % bound);
}

/* Uniform double in [0, 1) built from 53 random bits. */
static inline double wl_unit(wl_rng *r) {
    return (double)(wl_next(r) >> 11) * (1.0 / 9007199254740992.0);
}

#endif
