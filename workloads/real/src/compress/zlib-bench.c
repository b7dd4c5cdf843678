/* zlib as a library: deflates generated text-like data (corpus.h) at levels 1, 6 and 9 through
 * the streaming interface in 64 KiB pieces, inflates each result the same way, checks the round
 * trips and prints the sizes, the CRC-32 and Adler-32 of the input and a fingerprint of each
 * compressed stream. Exit 0 when every round trip is exact, 1 otherwise, 2 on a usage error. */
#include "corpus.h"
#include "zlib.h"

enum { PIECE = 64 * 1024 };

static size_t deflate_all(const unsigned char *in, size_t n, unsigned char *out, size_t cap, int level) {
  z_stream s;
  memset(&s, 0, sizeof s);
  if (deflateInit(&s, level) != Z_OK) return 0;
  size_t done = 0;
  int rc;
  do {
    size_t piece = n - done < PIECE ? n - done : PIECE;
    s.next_in = (unsigned char *)in + done;
    s.avail_in = (uInt)piece;
    done += piece;
    int flush = done == n ? Z_FINISH : Z_NO_FLUSH;
    do {
      s.next_out = out + s.total_out;
      s.avail_out = (uInt)(cap - s.total_out < PIECE ? cap - s.total_out : PIECE);
      rc = deflate(&s, flush);
    } while (s.avail_out == 0 && rc == Z_OK);
  } while (done < n);
  size_t total = rc == Z_STREAM_END ? s.total_out : 0;
  deflateEnd(&s);
  return total;
}

static size_t inflate_all(const unsigned char *in, size_t n, unsigned char *out, size_t cap) {
  z_stream s;
  memset(&s, 0, sizeof s);
  if (inflateInit(&s) != Z_OK) return 0;
  int rc = Z_OK;
  while (rc == Z_OK) {
    s.next_in = (unsigned char *)in + s.total_in;
    s.avail_in = (uInt)(n - s.total_in < PIECE ? n - s.total_in : PIECE);
    s.next_out = out + s.total_out;
    s.avail_out = (uInt)(cap - s.total_out < PIECE ? cap - s.total_out : PIECE);
    rc = inflate(&s, Z_NO_FLUSH);
    if (rc == Z_BUF_ERROR && s.avail_in == 0 && s.total_in < n) rc = Z_OK;
  }
  size_t total = rc == Z_STREAM_END ? s.total_out : 0;
  inflateEnd(&s);
  return total;
}

int main(int argc, char **argv) {
  size_t n = corpus_size_argument(argc, argv, "zlib-bench KIB (kibibytes of input to deflate and inflate at three levels)");
  unsigned char *input = corpus_generate(n);
  size_t cap = compressBound((uLong)n);
  unsigned char *packed = malloc(cap), *back = malloc(n + 1);
  if (!packed || !back) { fprintf(stderr, "out of memory\n"); return 1; }
  printf("zlib %s: %zu bytes, crc32 %08lx, adler32 %08lx\n", zlibVersion(), n,
         crc32(0L, input, (uInt)n), adler32(1L, input, (uInt)n));
  int exact = 1;
  static const int levels[] = { 1, 6, 9 };
  for (int i = 0; i < 3; i++) {
    size_t packed_len = deflate_all(input, n, packed, cap, levels[i]);
    size_t back_len = inflate_all(packed, packed_len, back, n + 1);
    int same = packed_len > 0 && back_len == n && memcmp(back, input, n) == 0;
    exact &= same;
    printf("level %d: %zu bytes, fnv1a %08x, round trip %s\n", levels[i], packed_len,
           (unsigned)corpus_fnv1a(packed, packed_len), same ? "exact" : "DIFFERENT");
  }
  return exact ? 0 : 1;
}
