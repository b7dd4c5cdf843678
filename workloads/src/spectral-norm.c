/*
 * spectral-norm: the largest singular value of the infinite matrix a(i,j) = 1/((i+j)(i+j+1)/2+i+1),
 * truncated to n x n, by ten rounds of the power method on A^T A. n = matrix dimension.
 * Stresses double division and long dependent reductions; O(n^2) work per round, no memory traffic.
 */
#include <math.h>
#include <stdlib.h>

#include "workload.h"

static double entry(int32_t i, int32_t j) {
    return 1.0 / ((double)(i + j) * (i + j + 1) / 2 + i + 1);
}

static void times_a(int32_t n, const double *u, double *out) {
    for (int32_t i = 0; i < n; i++) {
        double sum = 0.0;
        for (int32_t j = 0; j < n; j++) sum += entry(i, j) * u[j];
        out[i] = sum;
    }
}

static void times_at(int32_t n, const double *u, double *out) {
    for (int32_t i = 0; i < n; i++) {
        double sum = 0.0;
        for (int32_t j = 0; j < n; j++) sum += entry(j, i) * u[j];
        out[i] = sum;
    }
}

static void times_ata(int32_t n, const double *u, double *out, double *scratch) {
    times_a(n, u, scratch);
    times_at(n, scratch, out);
}

void setup(void) {}

int64_t run(int32_t n) {
    double *u = malloc(sizeof(double) * n);
    double *v = malloc(sizeof(double) * n);
    double *scratch = malloc(sizeof(double) * n);
    for (int32_t i = 0; i < n; i++) u[i] = 1.0;
    for (int round = 0; round < 10; round++) {
        times_ata(n, u, v, scratch);
        times_ata(n, v, u, scratch);
    }
    double uv = 0.0, vv = 0.0;
    for (int32_t i = 0; i < n; i++) {
        uv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    uint64_t h = wl_mix_double(WL_HASH_INIT, sqrt(uv / vv));
    for (int32_t i = 0; i < n; i++) h = wl_mix_double(h, u[i]);
    free(u);
    free(v);
    free(scratch);
    return (int64_t)h;
}
