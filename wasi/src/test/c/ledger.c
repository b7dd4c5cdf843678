/*
 * The "larger real C program": a small order ledger and text report, the kind of thing C is
 * still written for. It generates a deterministic order book, writes it as CSV, reads it back and
 * parses it, aggregates per customer in a hash table, sorts with qsort, looks products up with
 * bsearch, counts words of a text file, writes a report, reads it back to hash it, keeps fixed-size
 * binary records it seeks into, and renames and removes its scratch files.
 *
 * Everything it prints is independent of the platform (fixed-width integers, no pointers, no
 * sizes of structs), so the same source prints the same bytes natively (gcc) and under WASI on
 * every tier. Usage: ledger DIR, where DIR holds notes.txt and receives the scratch files.
 */
#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_LEN 32

/* ---- a deterministic generator (no rand(): its sequence differs between C libraries) ---- */

static uint64_t lcg_state = 0x2545F4914F6CDD1DULL;

static uint32_t next_random(void) {
    lcg_state = lcg_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t) (lcg_state >> 33);
}

static const char *const FIRST[] = {"Ada", "Alan", "Barbara", "Dennis", "Edsger", "Frances", "Grace",
                                    "Guido", "John", "Ken", "Leslie", "Margaret", "Niklaus", "Radia"};
static const char *const CITY[] = {"Oslo", "Lima", "Pune", "Kyiv", "Nice", "Graz", "Cork"};
static const char *const PRODUCT[] = {"bolt", "cable", "gear", "hinge", "lamp", "lever",
                                      "nut", "pulley", "spring", "valve", "washer", "wheel"};
#define COUNT(a) ((int) (sizeof(a) / sizeof((a)[0])))

/* ---- orders ---- */

typedef struct {
    int32_t id;
    char customer[NAME_MAX_LEN];
    char product[16];
    int32_t quantity;
    int64_t unit_cents;
} Order;

typedef struct {
    Order *items;
    size_t count;
    size_t capacity;
} OrderList;

static void *checked(void *p) {
    if (p == NULL) {
        fprintf(stderr, "ledger: out of memory\n");
        exit(3);
    }
    return p;
}

static void push(OrderList *list, const Order *o) {
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = checked(realloc(list->items, list->capacity * sizeof *list->items));
    }
    list->items[list->count++] = *o;
}

static void format_cents(char *out, size_t size, int64_t cents) {
    int64_t magnitude = cents < 0 ? -cents : cents;
    snprintf(out, size, "%s%" PRId64 ".%02" PRId64, cents < 0 ? "-" : "", magnitude / 100, magnitude % 100);
}

static int write_orders(const char *path, int n) {
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        perror("orders.csv");
        return -1;
    }
    fprintf(f, "id,customer,product,quantity,unit_cents\n");
    for (int i = 1; i <= n; i++) {
        const char *first = FIRST[next_random() % COUNT(FIRST)];
        const char *city = CITY[next_random() % COUNT(CITY)];
        const char *product = PRODUCT[next_random() % COUNT(PRODUCT)];
        int quantity = 1 + (int) (next_random() % 40);
        int64_t unit = 50 + (int64_t) (next_random() % 25000);
        fprintf(f, "%d,%s of %s,%s,%d,%" PRId64 "\n", i, first, city, product, quantity, unit);
        if (i % 97 == 0) {
            fprintf(f, "# a comment line the parser skips\n");
        }
    }
    fprintf(f, "999,broken line without enough fields\n");
    return fclose(f);
}

/* Parses one CSV line; returns 0 for a well-formed order. */
static int parse_order(char *line, Order *o) {
    char *save = NULL;
    char *fields[5];
    int n = 0;
    line[strcspn(line, "\r\n")] = 0;
    for (char *tok = strtok_r(line, ",", &save); tok != NULL && n < 5; tok = strtok_r(NULL, ",", &save)) {
        fields[n++] = tok;
    }
    if (n != 5) {
        return -1;
    }
    char *end;
    o->id = (int32_t) strtol(fields[0], &end, 10);
    if (*end != 0) {
        return -1;
    }
    strncpy(o->customer, fields[1], sizeof o->customer - 1);
    o->customer[sizeof o->customer - 1] = 0;
    strncpy(o->product, fields[2], sizeof o->product - 1);
    o->product[sizeof o->product - 1] = 0;
    o->quantity = (int32_t) strtol(fields[3], &end, 10);
    o->unit_cents = strtoll(fields[4], &end, 10);
    return *end == 0 && o->quantity > 0 ? 0 : -1;
}

static int read_orders(const char *path, OrderList *list, int *skipped) {
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    char line[256];
    int number = 0;
    *skipped = 0;
    while (fgets(line, sizeof line, f) != NULL) {
        number++;
        if (number == 1 || line[0] == '#') {
            continue;
        }
        Order o;
        if (parse_order(line, &o) == 0) {
            push(list, &o);
        } else {
            (*skipped)++;
        }
    }
    fclose(f);
    return 0;
}

/* ---- customers: a chained hash table ---- */

typedef struct Customer {
    char name[NAME_MAX_LEN];
    int64_t revenue_cents;
    int32_t orders;
    int32_t largest_order_id;
    int64_t largest_cents;
    struct Customer *next;
} Customer;

#define BUCKETS 61

static uint32_t hash_string(const char *s) {
    uint32_t h = 2166136261u;
    while (*s) {
        h = (h ^ (unsigned char) *s++) * 16777619u;
    }
    return h;
}

static Customer *customer(Customer **table, const char *name, int *distinct) {
    uint32_t b = hash_string(name) % BUCKETS;
    for (Customer *c = table[b]; c != NULL; c = c->next) {
        if (strcmp(c->name, name) == 0) {
            return c;
        }
    }
    Customer *c = checked(calloc(1, sizeof *c));
    memcpy(c->name, name, strlen(name) + 1);
    c->next = table[b];
    table[b] = c;
    (*distinct)++;
    return c;
}

static int by_revenue(const void *a, const void *b) {
    const Customer *x = *(Customer *const *) a, *y = *(Customer *const *) b;
    if (x->revenue_cents != y->revenue_cents) {
        return x->revenue_cents > y->revenue_cents ? -1 : 1;
    }
    return strcmp(x->name, y->name);
}

/* ---- products: a sorted array searched with bsearch ---- */

typedef struct {
    const char *name;
    int64_t units;
    int64_t cents;
} ProductTotal;

static int by_product_name(const void *a, const void *b) {
    return strcmp(((const ProductTotal *) a)->name, ((const ProductTotal *) b)->name);
}

/* ---- words ---- */

typedef struct {
    char *word;
    int count;
} WordCount;

static int by_frequency(const void *a, const void *b) {
    const WordCount *x = a, *y = b;
    return x->count != y->count ? y->count - x->count : strcmp(x->word, y->word);
}

static char *read_whole_file(const char *path, long *size) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    fseek(f, 0, SEEK_END);
    *size = ftell(f);
    rewind(f);
    char *text = checked(malloc((size_t) *size + 1));
    size_t got = fread(text, 1, (size_t) *size, f);
    text[got] = 0;
    fclose(f);
    return text;
}

static void count_words(const char *text, FILE *report) {
    WordCount *words = NULL;
    int n = 0, capacity = 0, total = 0, sentences = 0, the = 0;
    char word[64], longest[64] = "";
    for (const char *p = text; *p; p++) {
        if (*p == '.' || *p == '!' || *p == '?') {
            sentences++;
        }
    }
    for (const char *p = text; (p = strstr(p, "the")) != NULL; p += 3) {
        the++;
    }
    const char *p = text;
    while (*p) {
        while (*p && !isalpha((unsigned char) *p)) {
            p++;
        }
        int len = 0;
        while (isalpha((unsigned char) *p) || (*p == '\'' && isalpha((unsigned char) p[1]))) {
            if (len < (int) sizeof word - 1) {
                word[len++] = (char) tolower((unsigned char) *p);
            }
            p++;
        }
        if (len == 0) {
            continue;
        }
        word[len] = 0;
        total++;
        if (strlen(word) > strlen(longest)) {
            strcpy(longest, word);
        }
        int i = 0;
        while (i < n && strcmp(words[i].word, word) != 0) {
            i++;
        }
        if (i == n) {
            if (n == capacity) {
                capacity = capacity ? capacity * 2 : 32;
                words = checked(realloc(words, (size_t) capacity * sizeof *words));
            }
            words[n].word = checked(strdup(word));
            words[n].count = 0;
            n++;
        }
        words[i].count++;
    }
    qsort(words, (size_t) n, sizeof *words, by_frequency);
    fprintf(report, "words: %d (%d distinct), sentences: %d, \"the\" appears %d times, longest: %s\n",
            total, n, sentences, the, longest);
    for (int i = 0; i < n && i < 12; i++) {
        fprintf(report, "  %-12s %3d %.*s\n", words[i].word, words[i].count, words[i].count, "################################");
    }
    for (int i = 0; i < n; i++) {
        free(words[i].word);
    }
    free(words);
}

/* ---- the report ---- */

static void path_in(char *out, size_t size, const char *dir, const char *name) {
    snprintf(out, size, "%s/%s", dir, name);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: ledger DIR\n");
        return 2;
    }
    const char *dir = argv[1];
    char orders_path[512], report_path[512], final_path[512], notes_path[512], records_path[512];
    path_in(orders_path, sizeof orders_path, dir, "orders.csv");
    path_in(report_path, sizeof report_path, dir, "report.tmp");
    path_in(final_path, sizeof final_path, dir, "report.txt");
    path_in(notes_path, sizeof notes_path, dir, "notes.txt");
    path_in(records_path, sizeof records_path, dir, "records.bin");

    if (write_orders(orders_path, 600) != 0) {
        return 1;
    }
    OrderList orders = {0};
    int skipped;
    if (read_orders(orders_path, &orders, &skipped) != 0) {
        perror("reading orders");
        return 1;
    }
    printf("parsed %zu orders, skipped %d malformed line(s)\n", orders.count, skipped);

    Customer *table[BUCKETS] = {0};
    int distinct = 0;
    ProductTotal products[COUNT(PRODUCT)];
    for (int i = 0; i < COUNT(PRODUCT); i++) {
        products[i] = (ProductTotal) {PRODUCT[i], 0, 0};
    }
    qsort(products, COUNT(PRODUCT), sizeof products[0], by_product_name);
    int64_t grand = 0;
    for (size_t i = 0; i < orders.count; i++) {
        const Order *o = &orders.items[i];
        int64_t cents = o->unit_cents * o->quantity;
        grand += cents;
        Customer *c = customer(table, o->customer, &distinct);
        c->revenue_cents += cents;
        c->orders++;
        if (cents > c->largest_cents) {
            c->largest_cents = cents;
            c->largest_order_id = o->id;
        }
        ProductTotal key = {o->product, 0, 0};
        ProductTotal *p = bsearch(&key, products, COUNT(PRODUCT), sizeof products[0], by_product_name);
        if (p != NULL) {
            p->units += o->quantity;
            p->cents += cents;
        }
    }

    Customer **ranked = checked(malloc((size_t) distinct * sizeof *ranked));
    int k = 0;
    for (int b = 0; b < BUCKETS; b++) {
        for (Customer *c = table[b]; c != NULL; c = c->next) {
            ranked[k++] = c;
        }
    }
    qsort(ranked, (size_t) distinct, sizeof *ranked, by_revenue);

    FILE *report = fopen(report_path, "w");
    char money[32], largest[32];
    format_cents(money, sizeof money, grand);
    fprintf(report, "LEDGER REPORT\n=============\n%zu orders from %d customers, %s in total\n\n",
            orders.count, distinct, money);
    fprintf(report, "top customers:\n");
    for (int i = 0; i < distinct && i < 10; i++) {
        format_cents(money, sizeof money, ranked[i]->revenue_cents);
        format_cents(largest, sizeof largest, ranked[i]->largest_cents);
        fprintf(report, "  %2d. %-20s %10s over %2d orders (largest #%d: %s)\n", i + 1, ranked[i]->name, money,
                ranked[i]->orders, ranked[i]->largest_order_id, largest);
    }
    fprintf(report, "\nproducts:\n");
    for (int i = 0; i < COUNT(PRODUCT); i++) {
        format_cents(money, sizeof money, products[i].cents);
        double average = products[i].units ? (double) products[i].cents / 100.0 / (double) products[i].units : 0.0;
        fprintf(report, "  %-8s %5" PRId64 " units %12s  avg %8.2f\n", products[i].name, products[i].units, money, average);
    }
    long notes_size;
    char *notes = read_whole_file(notes_path, &notes_size);
    fprintf(report, "\nnotes.txt (%ld bytes):\n", notes_size);
    if (notes != NULL) {
        count_words(notes, report);
        free(notes);
    }
    fclose(report);

    long report_size;
    char *text = read_whole_file(report_path, &report_size);
    uint64_t h = 14695981039346656037ULL;
    for (long i = 0; i < report_size; i++) {
        h = (h ^ (unsigned char) text[i]) * 1099511628211ULL;
    }
    fputs(text, stdout);
    free(text);
    printf("\nreport: %ld bytes, fnv1a %016" PRIx64 "\n", report_size, h);
    if (rename(report_path, final_path) != 0 || remove(orders_path) != 0) {
        perror("tidying up");
        return 1;
    }

    /* Fixed-size records: written in order, then read back out of order with fseek. */
    FILE *records = fopen(records_path, "w+b");
    for (size_t i = 0; i < orders.count; i++) {
        fwrite(&orders.items[i], sizeof(Order), 1, records);
    }
    int checked_records = 0, mismatches = 0;
    for (size_t i = orders.count; i-- > 0; i = i > 37 ? i - 37 : 0) {
        Order back;
        fseek(records, (long) (i * sizeof(Order)), SEEK_SET);
        if (fread(&back, sizeof back, 1, records) != 1 || memcmp(&back, &orders.items[i], sizeof back) != 0) {
            mismatches++;
        }
        checked_records++;
        if (i == 0) {
            break;
        }
    }
    fclose(records);
    printf("records: %d read back by seeking, %d mismatches\n", checked_records, mismatches);

    char line[64] = "reverse me, in place";
    size_t len = strlen(line);
    for (size_t i = 0; i < len / 2; i++) {
        char t = line[i];
        line[i] = line[len - 1 - i];
        line[len - 1 - i] = t;
    }
    memmove(line + 4, line, len + 1);
    memcpy(line, ">>> ", 4);
    strncat(line, " <<<", sizeof line - strlen(line) - 1);
    printf("%s\n", line);

    FILE *check = fopen(final_path, "r");
    FILE *gone = fopen(orders_path, "r");
    printf("report.txt exists: %s, orders.csv removed: %s\n", check ? "yes" : "no", gone ? "no" : "yes");
    if (check) {
        fclose(check);
    }
    for (int b = 0; b < BUCKETS; b++) {
        while (table[b] != NULL) {
            Customer *next = table[b]->next;
            free(table[b]);
            table[b] = next;
        }
    }
    free(ranked);
    free(orders.items);
    printf("done\n");
    return 0;
}
