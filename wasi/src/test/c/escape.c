/*
 * Escape attempts from the preopen /sandbox, each of which must be refused: ".." above the
 * preopen, absolute paths outside it, and symbolic links the host left in it (one relative, one
 * absolute) or the program makes. The golden runner checks afterwards that the directory next to
 * the sandbox ("outside", holding secret.txt) is exactly as it was.
 *
 * wasi-libc resolves absolute paths against the preopens itself: a path under no preopen (like
 * /etc/passwd) fails there with ENOTCAPABLE before the host sees it. A path under /sandbox
 * reaches the host relative to the preopen, and the host refuses what leaves it with
 * ENOTCAPABLE. The raw WASI calls at the end hand the host paths wasi-libc would not.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wasi/api.h>

#include "golden.h"

static void raw(const char *label, __wasi_errno_t e) {
    printf("%s: %s\n", label, e == 0 ? "OK" : errname(e));
}

int main(void) {
    struct stat st;
    char buffer[64];

    CHECK("open /sandbox/../outside/secret.txt", open("/sandbox/../outside/secret.txt", O_RDONLY));
    CHECK("open /sandbox/sub/../../outside/secret.txt", open("/sandbox/sub/../../outside/secret.txt", O_RDONLY));
    CHECK("stat /sandbox/..", stat("/sandbox/..", &st));
    CHECKP("opendir /sandbox/..", opendir("/sandbox/.."));
    CHECK("create /sandbox/../outside/new.txt", open("/sandbox/../outside/new.txt", O_WRONLY | O_CREAT, 0644));
    CHECK("mkdir /sandbox/../outside/newdir", mkdir("/sandbox/../outside/newdir", 0755));
    CHECK("unlink /sandbox/../outside/secret.txt", unlink("/sandbox/../outside/secret.txt"));
    CHECK("rename into outside", rename("/sandbox/inside.txt", "/sandbox/../outside/stolen.txt"));
    CHECK("rename from outside", rename("/sandbox/../outside/secret.txt", "/sandbox/stolen.txt"));
    CHECK("link to outside", link("/sandbox/../outside/secret.txt", "/sandbox/hard.txt"));

    CHECK("open /etc/passwd", open("/etc/passwd", O_RDONLY));
    CHECK("stat /", stat("/", &st));
    CHECK("chdir /sandbox", chdir("/sandbox"));
    CHECK("open ../outside/secret.txt from /sandbox", open("../outside/secret.txt", O_RDONLY));
    CHECK("open inside.txt from /sandbox", open("inside.txt", O_RDONLY));

    CHECK("lstat the host's relative link", lstat("/sandbox/link-out", &st));
    CHECK("open the host's relative link", open("/sandbox/link-out", O_RDONLY));
    CHECK("stat the host's relative link", stat("/sandbox/link-out", &st));
    CHECK("write through the host's relative link", open("/sandbox/link-out", O_WRONLY | O_TRUNC));
    CHECK("open the host's absolute link", open("/sandbox/link-abs", O_RDONLY));
    CHECK("open through a link to ..", open("/sandbox/link-up/outside/secret.txt", O_RDONLY));
    CHECK("readlink is allowed (the text is no access)", readlink("/sandbox/link-out", buffer, sizeof buffer));
    CHECK("symlink to an absolute path", symlink("/etc/passwd", "/sandbox/abs-link"));
    CHECK("symlink pointing up", symlink("../outside/secret.txt", "/sandbox/up-link"));
    CHECK("symlink pointing up from a subdirectory", symlink("../../outside/secret.txt", "/sandbox/sub/up-link"));
    CHECK("symlink pointing inside from a subdirectory", symlink("../inside.txt", "/sandbox/sub/in-link"));
    CHECK("open the link the program made", open("/sandbox/sub/in-link", O_RDONLY));
    CHECK("O_NOFOLLOW on a link", open("/sandbox/sub/in-link", O_RDONLY | O_NOFOLLOW));

    __wasi_fd_t fd;
    raw("path_open with an absolute path", __wasi_path_open(3, 0, "/etc/passwd", 0, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    raw("path_open with ..", __wasi_path_open(3, 0, "..", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &fd));
    raw("path_create_directory with an absolute path", __wasi_path_create_directory(3, "/tmp/x"));
    __wasi_filestat_t fst;
    raw("path_filestat_get of ../outside", __wasi_path_filestat_get(3, 0, "../outside", &fst));

    int in = open("/sandbox/inside.txt", O_RDONLY);
    ssize_t n = read(in, buffer, sizeof buffer - 1);
    buffer[n > 0 ? n : 0] = 0;
    printf("inside.txt still readable: %s", buffer);
    return 0;
}
