/*
 * fannkuch-redux: for each permutation, count the prefix reversals ("pancake flips") until 0 comes
 * first; the result is the maximum flip count and a sum of the counts with alternating sign.
 * Permutations of 12 elements are visited in odometer order starting at index 12!/3 (so all
 * positions move, unlike the very first permutations); n = thousands of permutations visited.
 * Stresses small-array integer shuffles, short loops and hard-to-predict branches.
 */
#include "workload.h"

#define LEN 12
#define START_INDEX 159667200u /* 12!/3, even, so the alternating sign starts with + */

static int8_t start_perm[LEN];
static int32_t start_count[LEN];

/* Rotates p[0..k] left by one: the odometer's step at level k. */
static void rotate_prefix(int8_t *p, int32_t k) {
    int8_t head = p[0];
    for (int32_t i = 0; i < k; i++) p[i] = p[i + 1];
    p[k] = head;
}

void setup(void) {
    /*
     * The odometer's digit at level k (0..k) counts rotations of p[0..k] done since that level
     * last wrapped. A permutation index is the mixed-radix number of those digits, and the
     * permutation is the identity rotated at each level from the top down.
     */
    uint32_t factorial[LEN];
    factorial[0] = 1;
    for (int32_t k = 1; k < LEN; k++) factorial[k] = factorial[k - 1] * (uint32_t)k;
    for (int32_t i = 0; i < LEN; i++) start_perm[i] = (int8_t)i;
    uint32_t rest = START_INDEX;
    for (int32_t k = LEN - 1; k >= 1; k--) {
        int32_t digit = (int32_t)(rest / factorial[k]);
        rest %= factorial[k];
        for (int32_t r = 0; r < digit; r++) rotate_prefix(start_perm, k);
        start_count[k] = k + 1 - digit;
    }
}

static int32_t flips_of(const int8_t *perm) {
    int8_t p[LEN];
    memcpy(p, perm, LEN);
    int32_t flips = 0;
    for (int32_t first = p[0]; first != 0; first = p[0]) {
        for (int32_t lo = 0, hi = first; lo < hi; lo++, hi--) {
            int8_t t = p[lo];
            p[lo] = p[hi];
            p[hi] = t;
        }
        flips++;
    }
    return flips;
}

int64_t run(int32_t n) {
    int8_t perm[LEN];
    int32_t count[LEN];
    memcpy(perm, start_perm, sizeof perm);
    memcpy(count, start_count, sizeof count);
    int64_t signed_sum = 0;
    int32_t max_flips = 0;
    int64_t total = (int64_t)n * 1000;
    for (int64_t visited = 0; visited < total; visited++) {
        int32_t flips = flips_of(perm);
        if (flips > max_flips) max_flips = flips;
        signed_sum += (visited & 1) ? -flips : flips;
        /* Advance the odometer; a level that completes a full turn resets and carries upward.
           Past the last permutation every level has wrapped and the walk starts over. */
        for (int32_t level = 1; level < LEN; level++) {
            rotate_prefix(perm, level);
            if (--count[level] > 0) break;
            count[level] = level + 1;
        }
    }
    return (int64_t)wl_mix(wl_mix(WL_HASH_INIT, (uint64_t)signed_sum), (uint64_t)max_flips);
}
