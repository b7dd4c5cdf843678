/* The input every compressor driver here works on, and the few helpers they share: text-like data
 * generated from a fixed seed (words of a small vocabulary with Zipf-like frequencies, numbers and
 * punctuation, some lines repeated), so that it compresses about as well as prose or a log file and
 * is the same on every engine. Header-only: each driver is one command, built from its own source. */
#ifndef TANDEM_CORPUS_H
#define TANDEM_CORPUS_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t corpus_state = 0x9e3779b97f4a7c15ULL;

/* splitmix64, as in workloads/src/workload.h */
static uint64_t corpus_next(void) {
  uint64_t z = (corpus_state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

static const char *const corpus_words[] = {
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by",
  "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had",
  "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if",
  "more", "when", "will", "would", "who", "so", "no", "memory", "module", "function", "table",
  "value", "stack", "branch", "compile", "runtime", "interpreter", "benchmark", "compressor",
};

/* n bytes of text-like data in a new buffer (exits on allocation failure). */
static unsigned char *corpus_generate(size_t n) {
  unsigned char *out = malloc(n ? n : 1);
  if (!out) { fprintf(stderr, "out of memory for %zu bytes of input\n", n); exit(1); }
  const size_t nwords = sizeof corpus_words / sizeof corpus_words[0];
  size_t at = 0;
  while (at < n) {
    uint64_t r = corpus_next();
    char piece[32];
    size_t len;
    if (r % 97 == 0 && at > 64) {
      /* repeat an earlier line fragment: long-distance matches */
      size_t from = (size_t)(corpus_next() % at), k = 24 + (size_t)(r >> 40) % 40;
      for (size_t i = 0; i < k && at < n && from + i < at; i++) out[at++] = out[from + i];
      continue;
    }
    if (r % 11 == 0) {
      len = (size_t)snprintf(piece, sizeof piece, "%u", (unsigned)(r >> 20) % 100000u);
    } else {
      /* the square of a uniform index: common words much more often than rare ones */
      size_t u = (size_t)((r >> 8) % nwords);
      len = strlen(strcpy(piece, corpus_words[u * u / nwords]));
    }
    piece[len++] = (r >> 50) % 13 == 0 ? '\n' : (r >> 50) % 7 == 0 ? ',' : ' ';
    for (size_t i = 0; i < len && at < n; i++) out[at++] = (unsigned char)piece[i];
  }
  return out;
}

/* FNV-1a, 32 bits: a short fingerprint of the compressed bytes for the output. */
static uint32_t corpus_fnv1a(const unsigned char *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

/* The size argument: kibibytes of input, 1 to 1048576. */
static size_t corpus_size_argument(int argc, char **argv, const char *usage) {
  char *end;
  long kib = argc == 2 ? strtol(argv[1], &end, 10) : 0;
  if (argc != 2 || *end != '\0' || kib < 1 || kib > 1048576) {
    fprintf(stderr, "usage: %s\n", usage);
    exit(2);
  }
  return (size_t)kib * 1024;
}

#endif
