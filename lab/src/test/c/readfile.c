/*
 * The lab's stand-in for a real program in its tests: prints its argument count and argv[2], then the
 * file named by argv[1] (read through a preopened directory), then exits with the status given as
 * argv[2]. It does not print argv[1]: natively that path is the host's, as with real programs.
 * Built by: clang-16 --target=wasm32-wasi -O2 -Wl,--strip-debug readfile.c -o readfile.wasm
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    if (argc < 3) {
        return 2;
    }
    printf("argv[2]=%s\n", argv[2]);
    FILE *f = fopen(argv[1], "r");
    if (f == NULL) {
        perror(argv[1]);
        return 3;
    }
    char buffer[256];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, f)) > 0) {
        fwrite(buffer, 1, n, stdout);
    }
    fclose(f);
    fflush(stdout);
    exit(atoi(argv[2]));
}
