/*
 * binary-trees: builds, walks and frees many perfect binary trees with one malloc per node: a
 * tree of depth n+1, a long-lived tree of depth n, and for each even depth d from 4 to n,
 * 2^(n-d+4) trees of depth d. n = maximum depth (work roughly doubles per step).
 * Stresses malloc/free of small blocks, pointer chasing and recursion.
 */
#include <stdlib.h>

#include "workload.h"

#define MIN_DEPTH 4

typedef struct node {
    struct node *left, *right;
    uint32_t label;
} node;

void setup(void) {}

static node *build(int32_t depth, uint32_t label) {
    node *t = malloc(sizeof *t);
    t->label = label;
    if (depth > 0) {
        t->left = build(depth - 1, 2 * label);
        t->right = build(depth - 1, 2 * label + 1);
    } else {
        t->left = t->right = NULL;
    }
    return t;
}

/* Counts nodes and folds in the labels, so a wrongly built tree changes the checksum. */
static uint64_t walk(const node *t) {
    uint64_t sum = 1 + (t->label & 0xff);
    if (t->left) sum += walk(t->left) + 3 * walk(t->right);
    return sum;
}

static void release(node *t) {
    if (t->left) {
        release(t->left);
        release(t->right);
    }
    free(t);
}

int64_t run(int32_t n) {
    if (n < MIN_DEPTH) n = MIN_DEPTH;
    if (n > 24) return -1; /* 2^26 nodes would exhaust a 32-bit address space */
    uint64_t h = WL_HASH_INIT;
    node *stretch = build(n + 1, 1);
    h = wl_mix(h, walk(stretch));
    release(stretch);
    node *long_lived = build(n, 1);
    for (int32_t depth = MIN_DEPTH; depth <= n; depth += 2) {
        uint32_t trees = 1u << (n - depth + MIN_DEPTH);
        uint64_t sum = 0;
        for (uint32_t i = 0; i < trees; i++) {
            node *t = build(depth, i);
            sum += walk(t);
            release(t);
        }
        h = wl_mix(wl_mix(h, trees), sum);
    }
    h = wl_mix(h, walk(long_lived));
    release(long_lived);
    return (int64_t)h;
}
