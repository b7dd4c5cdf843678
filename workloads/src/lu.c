/*
 * lu: LU decomposition with partial pivoting (Doolittle, in place, row-major) of a dense n x n
 * matrix from a fixed-seed generator, then a forward and back substitution for A x = b.
 * n = matrix side. Stresses double arithmetic with a shrinking triangular loop nest, pivot
 * search (fabs and compares) and row swaps.
 */
#include <math.h>
#include <stdlib.h>

#include "workload.h"

void setup(void) {}

int64_t run(int32_t n) {
    if (n < 1) n = 1;
    double *a = malloc((size_t)n * (size_t)n * sizeof(double));
    double *b = malloc((size_t)n * sizeof(double));
    int32_t *pivot = malloc((size_t)n * sizeof(int32_t));
    wl_rng rng = {0x6c75ull};
    for (size_t i = 0; i < (size_t)n * n; i++) a[i] = 2.0 * wl_unit(&rng) - 1.0;
    for (int32_t i = 0; i < n; i++) b[i] = 2.0 * wl_unit(&rng) - 1.0;
    uint64_t h = WL_HASH_INIT;
    for (int32_t k = 0; k < n; k++) {
        int32_t p = k;
        double best = fabs(a[(size_t)k * n + k]);
        for (int32_t i = k + 1; i < n; i++) {
            double v = fabs(a[(size_t)i * n + k]);
            if (v > best) {
                best = v;
                p = i;
            }
        }
        pivot[k] = p;
        if (p != k) {
            double *rk = a + (size_t)k * n, *rp = a + (size_t)p * n;
            for (int32_t j = 0; j < n; j++) {
                double t = rk[j];
                rk[j] = rp[j];
                rp[j] = t;
            }
        }
        double d = a[(size_t)k * n + k];
        if (d == 0.0) continue; /* singular column: leave it, the checksum records it */
        const double *rk = a + (size_t)k * n;
        for (int32_t i = k + 1; i < n; i++) {
            double *ri = a + (size_t)i * n;
            double factor = ri[k] / d;
            ri[k] = factor;
            for (int32_t j = k + 1; j < n; j++) ri[j] -= factor * rk[j];
        }
    }
    /* Solve L U x = P b: apply the row swaps, then forward and back substitution. */
    for (int32_t k = 0; k < n; k++) {
        double t = b[k];
        b[k] = b[pivot[k]];
        b[pivot[k]] = t;
    }
    for (int32_t i = 0; i < n; i++)
        for (int32_t j = 0; j < i; j++) b[i] -= a[(size_t)i * n + j] * b[j];
    for (int32_t i = n - 1; i >= 0; i--) {
        for (int32_t j = i + 1; j < n; j++) b[i] -= a[(size_t)i * n + j] * b[j];
        b[i] /= a[(size_t)i * n + i];
    }
    for (int32_t k = 0; k < n; k++) h = wl_mix(h, (uint64_t)pivot[k]);
    for (int32_t i = 0; i < n; i++) {
        h = wl_mix_double(h, b[i]);
        h = wl_mix_double(h, a[(size_t)i * n + i]);
    }
    free(a);
    free(b);
    free(pivot);
    return (int64_t)h;
}
