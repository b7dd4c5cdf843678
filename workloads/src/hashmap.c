/*
 * hashmap: an open-addressing hash map (linear probing, power-of-two capacity, backward-shift
 * deletion, doubling at 50% load) from 64-bit keys to 64-bit values under a random mix of 50%
 * upserts, 30% lookups and 20% deletes over a key space of n/2 keys. n = number of operations.
 * Stresses random memory access, probe loops, 64-bit multiply hashing and rehashing.
 */
#include <stdlib.h>

#include "workload.h"

typedef struct {
    uint64_t key; /* 0 marks an empty slot; keys are never 0 */
    uint64_t value;
} slot;

typedef struct {
    slot *slots;
    uint32_t mask;
    uint32_t size;
} map;

void setup(void) {}

static uint32_t home(const map *m, uint64_t key) {
    return (uint32_t)((key * 0x9e3779b97f4a7c15ull) >> 32) & m->mask;
}

static void init(map *m, uint32_t capacity) {
    m->slots = calloc(capacity, sizeof(slot));
    m->mask = capacity - 1;
    m->size = 0;
}

static void upsert(map *m, uint64_t key, uint64_t add);

static void grow(map *m) {
    slot *old = m->slots;
    uint32_t old_capacity = m->mask + 1;
    init(m, old_capacity * 2);
    for (uint32_t i = 0; i < old_capacity; i++)
        if (old[i].key) upsert(m, old[i].key, old[i].value);
    free(old);
}

/* Adds to the value under key, inserting key with value 0 first when absent. */
static void upsert(map *m, uint64_t key, uint64_t add) {
    uint32_t i = home(m, key);
    while (m->slots[i].key && m->slots[i].key != key) i = (i + 1) & m->mask;
    if (m->slots[i].key == key) {
        m->slots[i].value += add;
        return;
    }
    m->slots[i] = (slot){key, add};
    if (++m->size * 2 > m->mask + 1) grow(m);
}

static const slot *find(const map *m, uint64_t key) {
    for (uint32_t i = home(m, key); m->slots[i].key; i = (i + 1) & m->mask)
        if (m->slots[i].key == key) return &m->slots[i];
    return NULL;
}

/* Backward-shift deletion: pull later entries of the probe run back, so no tombstones. */
static int erase(map *m, uint64_t key) {
    uint32_t i = home(m, key);
    while (m->slots[i].key != key) {
        if (!m->slots[i].key) return 0;
        i = (i + 1) & m->mask;
    }
    uint32_t hole = i;
    for (uint32_t j = (i + 1) & m->mask; m->slots[j].key; j = (j + 1) & m->mask) {
        uint32_t want = home(m, m->slots[j].key);
        /* Entry j may move into the hole only if its home is not cyclically in (hole, j]. */
        if (((j - want) & m->mask) >= ((j - hole) & m->mask)) {
            m->slots[hole] = m->slots[j];
            hole = j;
        }
    }
    m->slots[hole].key = 0;
    m->size--;
    return 1;
}

int64_t run(int32_t n) {
    if (n < 2) n = 2;
    wl_rng rng = {0x6861736800ull};
    map m;
    init(&m, 16);
    uint64_t h = WL_HASH_INIT;
    uint64_t key_space = (uint64_t)n / 2;
    for (int32_t op = 0; op < n; op++) {
        uint64_t r = wl_next(&rng);
        /* Scramble the key so neighbouring integers do not land in neighbouring slots. */
        uint64_t key = ((r >> 8) % key_space + 1) * 0xd6e8feb86659fd93ull | 1;
        uint32_t kind = (uint32_t)(r & 0xff) % 10;
        if (kind < 5) {
            upsert(&m, key, (uint64_t)op);
        } else if (kind < 8) {
            const slot *s = find(&m, key);
            h = wl_mix(h, s ? s->value : 0xffffffffull);
        } else {
            h = wl_mix(h, (uint64_t)erase(&m, key));
        }
    }
    uint64_t total = 0;
    for (uint32_t i = 0; i <= m.mask; i++) total += m.slots[i].key ^ m.slots[i].value;
    h = wl_mix(wl_mix(h, m.size), total);
    free(m.slots);
    return (int64_t)h;
}
