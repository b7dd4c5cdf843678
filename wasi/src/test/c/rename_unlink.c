/* Renaming, unlinking, removing directories, links: what succeeds and the errno of what does not. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golden.h"

static const char *dir;

static const char *p(const char *name) {
    static char buffers[4][512];
    static int next;
    char *b = buffers[next++ % 4];
    snprintf(b, 512, "%s/%s", dir, name);
    return b;
}

static void write_file(const char *name, const char *text) {
    FILE *f = fopen(p(name), "w");
    fputs(text, f);
    fclose(f);
}

static void show(const char *name) {
    char text[64] = {0};
    FILE *f = fopen(p(name), "r");
    if (f == NULL) {
        printf("  %s: %s\n", name, errname(errno));
        return;
    }
    fread(text, 1, sizeof text - 1, f);
    fclose(f);
    printf("  %s: [%s]\n", name, text);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: rename_unlink DIR\n");
        return 2;
    }
    dir = argv[1];
    write_file("a.txt", "A");
    write_file("b.txt", "B");
    mkdir(p("full"), 0755);
    write_file("full/inside.txt", "inside");
    mkdir(p("empty"), 0755);

    CHECK("rename a.txt c.txt", rename(p("a.txt"), p("c.txt")));
    show("a.txt");
    show("c.txt");
    CHECK("rename b.txt over c.txt", rename(p("b.txt"), p("c.txt")));
    show("c.txt");
    CHECK("rename a file over a directory", rename(p("c.txt"), p("full")));
    CHECK("rename a directory over a file", rename(p("empty"), p("c.txt")));
    CHECK("rename over a non-empty directory", rename(p("empty"), p("full")));
    CHECK("rename a directory into itself", rename(p("full"), p("full/sub")));
    CHECK("rename something missing", rename(p("missing"), p("x")));
    CHECK("rename into a missing directory", rename(p("c.txt"), p("nowhere/c.txt")));
    CHECK("rename a directory", rename(p("empty"), p("renamed")));
    CHECK("rename over an empty directory", rename(p("full"), p("renamed")));
    show("renamed/inside.txt");

    CHECK("link c.txt hard.txt", link(p("c.txt"), p("hard.txt")));
    struct stat st;
    stat(p("c.txt"), &st);
    printf("  links to c.txt: %d\n", (int) st.st_nlink);
    CHECK("link over an existing name", link(p("c.txt"), p("hard.txt")));
    CHECK("symlink c.txt soft.txt", symlink("c.txt", p("soft.txt")));
    char target[64] = {0};
    CHECK("readlink soft.txt", readlink(p("soft.txt"), target, sizeof target - 1));
    printf("  soft.txt -> %s\n", target);
    CHECK("readlink a regular file", readlink(p("c.txt"), target, sizeof target));
    lstat(p("soft.txt"), &st);
    printf("  lstat soft.txt is a link: %s\n", S_ISLNK(st.st_mode) ? "yes" : "no");
    show("soft.txt");

    CHECK("unlink c.txt", unlink(p("c.txt")));
    show("hard.txt");
    show("soft.txt");
    CHECK("unlink c.txt again", unlink(p("c.txt")));
    CHECK("unlink a directory", unlink(p("renamed")));
    CHECK("rmdir a non-empty directory", rmdir(p("renamed")));
    CHECK("rmdir a file", rmdir(p("hard.txt")));
    CHECK("rmdir something missing", rmdir(p("missing")));
    CHECK("mkdir an existing name", mkdir(p("hard.txt"), 0755));
    CHECK("unlink renamed/inside.txt", unlink(p("renamed/inside.txt")));
    CHECK("rmdir renamed", rmdir(p("renamed")));
    CHECK("unlink the dangling soft.txt", unlink(p("soft.txt")));
    CHECK("remove hard.txt", remove(p("hard.txt")));
    mkdir(p("gone"), 0755);
    CHECK("remove a directory", remove(p("gone")));
    struct stat none;
    CHECK("stat what was removed", stat(p("gone"), &none));
    return 0;
}
