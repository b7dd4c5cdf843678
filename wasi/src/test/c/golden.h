/*
 * Shared by the golden programs: errno names (the same text natively and under WASI, unlike
 * strerror, whose wording differs between glibc and wasi-libc) and a way to print an outcome.
 */
#ifndef GOLDEN_H
#define GOLDEN_H

#include <errno.h>
#include <stdio.h>

static const char *errname(int e) {
    switch (e) {
    case 0: return "OK";
    case EPERM: return "EPERM";
    case ENOENT: return "ENOENT";
    case EIO: return "EIO";
    case EBADF: return "EBADF";
    case EAGAIN: return "EAGAIN";
    case EACCES: return "EACCES";
    case EEXIST: return "EEXIST";
    case EXDEV: return "EXDEV";
    case ENOTDIR: return "ENOTDIR";
    case EISDIR: return "EISDIR";
    case EINVAL: return "EINVAL";
    case ESPIPE: return "ESPIPE";
    case ENAMETOOLONG: return "ENAMETOOLONG";
    case ENOTEMPTY: return "ENOTEMPTY";
    case ELOOP: return "ELOOP";
    case EBUSY: return "EBUSY";
#ifdef ENOTCAPABLE
    case ENOTCAPABLE: return "ENOTCAPABLE";
#endif
    default: return "E?";
    }
}

/* Runs a call that returns -1 (or NULL through CHECKP) on failure and prints "label: OK" or "label: ENAME". */
#define CHECK(label, call) do { errno = 0; long r_ = (long) (call); \
        printf("%s: %s\n", (label), r_ < 0 ? errname(errno) : "OK"); } while (0)
#define CHECKP(label, call) do { errno = 0; void *p_ = (void *) (call); \
        printf("%s: %s\n", (label), p_ == NULL ? errname(errno) : "OK"); } while (0)

#endif
