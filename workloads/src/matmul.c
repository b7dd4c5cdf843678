/*
 * matmul: C = A * B for dense n x n double matrices filled from a fixed-seed generator, in
 * i-k-j loop order (the inner loop streams a row of B into a row of C). n = matrix side.
 * Stresses multiply-add throughput, sequential loads and stores, and loop-invariant hoisting.
 */
#include <stdlib.h>

#include "workload.h"

void setup(void) {}

int64_t run(int32_t n) {
    if (n < 1) n = 1;
    size_t cells = (size_t)n * (size_t)n;
    double *a = malloc(cells * sizeof(double));
    double *b = malloc(cells * sizeof(double));
    double *c = calloc(cells, sizeof(double));
    wl_rng rng = {0x6d61746dull};
    for (size_t i = 0; i < cells; i++) a[i] = 2.0 * wl_unit(&rng) - 1.0;
    for (size_t i = 0; i < cells; i++) b[i] = 2.0 * wl_unit(&rng) - 1.0;
    for (int32_t i = 0; i < n; i++) {
        double *row = c + (size_t)i * n;
        for (int32_t k = 0; k < n; k++) {
            double aik = a[(size_t)i * n + k];
            const double *brow = b + (size_t)k * n;
            for (int32_t j = 0; j < n; j++) row[j] += aik * brow[j];
        }
    }
    uint64_t h = WL_HASH_INIT;
    for (size_t i = 0; i < cells; i++) h = wl_mix_double(h, c[i]);
    free(a);
    free(b);
    free(c);
    return (int64_t)h;
}
