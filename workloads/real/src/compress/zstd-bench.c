/* Zstandard as a library: compresses generated text-like data (corpus.h) at levels 1, 3 and 9
 * with one reused context, decompresses each result, checks the round trips and prints the sizes
 * and a fingerprint of each compressed frame. Exit 0 when every round trip is exact, 1 otherwise,
 * 2 on a usage error. */
#include "corpus.h"
#include "zstd.h"

int main(int argc, char **argv) {
  size_t n = corpus_size_argument(argc, argv, "zstd-bench KIB (kibibytes of input to compress and decompress at three levels)");
  unsigned char *input = corpus_generate(n);
  size_t cap = ZSTD_compressBound(n);
  unsigned char *packed = malloc(cap), *back = malloc(n);
  ZSTD_CCtx *cctx = ZSTD_createCCtx();
  ZSTD_DCtx *dctx = ZSTD_createDCtx();
  if (!packed || !back || !cctx || !dctx) { fprintf(stderr, "out of memory\n"); return 1; }
  printf("zstd %s: %zu bytes\n", ZSTD_versionString(), n);
  int exact = 1;
  static const int levels[] = { 1, 3, 9 };
  for (int i = 0; i < 3; i++) {
    size_t packed_len = ZSTD_compressCCtx(cctx, packed, cap, input, n, levels[i]);
    if (ZSTD_isError(packed_len)) { printf("level %d: %s\n", levels[i], ZSTD_getErrorName(packed_len)); return 1; }
    size_t back_len = ZSTD_decompressDCtx(dctx, back, n, packed, packed_len);
    int same = !ZSTD_isError(back_len) && back_len == n && memcmp(back, input, n) == 0;
    exact &= same;
    printf("level %d: %zu bytes, fnv1a %08x, round trip %s\n", levels[i], packed_len,
           (unsigned)corpus_fnv1a(packed, packed_len), same ? "exact" : "DIFFERENT");
  }
  ZSTD_freeCCtx(cctx);
  ZSTD_freeDCtx(dctx);
  return exact ? 0 : 1;
}
