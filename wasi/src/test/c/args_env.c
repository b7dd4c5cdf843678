/* Arguments (with spaces, empty, non-ASCII) and the environment, which holds only what the host passed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int by_string(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) {
        printf("argv[%d]=[%s] (%zu bytes)\n", i, argv[i], strlen(argv[i]));
    }
    int n = 0;
    while (environ[n] != NULL) {
        n++;
    }
    char **sorted = malloc((n + 1) * sizeof *sorted);
    memcpy(sorted, environ, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, by_string);
    printf("%d variables\n", n);
    for (int i = 0; i < n; i++) {
        printf("env [%s]\n", sorted[i]);
    }
    const char *greeting = getenv("GREETING");
    printf("GREETING=%s\n", greeting ? greeting : "(unset)");
    printf("MISSING is %s\n", getenv("MISSING") ? "set" : "unset");
    free(sorted);
    return 0;
}
