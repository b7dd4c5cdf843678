/*
 * Native timing driver for the lab: times setup() and each run(n) with CLOCK_MONOTONIC and prints
 * one line per call, in the same format as node/run-wasi.mjs prints for a library module:
 *
 *   setup ns=T
 *   n=N checksum=C ns=T
 *
 * Usage: NAME-bench [-r REPS] N [N...]   (each N is run REPS times, default 1)
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../src/workload.h"

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int parse_positive(const char *text, const char *what, long *out) {
    char *end;
    errno = 0;
    long value = strtol(text, &end, 10);
    if (errno != 0 || *end != '\0' || value < 1 || value > INT32_MAX) {
        fprintf(stderr, "bench: %s must be an integer from 1 to %d, got '%s'\n", what, INT32_MAX, text);
        return 0;
    }
    *out = value;
    return 1;
}

int main(int argc, char **argv) {
    long reps = 1;
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        if (!parse_positive(argv[2], "REPS", &reps)) return 2;
        first = 3;
    }
    if (first >= argc) {
        fprintf(stderr, "usage: %s [-r REPS] N [N...]\n", argv[0]);
        return 2;
    }
    int64_t start = now_ns();
    setup();
    printf("setup ns=%" PRId64 "\n", now_ns() - start);
    for (int i = first; i < argc; i++) {
        long n;
        if (!parse_positive(argv[i], "N", &n)) return 2;
        for (long r = 0; r < reps; r++) {
            start = now_ns();
            int64_t checksum = run((int32_t)n);
            int64_t elapsed = now_ns() - start;
            printf("n=%ld checksum=%" PRId64 " ns=%" PRId64 "\n", n, checksum, elapsed);
            fflush(stdout);
        }
    }
    return 0;
}
