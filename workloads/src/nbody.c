/*
 * n-body: a central mass and eleven light bodies on near-circular orbits, advanced with a
 * symplectic Euler step. n = number of time steps. Stresses double-precision multiply, divide
 * and sqrt in a small O(bodies^2) loop over an array of structs.
 */
#include <math.h>

#include "workload.h"

#define BODIES 12
#define DT 0.001

typedef struct {
    double x, y, z;
    double vx, vy, vz;
    double mass;
} body;

static body initial[BODIES];
static body bodies[BODIES];

void setup(void) {
    wl_rng rng = {0x6e626f6479ull};
    initial[0] = (body){0, 0, 0, 0, 0, 0, 40.0};
    for (int i = 1; i < BODIES; i++) {
        /* Radius grows with i so orbits rarely cross; speed is the circular speed sqrt(GM/r). */
        double radius = 1.5 * i + wl_unit(&rng);
        double c = 2.0 * wl_unit(&rng) - 1.0;
        double s = sqrt(1.0 - c * c) * (wl_next(&rng) & 1 ? 1.0 : -1.0);
        double speed = sqrt(initial[0].mass / radius);
        initial[i] = (body){
            radius * c, radius * s, 0.05 * (wl_unit(&rng) - 0.5),
            -speed * s, speed * c, 0.01 * (wl_unit(&rng) - 0.5),
            0.001 + 0.05 * wl_unit(&rng),
        };
    }
}

static void advance(void) {
    for (int i = 0; i < BODIES; i++) {
        body *a = &bodies[i];
        for (int j = i + 1; j < BODIES; j++) {
            body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = DT / (d2 * sqrt(d2));
            a->vx -= dx * b->mass * mag;
            a->vy -= dy * b->mass * mag;
            a->vz -= dz * b->mass * mag;
            b->vx += dx * a->mass * mag;
            b->vy += dy * a->mass * mag;
            b->vz += dz * a->mass * mag;
        }
    }
    for (int i = 0; i < BODIES; i++) {
        body *a = &bodies[i];
        a->x += DT * a->vx;
        a->y += DT * a->vy;
        a->z += DT * a->vz;
    }
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < BODIES; i++) {
        const body *a = &bodies[i];
        e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
        for (int j = i + 1; j < BODIES; j++) {
            const body *b = &bodies[j];
            double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
            e -= a->mass * b->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

int64_t run(int32_t n) {
    memcpy(bodies, initial, sizeof bodies);
    for (int32_t step = 0; step < n; step++) advance();
    uint64_t h = wl_mix_double(WL_HASH_INIT, energy());
    for (int i = 0; i < BODIES; i++) {
        h = wl_mix_double(h, bodies[i].x);
        h = wl_mix_double(h, bodies[i].y);
        h = wl_mix_double(h, bodies[i].z);
    }
    return (int64_t)h;
}
