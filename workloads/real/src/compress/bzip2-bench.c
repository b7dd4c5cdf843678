/* bzip2 as a library: compresses generated text-like data (corpus.h) with the block size 900k,
 * decompresses it, checks the round trip and prints the sizes and a fingerprint of the compressed
 * stream. Exit 0 when the round trip is exact, 1 otherwise, 2 on a usage error. */
#include "bzlib.h"
#include "corpus.h"

int main(int argc, char **argv) {
  size_t n = corpus_size_argument(argc, argv, "bzip2-bench KIB (kibibytes of input to compress and decompress)");
  unsigned char *input = corpus_generate(n);
  unsigned int packed_cap = (unsigned int)(n + n / 100 + 600), packed_len = packed_cap;
  char *packed = malloc(packed_cap);
  char *back = malloc(n);
  unsigned int back_len = (unsigned int)n;
  if (!packed || !back) { fprintf(stderr, "out of memory\n"); return 1; }
  int rc = BZ2_bzBuffToBuffCompress(packed, &packed_len, (char *)input, (unsigned int)n, 9, 0, 0);
  if (rc != BZ_OK) { printf("compress failed: %d\n", rc); return 1; }
  rc = BZ2_bzBuffToBuffDecompress(back, &back_len, packed, packed_len, 0, 0);
  if (rc != BZ_OK) { printf("decompress failed: %d\n", rc); return 1; }
  int same = back_len == n && memcmp(back, input, n) == 0;
  printf("bzip2 %s: %zu bytes -> %u bytes, fnv1a %08x, round trip %s\n", BZ2_bzlibVersion(), n, packed_len,
         (unsigned)corpus_fnv1a((unsigned char *)packed, packed_len), same ? "exact" : "DIFFERENT");
  return same ? 0 : 1;
}
