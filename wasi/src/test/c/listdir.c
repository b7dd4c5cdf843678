/* Directory listing: a tree made by the program, listed with readdir, sorted, typed with lstat. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golden.h"

static int by_name(const void *a, const void *b) {
    return strcmp(*(char *const *) a, *(char *const *) b);
}

static const char *kind(mode_t mode) {
    if (S_ISDIR(mode)) return "dir";
    if (S_ISLNK(mode)) return "link";
    if (S_ISREG(mode)) return "file";
    return "other";
}

static void write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

/* Lists path (skipping . and ..) in name order, and what each entry is; recurses into directories. */
static void list(const char *path, int depth) {
    DIR *d = opendir(path);
    if (d == NULL) {
        printf("%*sopendir %s: %s\n", depth * 2, "", path, errname(errno));
        return;
    }
    char *names[64];
    int n = 0;
    int dots = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) {
            dots++;
            continue;
        }
        names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    printf("%*s%s: %d entries (and %d dot entries)\n", depth * 2, "", strrchr(path, '/') + 1, n, dots);
    for (int i = 0; i < n; i++) {
        char child[512];
        snprintf(child, sizeof child, "%s/%s", path, names[i]);
        struct stat st;
        lstat(child, &st);
        printf("%*s  %-12s %-4s %lld\n", depth * 2, "", names[i], kind(st.st_mode),
               S_ISREG(st.st_mode) ? (long long) st.st_size : 0LL);
        if (S_ISDIR(st.st_mode)) {
            list(child, depth + 2);
        }
        free(names[i]);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: listdir DIR\n");
        return 2;
    }
    char tree[512], path[512];
    snprintf(tree, sizeof tree, "%s/tree", argv[1]);
    CHECK("mkdir tree", mkdir(tree, 0755));
    CHECK("mkdir tree again", mkdir(tree, 0755));
    snprintf(path, sizeof path, "%s/sub", tree);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/sub/deeper", tree);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/alpha.txt", tree);
    write_file(path, "abc");
    snprintf(path, sizeof path, "%s/empty", tree);
    write_file(path, "");
    snprintf(path, sizeof path, "%s/Zeta.md", tree);
    write_file(path, "# a heading\n");
    snprintf(path, sizeof path, "%s/sub/inner.txt", tree);
    write_file(path, "inside\n");
    snprintf(path, sizeof path, "%s/link-to-alpha", tree);
    CHECK("symlink", symlink("alpha.txt", path));
    for (int i = 0; i < 40; i++) {
        snprintf(path, sizeof path, "%s/sub/deeper/file-%02d", tree, i);
        write_file(path, "x");
    }
    list(tree, 0);

    DIR *d = opendir(tree);
    int first = 0, second = 0;
    while (readdir(d) != NULL) first++;
    rewinddir(d);
    while (readdir(d) != NULL) second++;
    closedir(d);
    printf("rewinddir: %d then %d entries\n", first, second);
    snprintf(path, sizeof path, "%s/alpha.txt", tree);
    CHECKP("opendir on a file", opendir(path));
    snprintf(path, sizeof path, "%s/nothing", tree);
    CHECKP("opendir on nothing", opendir(path));
    return 0;
}
