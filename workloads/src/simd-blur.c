/*
 * simd-blur: n passes of a separable [1 2 1]/4 binomial blur over a 1024 x 1024 8-bit image,
 * each followed by the sum of absolute differences against the previous pass, written with
 * 128-bit SIMD intrinsics: wasm_simd128.h in the Wasm build (-msimd128), SSE2 natively, and a
 * scalar fallback for any other target (or -DWL_SCALAR) that defines the expected result.
 * n = passes. Stresses v128 loads and stores (unaligned), widening, 16-bit lane arithmetic,
 * saturating narrowing and horizontal sums.
 */
#include <stdlib.h>

#include "workload.h"

#if defined(__wasm_simd128__) && !defined(WL_SCALAR)
#include <wasm_simd128.h>
#define WL_SIMD_WASM 1
#elif defined(__SSE2__) && !defined(WL_SCALAR)
#include <emmintrin.h>
#define WL_SIMD_SSE2 1
#endif

#define SIDE 1024
#define PIXELS (SIDE * SIDE)

static uint8_t source[PIXELS];

void setup(void) {
    /* Gradients, stripes and noise: enough structure that blurring changes it for many passes. */
    wl_rng rng = {0x626c7572ull};
    for (int y = 0; y < SIDE; y++)
        for (int x = 0; x < SIDE; x++) {
            uint32_t v = (uint32_t)(x / 4 + y / 8) + ((x / 16 + y / 16) & 1) * 60 + wl_below(&rng, 64);
            source[y * SIDE + x] = (uint8_t)(v > 255 ? 255 : v);
        }
}

static uint8_t blur3(uint32_t a, uint32_t b, uint32_t c) {
    return (uint8_t)((a + 2 * b + c + 2) >> 2);
}

/* Horizontal pass: out[x] = (in[x-1] + 2 in[x] + in[x+1] + 2) >> 2; edge columns are copied. */
static void blur_rows(const uint8_t *in, uint8_t *out) {
    for (int y = 0; y < SIDE; y++) {
        const uint8_t *r = in + y * SIDE;
        uint8_t *o = out + y * SIDE;
        o[0] = r[0];
        o[SIDE - 1] = r[SIDE - 1];
        int x = 1;
#if WL_SIMD_WASM
        const v128_t two = wasm_i16x8_splat(2);
        for (; x + 16 <= SIDE - 1; x += 16) {
            v128_t l = wasm_v128_load(r + x - 1), m = wasm_v128_load(r + x), h = wasm_v128_load(r + x + 1);
            v128_t lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(l), wasm_u16x8_extend_low_u8x16(h)),
                                       wasm_i16x8_add(wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(m), 1), two));
            v128_t hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(l), wasm_u16x8_extend_high_u8x16(h)),
                                       wasm_i16x8_add(wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(m), 1), two));
            wasm_v128_store(o + x, wasm_u8x16_narrow_i16x8(wasm_u16x8_shr(lo, 2), wasm_u16x8_shr(hi, 2)));
        }
#elif WL_SIMD_SSE2
        const __m128i zero = _mm_setzero_si128(), two = _mm_set1_epi16(2);
        for (; x + 16 <= SIDE - 1; x += 16) {
            __m128i l = _mm_loadu_si128((const __m128i *)(r + x - 1));
            __m128i m = _mm_loadu_si128((const __m128i *)(r + x));
            __m128i h = _mm_loadu_si128((const __m128i *)(r + x + 1));
            __m128i lo = _mm_add_epi16(_mm_add_epi16(_mm_unpacklo_epi8(l, zero), _mm_unpacklo_epi8(h, zero)),
                                       _mm_add_epi16(_mm_slli_epi16(_mm_unpacklo_epi8(m, zero), 1), two));
            __m128i hi = _mm_add_epi16(_mm_add_epi16(_mm_unpackhi_epi8(l, zero), _mm_unpackhi_epi8(h, zero)),
                                       _mm_add_epi16(_mm_slli_epi16(_mm_unpackhi_epi8(m, zero), 1), two));
            _mm_storeu_si128((__m128i *)(o + x), _mm_packus_epi16(_mm_srli_epi16(lo, 2), _mm_srli_epi16(hi, 2)));
        }
#endif
        for (; x < SIDE - 1; x++) o[x] = blur3(r[x - 1], r[x], r[x + 1]);
    }
}

/* Vertical pass over whole rows; edge rows are copied. */
static void blur_columns(const uint8_t *in, uint8_t *out) {
    memcpy(out, in, SIDE);
    memcpy(out + (SIDE - 1) * SIDE, in + (SIDE - 1) * SIDE, SIDE);
    for (int y = 1; y < SIDE - 1; y++) {
        const uint8_t *a = in + (y - 1) * SIDE, *b = in + y * SIDE, *c = in + (y + 1) * SIDE;
        uint8_t *o = out + y * SIDE;
        int x = 0;
#if WL_SIMD_WASM
        const v128_t two = wasm_i16x8_splat(2);
        for (; x + 16 <= SIDE; x += 16) {
            v128_t va = wasm_v128_load(a + x), vb = wasm_v128_load(b + x), vc = wasm_v128_load(c + x);
            v128_t lo = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_low_u8x16(va), wasm_u16x8_extend_low_u8x16(vc)),
                                       wasm_i16x8_add(wasm_i16x8_shl(wasm_u16x8_extend_low_u8x16(vb), 1), two));
            v128_t hi = wasm_i16x8_add(wasm_i16x8_add(wasm_u16x8_extend_high_u8x16(va), wasm_u16x8_extend_high_u8x16(vc)),
                                       wasm_i16x8_add(wasm_i16x8_shl(wasm_u16x8_extend_high_u8x16(vb), 1), two));
            wasm_v128_store(o + x, wasm_u8x16_narrow_i16x8(wasm_u16x8_shr(lo, 2), wasm_u16x8_shr(hi, 2)));
        }
#elif WL_SIMD_SSE2
        const __m128i zero = _mm_setzero_si128(), two = _mm_set1_epi16(2);
        for (; x + 16 <= SIDE; x += 16) {
            __m128i va = _mm_loadu_si128((const __m128i *)(a + x));
            __m128i vb = _mm_loadu_si128((const __m128i *)(b + x));
            __m128i vc = _mm_loadu_si128((const __m128i *)(c + x));
            __m128i lo = _mm_add_epi16(_mm_add_epi16(_mm_unpacklo_epi8(va, zero), _mm_unpacklo_epi8(vc, zero)),
                                       _mm_add_epi16(_mm_slli_epi16(_mm_unpacklo_epi8(vb, zero), 1), two));
            __m128i hi = _mm_add_epi16(_mm_add_epi16(_mm_unpackhi_epi8(va, zero), _mm_unpackhi_epi8(vc, zero)),
                                       _mm_add_epi16(_mm_slli_epi16(_mm_unpackhi_epi8(vb, zero), 1), two));
            _mm_storeu_si128((__m128i *)(o + x), _mm_packus_epi16(_mm_srli_epi16(lo, 2), _mm_srli_epi16(hi, 2)));
        }
#endif
        for (; x < SIDE; x++) o[x] = blur3(a[x], b[x], c[x]);
    }
}

/* Sum over all pixels of |p - q|. */
static uint64_t difference(const uint8_t *p, const uint8_t *q) {
    uint64_t sum = 0;
    int i = 0;
#if WL_SIMD_WASM
    /* No SAD instruction in Wasm: |p - q| is (p -sat q) | (q -sat p), then pairwise widening adds. */
    v128_t acc = wasm_i32x4_splat(0);
    for (; i + 16 <= PIXELS; i += 16) {
        v128_t a = wasm_v128_load(p + i), b = wasm_v128_load(q + i);
        v128_t d = wasm_v128_or(wasm_u8x16_sub_sat(a, b), wasm_u8x16_sub_sat(b, a));
        acc = wasm_i32x4_add(acc, wasm_u32x4_extadd_pairwise_u16x8(wasm_u16x8_extadd_pairwise_u8x16(d)));
    }
    sum += (uint64_t)wasm_u32x4_extract_lane(acc, 0) + wasm_u32x4_extract_lane(acc, 1) +
           wasm_u32x4_extract_lane(acc, 2) + wasm_u32x4_extract_lane(acc, 3);
#elif WL_SIMD_SSE2
    __m128i acc = _mm_setzero_si128();
    for (; i + 16 <= PIXELS; i += 16)
        acc = _mm_add_epi64(acc, _mm_sad_epu8(_mm_loadu_si128((const __m128i *)(p + i)),
                                              _mm_loadu_si128((const __m128i *)(q + i))));
    sum += (uint64_t)_mm_cvtsi128_si64(acc) + (uint64_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(acc, acc));
#endif
    for (; i < PIXELS; i++) sum += (uint64_t)(p[i] > q[i] ? p[i] - q[i] : q[i] - p[i]);
    return sum;
}

int64_t run(int32_t n) {
    uint8_t *image = malloc(PIXELS), *scratch = malloc(PIXELS), *next = malloc(PIXELS);
    memcpy(image, source, PIXELS);
    uint64_t h = WL_HASH_INIT;
    for (int32_t pass = 0; pass < n; pass++) {
        blur_rows(image, scratch);
        blur_columns(scratch, next);
        h = wl_mix(h, difference(image, next));
        uint8_t *t = image;
        image = next;
        next = t;
    }
    for (int i = 0; i < PIXELS; i += 8) {
        uint64_t word;
        memcpy(&word, image + i, 8);
        h = wl_mix(h, word);
    }
    free(image);
    free(scratch);
    free(next);
    return (int64_t)h;
}
