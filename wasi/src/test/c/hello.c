/* The smallest command: stdout, stderr and a normal exit. */
#include <stdio.h>

int main(void) {
    printf("Hello from WebAssembly!\n");
    fputs("this line goes to stderr\n", stderr);
    puts("bye");
    return 0;
}
