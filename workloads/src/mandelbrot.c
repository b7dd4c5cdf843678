/*
 * mandelbrot: escape-time iteration counts over an n x n grid of the region [-2.1, 0.7] x
 * [-1.4, 1.4], at most 100 iterations per point. n = grid side. Stresses a short data-dependent
 * floating-point loop with an unpredictable exit branch.
 */
#include "workload.h"

#define MAX_ITER 100

void setup(void) {}

static int iterations(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    int k = 0;
    while (k < MAX_ITER) {
        double zr2 = zr * zr, zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) break;
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        k++;
    }
    return k;
}

int64_t run(int32_t n) {
    uint64_t h = WL_HASH_INIT;
    double step = 2.8 / n;
    for (int32_t y = 0; y < n; y++) {
        double ci = -1.4 + step * y;
        uint64_t row = 0;
        for (int32_t x = 0; x < n; x++) {
            /* Fold each count into the row with a multiply so a wrong pixel cannot cancel out. */
            row = row * 131 + (uint64_t)iterations(-2.1 + step * x, ci);
        }
        h = wl_mix(h, row);
    }
    return (int64_t)h;
}
