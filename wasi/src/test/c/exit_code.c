/* exit() with a code: stdio is flushed on the way out (the line has no newline), atexit handlers run. */
#include <stdio.h>
#include <stdlib.h>

static void goodbye(void) {
    printf(" / atexit ran");
}

int main(void) {
    atexit(goodbye);
    printf("exiting with 42");
    exit(42);
}
