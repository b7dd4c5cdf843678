/*
 * sieve: the sieve of Eratosthenes over the odd numbers below n, one byte per odd number; the
 * result is the prime count and the sum of the primes. n = upper bound (memory is n/2 bytes).
 * Stresses strided byte stores over a buffer far larger than the caches, then a linear scan.
 */
#include <stdlib.h>

#include "workload.h"

void setup(void) {}

int64_t run(int32_t n) {
    if (n < 3) return (int64_t)wl_mix(WL_HASH_INIT, 0);
    /* composite[i] says whether 2i+1 is composite, for 2i+1 < n. */
    uint32_t odd_count = ((uint32_t)n) / 2;
    uint8_t *composite = calloc(odd_count, 1);
    composite[0] = 1; /* 1 is not prime */
    for (uint32_t i = 1; ; i++) {
        uint64_t p = 2 * (uint64_t)i + 1;
        if (p * p >= (uint64_t)n) break;
        if (composite[i]) continue;
        /* Start at p*p; stepping by 2p in numbers is stepping by p in odd-number indices. */
        for (uint64_t j = (p * p) / 2; j < odd_count; j += p) composite[j] = 1;
    }
    uint64_t count = 1, sum = 2; /* the prime 2 */
    for (uint32_t i = 1; i < odd_count; i++) {
        if (!composite[i]) {
            count++;
            sum += 2 * (uint64_t)i + 1;
        }
    }
    free(composite);
    return (int64_t)wl_mix(wl_mix(WL_HASH_INIT, count), sum);
}
