/*
 * A trap three calls deep: what was flushed before it is on stdout, what was still in stdio's
 * buffer is lost (as natively, where the process dies of SIGFPE), and stderr has the trap and a
 * Wasm backtrace naming divide, compute and main.
 */
#include <stdio.h>

static volatile int zero = 0;

__attribute__((noinline)) int divide(int a, int b) {
    return a / b;
}

__attribute__((noinline)) int compute(int n) {
    return divide(100 * n, zero) + 1;
}

int main(int argc, char **argv) {
    (void) argv;
    printf("before the trap\n");
    fflush(stdout);
    printf("still buffered when the trap comes");
    return compute(argc);
}
