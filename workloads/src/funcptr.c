/*
 * funcptr: calls through tables of function pointers (call_indirect in Wasm) in an order fixed by
 * a generated 4,096-entry program: two tables of different signatures, and some callees that call
 * back through the table. n = passes over the program (about 5,000 indirect calls each).
 * Stresses indirect-call dispatch, signature checks and the loss of inlining.
 */
#include "workload.h"

#define PROGRAM 4096

typedef uint32_t (*binary_op)(uint32_t, uint32_t);
typedef uint64_t (*wide_op)(uint64_t);

static uint32_t op_add(uint32_t x, uint32_t y) { return x + y; }
static uint32_t op_xor_shift(uint32_t x, uint32_t y) { return x ^ (y << 3); }
static uint32_t op_mul(uint32_t x, uint32_t y) { return x * 0x9e3779b1u + y; }
static uint32_t op_rotate(uint32_t x, uint32_t y) { return ((x << 5) | (x >> 27)) ^ y; }
static uint32_t op_sub3(uint32_t x, uint32_t y) { return x - 3 * y; }
static uint32_t op_blend(uint32_t x, uint32_t y) { return (x >> 7) | (y << 25); }
static uint32_t op_min(uint32_t x, uint32_t y) { return (x < y ? x : y) + 1; }
static uint32_t op_max(uint32_t x, uint32_t y) { return (x > y ? x : y) - 1; }
static uint32_t op_div(uint32_t x, uint32_t y) { return x / ((y & 0xff) | 1) + y; }
static uint32_t op_square(uint32_t x, uint32_t y) { return x * x + y; }
static uint32_t op_not(uint32_t x, uint32_t y) { return ~x + (y & 15); }
static uint32_t op_nested(uint32_t x, uint32_t y);
static uint32_t op_twice(uint32_t x, uint32_t y);
static uint32_t op_wide(uint32_t x, uint32_t y);

static const binary_op binary_table[] = {
    op_add, op_xor_shift, op_mul, op_rotate, op_sub3, op_blend, op_min, op_max,
    op_div, op_square, op_not, op_nested, op_twice, op_wide,
};
#define BINARY_OPS (sizeof binary_table / sizeof binary_table[0])

static uint64_t wide_mix(uint64_t v) { return v * 0xff51afd7ed558ccdull; }
static uint64_t wide_fold(uint64_t v) { return v ^ (v >> 33); }
static uint64_t wide_inc(uint64_t v) { return v + 0x2545f4914f6cdd1dull; }
static uint64_t wide_swap(uint64_t v) { return v << 32 | v >> 32; }

static const wide_op wide_table[] = {wide_mix, wide_fold, wide_inc, wide_swap};

/* Callees that dispatch again, so some indirect calls happen one frame deeper. */
static uint32_t op_nested(uint32_t x, uint32_t y) { return binary_table[x % 11](y, x) ^ 0x5bd1e995u; }
static uint32_t op_twice(uint32_t x, uint32_t y) { return binary_table[y % 11](binary_table[x % 11](x, y), y); }
static uint32_t op_wide(uint32_t x, uint32_t y) {
    uint64_t v = wide_table[y & 3](((uint64_t)x << 32) | y);
    return (uint32_t)(v ^ (v >> 32));
}

static uint8_t program[PROGRAM];

void setup(void) {
    wl_rng rng = {0x66707472ull};
    for (int i = 0; i < PROGRAM; i++) program[i] = (uint8_t)wl_below(&rng, BINARY_OPS);
}

int64_t run(int32_t n) {
    uint32_t acc = 1;
    uint64_t h = WL_HASH_INIT;
    for (int32_t pass = 0; pass < n; pass++) {
        for (int i = 0; i < PROGRAM; i++) acc = binary_table[program[i]](acc, (uint32_t)i ^ (uint32_t)pass);
        h = wl_mix(h, acc);
    }
    return (int64_t)h;
}
