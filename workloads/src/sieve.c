/*
 * sieve: the sieve of Eratosthenes over the odd numbers below n, one bit per odd number in 32-bit
 * words; the result is the prime count and the sum of the primes. n = upper bound (memory is
 * n/16 bytes). Stresses strided read-modify-write of bits (shifts, masks, loads and stores) over a
 * buffer larger than the caches, then a scan that counts set bits word by word.
 */
#include <stdlib.h>

#include "workload.h"

void setup(void) {}

int64_t run(int32_t n) {
    if (n < 3) return (int64_t)wl_mix(WL_HASH_INIT, 0);
    /* Bit i says whether 2i+1 is composite, for 2i+1 < n. */
    uint32_t odd_count = ((uint32_t)n) / 2;
    uint32_t words = (odd_count + 31) / 32;
    uint32_t *composite = calloc(words, sizeof(uint32_t));
    composite[0] = 1; /* 1 is not prime */
    for (uint32_t i = 1;; i++) {
        uint64_t p = 2 * (uint64_t)i + 1;
        if (p * p >= (uint64_t)n) break;
        if (composite[i >> 5] >> (i & 31) & 1) continue;
        /* Start at p*p; stepping by 2p in numbers is stepping by p in odd-number indices. */
        for (uint64_t j = (p * p) / 2; j < odd_count; j += p) composite[j >> 5] |= 1u << (j & 31);
    }
    /* Bits past odd_count in the last word are not numbers below n: mark them composite. */
    if (odd_count & 31) composite[words - 1] |= ~0u << (odd_count & 31);
    uint64_t count = 1, sum = 2; /* the prime 2 */
    for (uint32_t w = 0; w < words; w++) {
        for (uint32_t primes = ~composite[w]; primes; primes &= primes - 1) {
            uint32_t i = w * 32 + (uint32_t)__builtin_ctz(primes);
            count++;
            sum += 2 * (uint64_t)i + 1;
        }
    }
    free(composite);
    return (int64_t)wl_mix(wl_mix(WL_HASH_INIT, count), sum);
}
