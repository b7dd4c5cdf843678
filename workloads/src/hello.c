/*
 * hello: the smallest WASI program that prints a line, for measuring start-up. The Wasm build
 * has no libc start-up code and a single import (fd_write); natively it is a plain write(2).
 */
#define MESSAGE "Hello from Tandem.\n"

#ifdef __wasi__
#include <wasi/api.h>

void _start(void) {
    __wasi_ciovec_t line = {(const uint8_t *)MESSAGE, sizeof MESSAGE - 1};
    __wasi_size_t written;
    /* A failed write traps rather than exiting with a code: proc_exit would be a second import. */
    if (__wasi_fd_write(1, &line, 1, &written) != 0 || written != sizeof MESSAGE - 1) __builtin_trap();
}
#else
#include <unistd.h>

int main(void) {
    return write(1, MESSAGE, sizeof MESSAGE - 1) == (ssize_t)(sizeof MESSAGE - 1) ? 0 : 1;
}
#endif
