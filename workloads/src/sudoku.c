/*
 * sudoku: generates puzzles (a shuffled valid grid with 58 of 81 cells blanked) and solves each
 * by recursive backtracking over candidate bitmasks, always branching on the cell with the fewest
 * candidates. n = number of puzzles. Stresses recursion, bit tricks (popcount, lowest set bit)
 * and data-dependent branches; the checksum covers every solution and the search-node count.
 */
#include "workload.h"

#define BLANKS 58
#define ALL 0x1ff /* candidate digits 1..9 as bits 0..8 */

typedef struct {
    uint8_t cell[81]; /* 0 = empty, else 1..9 */
    uint16_t row[9], col[9], box[9]; /* digits used, as bits */
    uint64_t nodes;
} board;

void setup(void) {}

static int box_of(int r, int c) { return (r / 3) * 3 + c / 3; }

static void place(board *b, int at, int digit) {
    int r = at / 9, c = at % 9;
    uint16_t bit = (uint16_t)(1u << (digit - 1));
    b->cell[at] = (uint8_t)digit;
    b->row[r] |= bit;
    b->col[c] |= bit;
    b->box[box_of(r, c)] |= bit;
}

static void unplace(board *b, int at) {
    int r = at / 9, c = at % 9;
    uint16_t keep = (uint16_t)~(1u << (b->cell[at] - 1));
    b->cell[at] = 0;
    b->row[r] &= keep;
    b->col[c] &= keep;
    b->box[box_of(r, c)] &= keep;
}

static int popcount9(uint32_t x) {
    int count = 0;
    for (; x; x &= x - 1) count++;
    return count;
}

/* Returns 1 once the board is full; leaves the first solution found in place. */
static int solve(board *b) {
    b->nodes++;
    int best = -1, best_count = 10;
    uint32_t best_free = 0;
    for (int at = 0; at < 81; at++) {
        if (b->cell[at]) continue;
        int r = at / 9, c = at % 9;
        uint32_t free_digits = ALL & ~(uint32_t)(b->row[r] | b->col[c] | b->box[box_of(r, c)]);
        int count = popcount9(free_digits);
        if (count < best_count) {
            best = at;
            best_count = count;
            best_free = free_digits;
            if (count <= 1) break;
        }
    }
    if (best < 0) return 1;
    for (uint32_t options = best_free; options; options &= options - 1) {
        int digit = __builtin_ctz(options) + 1;
        place(b, best, digit);
        if (solve(b)) return 1;
        unplace(b, best);
    }
    return 0;
}

static void swap_lines(uint8_t *g, int a, int c, int rows) {
    for (int k = 0; k < 9; k++) {
        int i = rows ? a * 9 + k : k * 9 + a;
        int j = rows ? c * 9 + k : k * 9 + c;
        uint8_t t = g[i];
        g[i] = g[j];
        g[j] = t;
    }
}

/* A valid grid from a pattern, then symmetry-preserving shuffles and random blanks. */
static void generate(board *b, uint32_t index) {
    wl_rng rng = {0x5d0c0000ull + index};
    uint8_t grid[81], digit_map[10];
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++) grid[r * 9 + c] = (uint8_t)((r * 3 + r / 3 + c) % 9 + 1);
    for (int d = 0; d <= 9; d++) digit_map[d] = (uint8_t)d;
    for (int d = 9; d > 1; d--) {
        int e = 1 + (int)wl_below(&rng, (uint32_t)d);
        uint8_t t = digit_map[d];
        digit_map[d] = digit_map[e];
        digit_map[e] = t;
    }
    for (int swaps = 0; swaps < 12; swaps++) {
        int band = (int)wl_below(&rng, 3) * 3;
        int rows = (int)(wl_next(&rng) & 1);
        swap_lines(grid, band + (int)wl_below(&rng, 3), band + (int)wl_below(&rng, 3), rows);
    }
    memset(b, 0, sizeof *b);
    for (int at = 0; at < 81; at++) place(b, at, digit_map[grid[at]]);
    for (int blanked = 0; blanked < BLANKS;) {
        int at = (int)wl_below(&rng, 81);
        if (b->cell[at]) {
            unplace(b, at);
            blanked++;
        }
    }
}

int64_t run(int32_t n) {
    uint64_t h = WL_HASH_INIT;
    board b;
    for (int32_t i = 0; i < n; i++) {
        generate(&b, (uint32_t)i);
        int solved = solve(&b);
        h = wl_mix(wl_mix(h, (uint64_t)solved), b.nodes);
        for (int r = 0; r < 9; r++) {
            uint64_t digits = 0;
            for (int c = 0; c < 9; c++) digits = digits * 10 + b.cell[r * 9 + c];
            h = wl_mix(h, digits);
        }
    }
    return (int64_t)h;
}
