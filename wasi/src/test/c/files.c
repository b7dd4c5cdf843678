/*
 * Files in a preopened directory (argv[1]): write, read, seek, append, positioned I/O, truncate,
 * stat, a fixture file, and the errnos of common mistakes.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "golden.h"

static char path_buf[4][512];

static const char *in_dir(int slot, const char *dir, const char *name) {
    snprintf(path_buf[slot], sizeof path_buf[slot], "%s/%s", dir, name);
    return path_buf[slot];
}

static void print_file(const char *label, const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        printf("%s: cannot open: %s\n", label, errname(errno));
        return;
    }
    char line[128];
    printf("%s:\n", label);
    while (fgets(line, sizeof line, f) != NULL) {
        printf("  | %s", line);
    }
    fclose(f);
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: files DIR\n");
        return 2;
    }
    const char *dir = argv[1];
    const char *notes = in_dir(0, dir, "notes.txt");

    FILE *f = fopen(notes, "w");
    for (int i = 1; i <= 4; i++) {
        fprintf(f, "line %d\n", i);
    }
    fclose(f);
    struct stat st;
    stat(notes, &st);
    printf("written %lld bytes, regular file: %s\n", (long long) st.st_size, S_ISREG(st.st_mode) ? "yes" : "no");

    f = fopen(notes, "r+");
    fseek(f, 5, SEEK_SET);
    fputc('A', f);
    fseek(f, 0, SEEK_END);
    printf("size by ftell: %ld\n", ftell(f));
    fseek(f, -7, SEEK_END);
    char tail[8] = {0};
    fread(tail, 1, 6, f);
    printf("last line: [%s]\n", tail);
    fclose(f);

    f = fopen(notes, "a");
    fputs("appended\n", f);
    fclose(f);
    print_file("after append", notes);

    int fd = open(notes, O_RDWR);
    printf("lseek end: %lld\n", (long long) lseek(fd, 0, SEEK_END));
    pwrite(fd, "LINE", 4, 0);
    char middle[7] = {0};
    pread(fd, middle, 6, 7);
    printf("pread at 7: [%s]\n", middle);
    printf("position unchanged by pread/pwrite: %lld\n", (long long) lseek(fd, 0, SEEK_CUR));
    ftruncate(fd, 14);
    fstat(fd, &st);
    printf("truncated to %lld\n", (long long) st.st_size);
    ftruncate(fd, 20);
    fstat(fd, &st);
    printf("extended to %lld\n", (long long) st.st_size);
    close(fd);
    f = fopen(notes, "rb");
    unsigned char bytes[32];
    size_t n = fread(bytes, 1, sizeof bytes, f);
    fclose(f);
    printf("bytes:");
    for (size_t i = 0; i < n; i++) {
        printf(bytes[i] >= 32 && bytes[i] < 127 ? " %c" : " \\%o", bytes[i]);
    }
    printf("\n");

    const char *numbers = in_dir(1, dir, "numbers.bin");
    f = fopen(numbers, "wb");
    for (int i = 0; i < 1000; i++) {
        int v = i * i;
        fwrite(&v, sizeof v, 1, f);
    }
    fclose(f);
    f = fopen(numbers, "rb");
    fseek(f, 500 * sizeof(int), SEEK_SET);
    int v500;
    fread(&v500, sizeof v500, 1, f);
    long long sum = 0;
    rewind(f);
    int v;
    while (fread(&v, sizeof v, 1, f) == 1) {
        sum += v;
    }
    fclose(f);
    printf("numbers[500]=%d sum=%lld\n", v500, sum);

    print_file("fixture", in_dir(2, dir, "input.txt"));

    CHECKP("fopen missing for reading", fopen(in_dir(3, dir, "missing.txt"), "r"));
    CHECK("O_CREAT|O_EXCL on an existing file", open(notes, O_WRONLY | O_CREAT | O_EXCL, 0644));
    fd = open(notes, O_RDONLY);
    CHECK("write to a read-only descriptor", write(fd, "x", 1));
    close(fd);
    CHECK("read from a closed descriptor", read(fd, tail, 1));
    fd = open(dir, O_RDONLY);
    CHECK("read a directory", read(fd, tail, 1));
    close(fd);
    CHECK("open a directory for writing", open(dir, O_WRONLY));
    CHECK("a file used as a directory", open(in_dir(3, notes, "x"), O_RDONLY));
    return 0;
}
