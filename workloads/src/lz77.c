/*
 * lz77: compresses n KiB of generated text in independent 64 KiB blocks with an LZ77 coder
 * (hash chains, greedy longest match, LZ4-like sequence format), decompresses each block and
 * checks the round trip. n = KiB of input. Stresses byte loads, hash-table and chain walks,
 * match-length loops with unpredictable exits, and byte copies with overlap.
 */
#include <stdlib.h>

#include "workload.h"

#define TEXT_SIZE (1u << 20)
#define BLOCK (1u << 16)
#define HASH_BITS 14
#define MAX_CHAIN 32
#define MIN_MATCH 4
#define MAX_OFFSET 65535u
/* Worst case: all literals, plus one length byte per 255 literals and a token. */
#define BOUND (BLOCK + BLOCK / 255 + 16)

static uint8_t text[TEXT_SIZE];
static uint8_t compressed[BOUND];
static uint8_t restored[BLOCK];
static int32_t head[1 << HASH_BITS];
static int32_t chain[BLOCK];

/* Text from a vocabulary of made-up words with a skewed choice, so it compresses like prose. */
void setup(void) {
    wl_rng rng = {0x6c7a3737ull};
    char words[512][12];
    uint32_t lengths[512];
    for (int w = 0; w < 512; w++) {
        lengths[w] = 2 + wl_below(&rng, 9);
        for (uint32_t k = 0; k < lengths[w]; k++) words[w][k] = (char)('a' + wl_below(&rng, 26));
    }
    uint32_t at = 0;
    while (at < TEXT_SIZE) {
        uint32_t w = wl_below(&rng, 1 + wl_below(&rng, 512));
        for (uint32_t k = 0; k < lengths[w] && at < TEXT_SIZE; k++) text[at++] = (uint8_t)words[w][k];
        uint32_t r = wl_below(&rng, 16);
        if (at < TEXT_SIZE) text[at++] = r == 0 ? '\n' : r == 1 ? ',' : r == 2 ? '.' : ' ';
    }
}

static uint32_t hash4(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return (v * 2654435761u) >> (32 - HASH_BITS);
}

static uint8_t *put_length(uint8_t *out, uint32_t extra) {
    for (; extra >= 255; extra -= 255) *out++ = 255;
    *out++ = (uint8_t)extra;
    return out;
}

/* A sequence: token (literal count << 4 | match length - 4, each 15 = "more bytes follow"),
   literals, 2-byte little-endian offset. The last sequence has literals only. */
static uint8_t *emit(uint8_t *out, const uint8_t *literals, uint32_t lit_len, uint32_t match_len, uint32_t offset) {
    uint32_t m = match_len ? match_len - MIN_MATCH : 0;
    *out++ = (uint8_t)((lit_len < 15 ? lit_len : 15) << 4 | (m < 15 ? m : 15));
    if (lit_len >= 15) out = put_length(out, lit_len - 15);
    memcpy(out, literals, lit_len);
    out += lit_len;
    if (match_len) {
        *out++ = (uint8_t)offset;
        *out++ = (uint8_t)(offset >> 8);
        if (m >= 15) out = put_length(out, m - 15);
    }
    return out;
}

static uint32_t compress(const uint8_t *in, uint32_t len, uint8_t *out) {
    uint8_t *start = out;
    for (int i = 0; i < (1 << HASH_BITS); i++) head[i] = -1;
    uint32_t pos = 0, anchor = 0;
    while (pos + MIN_MATCH <= len) {
        uint32_t hv = hash4(in + pos);
        uint32_t best_len = 0, best_pos = 0;
        int32_t candidate = head[hv];
        for (int tries = 0; candidate >= 0 && tries < MAX_CHAIN; tries++) {
            uint32_t limit = len - pos, k = 0;
            while (k < limit && in[candidate + k] == in[pos + k]) k++;
            if (k > best_len) {
                best_len = k;
                best_pos = (uint32_t)candidate;
            }
            candidate = chain[candidate];
        }
        chain[pos] = head[hv];
        head[hv] = (int32_t)pos;
        if (best_len < MIN_MATCH) {
            pos++;
            continue;
        }
        out = emit(out, in + anchor, pos - anchor, best_len, pos - best_pos);
        /* Index the positions inside the match too, so later matches can start there. */
        uint32_t end = pos + best_len;
        for (pos++; pos < end && pos + MIN_MATCH <= len; pos++) {
            uint32_t h2 = hash4(in + pos);
            chain[pos] = head[h2];
            head[h2] = (int32_t)pos;
        }
        pos = end;
        anchor = end;
    }
    out = emit(out, in + anchor, len - anchor, 0, 0);
    return (uint32_t)(out - start);
}

static uint32_t read_length(const uint8_t **in, uint32_t base) {
    if (base < 15) return base;
    uint8_t b;
    do {
        b = *(*in)++;
        base += b;
    } while (b == 255);
    return base;
}

/* Returns the decompressed size, or UINT32_MAX when the input is malformed. */
static uint32_t decompress(const uint8_t *in, uint32_t len, uint8_t *out, uint32_t capacity) {
    const uint8_t *end = in + len;
    uint32_t at = 0;
    while (in < end) {
        uint8_t token = *in++;
        uint32_t lit_len = read_length(&in, token >> 4);
        if (lit_len > capacity - at || lit_len > (uint32_t)(end - in)) return UINT32_MAX;
        memcpy(out + at, in, lit_len);
        in += lit_len;
        at += lit_len;
        if (in == end) break;
        uint32_t offset = in[0] | (uint32_t)in[1] << 8;
        in += 2;
        uint32_t match_len = read_length(&in, token & 15) + MIN_MATCH;
        if (offset == 0 || offset > at || match_len > capacity - at) return UINT32_MAX;
        /* Byte by byte: an overlapping match (offset < length) repeats a pattern. */
        for (uint32_t k = 0; k < match_len; k++, at++) out[at] = out[at - offset];
    }
    return at;
}

int64_t run(int32_t n) {
    uint64_t h = WL_HASH_INIT;
    uint64_t remaining = (uint64_t)(n < 0 ? 0 : n) * 1024;
    uint32_t offset = 0;
    while (remaining) {
        uint32_t len = remaining < BLOCK ? (uint32_t)remaining : BLOCK;
        const uint8_t *block = text + offset;
        uint32_t packed = compress(block, len, compressed);
        uint32_t unpacked = decompress(compressed, packed, restored, BLOCK);
        int same = unpacked == len && memcmp(restored, block, len) == 0;
        uint64_t sample = 0;
        for (uint32_t i = 0; i < packed; i += 61) sample = sample * 31 + compressed[i];
        h = wl_mix(wl_mix(wl_mix(h, packed), sample), (uint64_t)same);
        offset = (offset + len) % TEXT_SIZE;
        remaining -= len;
    }
    return (int64_t)h;
}
