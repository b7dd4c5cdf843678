/* Standard input to the end: counts lines, words and bytes, and echoes the first line upper-cased. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    long lines = 0, words = 0, bytes = 0;
    int in_word = 0, first_line = 1, c;
    char first[128];
    size_t first_length = 0;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (first_line && c != '\n' && first_length < sizeof first - 1) {
            first[first_length++] = (char) toupper(c);
        }
        if (c == '\n') {
            lines++;
            first_line = 0;
        }
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    first[first_length] = 0;
    printf("%ld lines, %ld words, %ld bytes\n", lines, words, bytes);
    printf("first line: %s\n", first);
    return 0;
}
