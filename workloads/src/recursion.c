/*
 * recursion: naive doubly recursive Fibonacci fib(n) plus the Ackermann function A(3, k) with
 * k = min(n/4, 9), which recurses about 2^(k+3) frames deep (4,093 at k = 9). n = the Fibonacci
 * argument (work grows about 1.6x per step). Stresses direct calls and returns, call depth and
 * the engine's stack.
 */
#include "workload.h"

void setup(void) {}

static uint64_t fib(int32_t n) {
    return n < 2 ? (uint64_t)n : fib(n - 1) + fib(n - 2);
}

static uint64_t calls;

static uint32_t ackermann(uint32_t m, uint32_t k) {
    calls++;
    if (m == 0) return k + 1;
    if (k == 0) return ackermann(m - 1, 1);
    return ackermann(m - 1, ackermann(m, k - 1));
}

int64_t run(int32_t n) {
    if (n < 0) n = 0;
    int32_t k = n / 4 < 9 ? n / 4 : 9;
    calls = 0;
    uint64_t f = fib(n);
    uint32_t a = ackermann(3, (uint32_t)k);
    return (int64_t)wl_mix(wl_mix(wl_mix(WL_HASH_INIT, f), a), calls);
}
