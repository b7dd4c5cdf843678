/* Random bytes: two draws of getentropy differ and look random enough to be from a real source. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(void) {
    unsigned char a[64], b[64];
    int ra = getentropy(a, 32) | getentropy(a + 32, 32);
    int rb = getentropy(b, 32) | getentropy(b + 32, 32);
    printf("getentropy: %d %d\n", ra, rb);
    printf("two draws differ: %s\n", memcmp(a, b, sizeof a) != 0 ? "yes" : "no");
    int seen[256] = {0};
    int distinct = 0;
    for (int i = 0; i < 64; i++) {
        distinct += !seen[a[i]]++;
    }
    printf("at least 32 distinct bytes in 64: %s\n", distinct >= 32 ? "yes" : "no");
    return 0;
}
