/*
 * json: parses a generated ~100 KiB pretty-printed JSON document into a tree (one malloc per
 * string and container, arrays grown by realloc), walks it, serializes it compactly and frees it.
 * n = number of such rounds; the first round also checks that the compact output parses back to
 * the same text. Stresses byte-at-a-time scanning with many small branches, recursive descent,
 * string escapes and UTF-8 encoding, and small allocations.
 */
#include <stdlib.h>

#include "workload.h"

#define DOC_TARGET (100u * 1024)
#define DOC_CAP (DOC_TARGET + 8192)
#define MAX_DEPTH 64

typedef enum { J_NULL, J_FALSE, J_TRUE, J_INT, J_REAL, J_STRING, J_ARRAY, J_OBJECT } jkind;

typedef struct jvalue jvalue;
typedef struct jmember jmember;

struct jvalue {
    jkind kind;
    uint32_t count; /* string bytes, array items or object members */
    union {
        int64_t integer;
        struct {
            double value;
            const char *text; /* the number as written, for the serializer */
        } real;
        char *chars;
        jvalue *items;
        jmember *members;
    } as;
};

struct jmember {
    char *key;
    uint32_t key_len;
    jvalue value;
};

/* ---- the generated document ---- */

static char document[DOC_CAP];
static uint32_t doc_len;

static void put(const char *s) {
    size_t len = strlen(s);
    memcpy(document + doc_len, s, len);
    doc_len += (uint32_t)len;
}

static void put_int(int64_t v) {
    char digits[24];
    int k = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do digits[k++] = (char)('0' + u % 10); while (u /= 10);
    if (v < 0) document[doc_len++] = '-';
    while (k) document[doc_len++] = digits[--k];
}

static void indent(int depth) {
    document[doc_len++] = '\n';
    for (int i = 0; i < depth; i++) put("  ");
}

static void put_word(wl_rng *rng) {
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zen", "qu"};
    int count = 1 + (int)wl_below(rng, 3);
    for (int i = 0; i < count; i++) put(syllables[wl_below(rng, 10)]);
}

/* Strings mix plain words with every escape form, \u escapes (including a surrogate pair) and
   raw UTF-8, so the parser's slow paths run as well as its fast one. */
static void put_string(wl_rng *rng, int fancy) {
    static const char *const extras[] = {"\\n", "\\\"", "\\\\", "\\t", "\\/", "\\u00e9", "\\ud83d\\ude00",
                                         "\xc3\xa9t\xc3\xa9", "\\u0001", "\\r\\n", "\\b\\f"};
    document[doc_len++] = '"';
    int words = 1 + (int)wl_below(rng, fancy ? 6 : 2);
    for (int i = 0; i < words; i++) {
        if (i) document[doc_len++] = ' ';
        put_word(rng);
        if (fancy && wl_below(rng, 3) == 0) put(extras[wl_below(rng, 11)]);
    }
    document[doc_len++] = '"';
}

static void put_real(wl_rng *rng) {
    put_int((int64_t)wl_below(rng, 20000) - 10000);
    document[doc_len++] = '.';
    put_int(wl_below(rng, 1000));
    uint32_t form = wl_below(rng, 4);
    if (form == 0) put("e-3");
    if (form == 1) put("E+2");
}

static void put_key(int depth, const char *key) {
    indent(depth);
    document[doc_len++] = '"';
    put(key);
    put("\": ");
}

static void put_record(wl_rng *rng, int64_t id, int depth) {
    put("{");
    put_key(depth + 1, "id"); put_int(id); put(",");
    put_key(depth + 1, "name"); put_string(rng, 0); put(",");
    put_key(depth + 1, "score"); put_real(rng); put(",");
    put_key(depth + 1, "active"); put(wl_next(rng) & 1 ? "true" : "false"); put(",");
    put_key(depth + 1, "parent"); if (id % 7 == 0) put("null"); else put_int(id / 2); put(",");
    put_key(depth + 1, "tags"); put("[");
    for (uint32_t i = 0, tags = wl_below(rng, 5); i < tags; i++) {
        if (i) put(", ");
        put_string(rng, 0);
    }
    put("],");
    put_key(depth + 1, "note"); put_string(rng, 1); put(",");
    put_key(depth + 1, "history"); put("[");
    for (uint32_t i = 0, entries = wl_below(rng, 4); i < entries; i++) {
        if (i) put(",");
        indent(depth + 2);
        put("{\"t\": "); put_int((int64_t)wl_below(rng, 1u << 30) * 1000); put(", \"v\": [");
        for (uint32_t k = 0, values = wl_below(rng, 6); k < values; k++) {
            if (k) put(", ");
            put_int((int64_t)wl_below(rng, 2000) - 1000);
        }
        put("], \"deep\": [[[[]], {}], {\"x\": [null, true]}]}");
    }
    if (doc_len && document[doc_len - 1] == '}') indent(depth + 1);
    put("]");
    indent(depth);
    put("}");
}

void setup(void) {
    wl_rng rng = {0x6a736f6eull};
    doc_len = 0;
    put("{\n  \"generator\": \"tandem workloads\",\n  \"version\": 3,\n  \"records\": [");
    for (int64_t id = 1; doc_len < DOC_TARGET; id++) {
        if (id > 1) put(",");
        indent(2);
        put_record(&rng, id * 7919, 2);
    }
    put("\n  ]\n}\n");
}

/* ---- parsing ---- */

typedef struct {
    const char *p, *end;
    int failed;
    int depth;
} parser;

static void skip_space(parser *ps) {
    while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\n' || *ps->p == '\r' || *ps->p == '\t')) ps->p++;
}

static int expect(parser *ps, char c) {
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == c) {
        ps->p++;
        return 1;
    }
    ps->failed = 1;
    return 0;
}

static int hex4(const char *p, uint32_t *out) {
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        uint32_t d = c >= '0' && c <= '9' ? (uint32_t)(c - '0')
                   : c >= 'a' && c <= 'f' ? (uint32_t)(c - 'a' + 10)
                   : c >= 'A' && c <= 'F' ? (uint32_t)(c - 'A' + 10) : 16u;
        if (d == 16) return 0;
        v = v << 4 | d;
    }
    *out = v;
    return 1;
}

static char *utf8(char *out, uint32_t cp) {
    if (cp < 0x80) {
        *out++ = (char)cp;
    } else if (cp < 0x800) {
        *out++ = (char)(0xc0 | cp >> 6);
        *out++ = (char)(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *out++ = (char)(0xe0 | cp >> 12);
        *out++ = (char)(0x80 | (cp >> 6 & 0x3f));
        *out++ = (char)(0x80 | (cp & 0x3f));
    } else {
        *out++ = (char)(0xf0 | cp >> 18);
        *out++ = (char)(0x80 | (cp >> 12 & 0x3f));
        *out++ = (char)(0x80 | (cp >> 6 & 0x3f));
        *out++ = (char)(0x80 | (cp & 0x3f));
    }
    return out;
}

/* Parses a string after its opening quote; the decoded form is never longer than the source. */
static char *parse_string(parser *ps, uint32_t *len) {
    const char *q = ps->p;
    while (q < ps->end && *q != '"') q += (*q == '\\' && q + 1 < ps->end) ? 2 : 1;
    if (q >= ps->end) {
        ps->failed = 1;
        return NULL;
    }
    char *chars = malloc((size_t)(q - ps->p) + 1);
    char *out = chars;
    const char *p = ps->p;
    while (p < q) {
        unsigned char c = (unsigned char)*p++;
        if (c < 0x20) goto bad;
        if (c != '\\') {
            *out++ = (char)c;
            continue;
        }
        char e = *p++;
        uint32_t cp, low;
        switch (e) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '/': *out++ = '/'; break;
        case 'b': *out++ = '\b'; break;
        case 'f': *out++ = '\f'; break;
        case 'n': *out++ = '\n'; break;
        case 'r': *out++ = '\r'; break;
        case 't': *out++ = '\t'; break;
        case 'u':
            if (q - p < 4 || !hex4(p, &cp)) goto bad;
            p += 4;
            if (cp >= 0xdc00 && cp <= 0xdfff) goto bad;
            if (cp >= 0xd800 && cp <= 0xdbff) {
                if (q - p < 6 || p[0] != '\\' || p[1] != 'u' || !hex4(p + 2, &low) || low < 0xdc00 || low > 0xdfff)
                    goto bad;
                p += 6;
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
            }
            out = utf8(out, cp);
            break;
        default: goto bad;
        }
    }
    ps->p = q + 1;
    *out = '\0';
    *len = (uint32_t)(out - chars);
    return chars;
bad:
    free(chars);
    ps->failed = 1;
    return NULL;
}

static const double exact_powers[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                      1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Not correctly rounded for long mantissas, but the same arithmetic in every build. */
static double scale(double v, int32_t exp10) {
    for (; exp10 > 22; exp10 -= 22) v *= 1e22;
    for (; exp10 < -22; exp10 += 22) v /= 1e22;
    return exp10 >= 0 ? v * exact_powers[exp10] : v / exact_powers[-exp10];
}

static void parse_number(parser *ps, jvalue *out) {
    const char *start = ps->p, *p = ps->p, *end = ps->end;
    int negative = p < end && *p == '-';
    p += negative;
    if (p >= end || *p < '0' || *p > '9' || (*p == '0' && p + 1 < end && p[1] >= '0' && p[1] <= '9')) {
        ps->failed = 1;
        return;
    }
    uint64_t mantissa = 0;
    int32_t digits = 0, dropped = 0, exp10 = 0;
    for (; p < end && *p >= '0' && *p <= '9'; p++, digits++) {
        if (digits < 19) mantissa = mantissa * 10 + (uint64_t)(*p - '0');
        else dropped++;
    }
    int is_int = digits <= 18;
    if (p < end && *p == '.') {
        is_int = 0;
        if (++p >= end || *p < '0' || *p > '9') goto bad;
        for (; p < end && *p >= '0' && *p <= '9'; p++) {
            if (digits < 19) {
                mantissa = mantissa * 10 + (uint64_t)(*p - '0');
                exp10--;
                if (mantissa) digits++;
            }
        }
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        is_int = 0;
        p++;
        int exp_negative = p < end && *p == '-';
        if (p < end && (*p == '-' || *p == '+')) p++;
        if (p >= end || *p < '0' || *p > '9') goto bad;
        int32_t e = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (e < 10000) e = e * 10 + (*p - '0');
        exp10 += exp_negative ? -e : e;
    }
    ps->p = p;
    if (is_int) {
        out->kind = J_INT;
        out->as.integer = negative ? -(int64_t)mantissa : (int64_t)mantissa;
    } else {
        double v = scale((double)mantissa, exp10 + dropped);
        out->kind = J_REAL;
        out->count = (uint32_t)(p - start);
        out->as.real.value = negative ? -v : v;
        out->as.real.text = start;
    }
    return;
bad:
    ps->failed = 1;
}

static int literal(parser *ps, const char *word, jkind kind, jvalue *out) {
    size_t len = strlen(word);
    if ((size_t)(ps->end - ps->p) < len || memcmp(ps->p, word, len) != 0) {
        ps->failed = 1;
        return 0;
    }
    ps->p += len;
    out->kind = kind;
    return 1;
}

static void release(jvalue *v);

static void parse_value(parser *ps, jvalue *out);

static void parse_array(parser *ps, jvalue *out) {
    uint32_t capacity = 0;
    out->kind = J_ARRAY;
    out->count = 0;
    out->as.items = NULL;
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == ']') {
        ps->p++;
        return;
    }
    do {
        if (out->count == capacity) {
            capacity = capacity ? capacity * 2 : 4;
            out->as.items = realloc(out->as.items, capacity * sizeof(jvalue));
        }
        parse_value(ps, &out->as.items[out->count]);
        if (ps->failed) return;
        out->count++;
        skip_space(ps);
    } while (ps->p < ps->end && *ps->p == ',' && ++ps->p);
    expect(ps, ']');
}

static void parse_object(parser *ps, jvalue *out) {
    uint32_t capacity = 0;
    out->kind = J_OBJECT;
    out->count = 0;
    out->as.members = NULL;
    skip_space(ps);
    if (ps->p < ps->end && *ps->p == '}') {
        ps->p++;
        return;
    }
    do {
        if (out->count == capacity) {
            capacity = capacity ? capacity * 2 : 4;
            out->as.members = realloc(out->as.members, capacity * sizeof(jmember));
        }
        jmember *m = &out->as.members[out->count];
        if (!expect(ps, '"')) return;
        m->key = parse_string(ps, &m->key_len);
        if (ps->failed) return;
        m->value.kind = J_NULL; /* so release() is safe if the value fails */
        out->count++;
        if (!expect(ps, ':')) return;
        parse_value(ps, &m->value);
        if (ps->failed) return;
        skip_space(ps);
    } while (ps->p < ps->end && *ps->p == ',' && ++ps->p);
    expect(ps, '}');
}

/* On failure *out is still safe to release(). */
static void parse_value(parser *ps, jvalue *out) {
    out->kind = J_NULL;
    skip_space(ps);
    if (ps->p >= ps->end || ++ps->depth > MAX_DEPTH) {
        ps->failed = 1;
        return;
    }
    switch (*ps->p) {
    case '{': ps->p++; parse_object(ps, out); break;
    case '[': ps->p++; parse_array(ps, out); break;
    case '"':
        ps->p++;
        out->as.chars = parse_string(ps, &out->count);
        if (!ps->failed) out->kind = J_STRING;
        break;
    case 't': literal(ps, "true", J_TRUE, out); break;
    case 'f': literal(ps, "false", J_FALSE, out); break;
    case 'n': literal(ps, "null", J_NULL, out); break;
    default: parse_number(ps, out); break;
    }
    ps->depth--;
}

static void release(jvalue *v) {
    if (v->kind == J_STRING) {
        free(v->as.chars);
    } else if (v->kind == J_ARRAY) {
        for (uint32_t i = 0; i < v->count; i++) release(&v->as.items[i]);
        free(v->as.items);
    } else if (v->kind == J_OBJECT) {
        for (uint32_t i = 0; i < v->count; i++) {
            free(v->as.members[i].key);
            release(&v->as.members[i].value);
        }
        free(v->as.members);
    }
}

/* ---- serializing ---- */

typedef struct {
    char *data;
    uint32_t len, capacity;
} text;

static void reserve(text *t, uint32_t extra) {
    if (t->len + extra <= t->capacity) return;
    while (t->len + extra > t->capacity) t->capacity = t->capacity ? t->capacity * 2 : 4096;
    t->data = realloc(t->data, t->capacity);
}

static void append(text *t, const char *s, uint32_t len) {
    reserve(t, len);
    memcpy(t->data + t->len, s, len);
    t->len += len;
}

static void write_string(text *t, const char *s, uint32_t len) {
    static const char hex[] = "0123456789abcdef";
    reserve(t, 6 * len + 2); /* every byte escaped as \u00XX at worst */
    char *out = t->data + t->len;
    *out++ = '"';
    for (uint32_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') {
            *out++ = (char)c;
            continue;
        }
        *out++ = '\\';
        switch (c) {
        case '"': *out++ = '"'; break;
        case '\\': *out++ = '\\'; break;
        case '\n': *out++ = 'n'; break;
        case '\r': *out++ = 'r'; break;
        case '\t': *out++ = 't'; break;
        case '\b': *out++ = 'b'; break;
        case '\f': *out++ = 'f'; break;
        default:
            memcpy(out, "u00", 3);
            out[3] = hex[c >> 4];
            out[4] = hex[c & 15];
            out += 5;
        }
    }
    *out++ = '"';
    t->len = (uint32_t)(out - t->data);
}

static void write_value(text *t, const jvalue *v) {
    char digits[24];
    int k = 0;
    switch (v->kind) {
    case J_NULL: append(t, "null", 4); break;
    case J_FALSE: append(t, "false", 5); break;
    case J_TRUE: append(t, "true", 4); break;
    case J_INT: {
        uint64_t u = v->as.integer < 0 ? 0 - (uint64_t)v->as.integer : (uint64_t)v->as.integer;
        do digits[k++] = (char)('0' + u % 10); while (u /= 10);
        if (v->as.integer < 0) digits[k++] = '-';
        reserve(t, (uint32_t)k);
        while (k) t->data[t->len++] = digits[--k];
        break;
    }
    case J_REAL: append(t, v->as.real.text, v->count); break;
    case J_STRING: write_string(t, v->as.chars, v->count); break;
    case J_ARRAY:
        append(t, "[", 1);
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) append(t, ",", 1);
            write_value(t, &v->as.items[i]);
        }
        append(t, "]", 1);
        break;
    case J_OBJECT:
        append(t, "{", 1);
        for (uint32_t i = 0; i < v->count; i++) {
            if (i) append(t, ",", 1);
            write_string(t, v->as.members[i].key, v->as.members[i].key_len);
            append(t, ":", 1);
            write_value(t, &v->as.members[i].value);
        }
        append(t, "}", 1);
        break;
    }
}

/* ---- the workload ---- */

static uint64_t walk(const jvalue *v, uint64_t h) {
    h = wl_mix(h, (uint64_t)v->kind);
    switch (v->kind) {
    case J_INT: return wl_mix(h, (uint64_t)v->as.integer);
    case J_REAL: return wl_mix_double(h, v->as.real.value);
    case J_STRING: return wl_mix(h, v->count ? v->count * 257u + (unsigned char)v->as.chars[v->count - 1] : 0);
    case J_ARRAY:
        for (uint32_t i = 0; i < v->count; i++) h = walk(&v->as.items[i], h);
        return h;
    case J_OBJECT:
        for (uint32_t i = 0; i < v->count; i++) h = walk(&v->as.members[i].value, wl_mix(h, v->as.members[i].key_len));
        return h;
    default: return h;
    }
}

static int parse_document(const char *s, uint32_t len, jvalue *root) {
    parser ps = {s, s + len, 0, 0};
    parse_value(&ps, root);
    skip_space(&ps);
    return !ps.failed && ps.p == ps.end;
}

static uint64_t hash_text(const text *t) {
    uint64_t h = wl_mix(WL_HASH_INIT, t->len);
    uint32_t i = 0;
    for (; i + 8 <= t->len; i += 8) {
        uint64_t word;
        memcpy(&word, t->data + i, 8);
        h = wl_mix(h, word);
    }
    for (; i < t->len; i++) h = wl_mix(h, (unsigned char)t->data[i]);
    return h;
}

/* Parses the compact text again and serializes it: a faithful round trip gives the same bytes. */
static int round_trips(const text *compact) {
    jvalue again;
    text second = {0};
    int ok = parse_document(compact->data, compact->len, &again);
    if (ok) write_value(&second, &again);
    ok = ok && second.len == compact->len && memcmp(second.data, compact->data, compact->len) == 0;
    release(&again);
    free(second.data);
    return ok;
}

int64_t run(int32_t n) {
    uint64_t h = WL_HASH_INIT;
    for (int32_t round = 0; round < n; round++) {
        jvalue root;
        text compact = {0};
        int ok = parse_document(document, doc_len, &root);
        if (ok) write_value(&compact, &root);
        if (ok && round == 0) ok = round_trips(&compact);
        h = wl_mix(wl_mix(walk(&root, h), hash_text(&compact)), (uint64_t)ok);
        release(&root);
        free(compact.data);
    }
    return (int64_t)h;
}
