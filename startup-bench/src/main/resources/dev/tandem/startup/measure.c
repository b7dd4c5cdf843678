/*
 * Runs one command and reports what the startup-process harness needs, measured by the kernel
 * rather than by a JVM around it: wall time from fork to exit (CLOCK_MONOTONIC) and the child's
 * peak resident set (wait4's ru_maxrss). The child's stdout goes to OUT; its stderr is discarded.
 *
 *   measure OUT COMMAND [ARG...]   prints: wall_ns=W maxrss_kb=R status=S
 *
 * status is the exit code, or 128 + the signal number when the child was killed.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: measure OUT COMMAND [ARG...]\n");
        return 2;
    }
    int out = open(argv[1], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int null = open("/dev/null", O_RDWR);
    if (out < 0 || null < 0) {
        perror("measure: open");
        return 2;
    }
    long long start = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 2;
    }
    if (pid == 0) {
        dup2(null, 0);
        dup2(out, 1);
        dup2(null, 2);
        execvp(argv[2], argv + 2);
        _exit(127);
    }
    int status;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 2;
    }
    long long wall = now_ns() - start;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    printf("wall_ns=%lld maxrss_kb=%ld status=%d\n", wall, usage.ru_maxrss, code);
    return 0;
}
