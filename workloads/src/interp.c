/*
 * interp: a stack-machine bytecode interpreter (one switch in a loop) running a program that
 * sums Collatz trajectory lengths for 1..n and folds them into a running hash. n = the range.
 * Stresses indirect-branch dispatch, a small operand stack in memory and 64-bit arithmetic.
 */
#include "workload.h"

enum opcode {
    OP_PUSH,  /* push arg */
    OP_LOAD,  /* push reg[arg] */
    OP_STORE, /* reg[arg] = pop */
    OP_ADD,
    OP_MUL,
    OP_AND,
    OP_SHR,   /* a >> b, logical */
    OP_EQ,
    OP_GT,
    OP_JMP,   /* pc = arg */
    OP_JZ,    /* if pop == 0: pc = arg */
    OP_JNZ,
    OP_HALT,  /* return pop */
};

typedef struct {
    int32_t op;
    int32_t arg;
} insn;

enum { R_N, R_I, R_X, R_STEPS, R_HASH, REGS };

#define MAX_CODE 64
#define STACK 16

static insn code[MAX_CODE];
static int32_t code_len;

static int32_t emit(int32_t op, int32_t arg) {
    code[code_len] = (insn){op, arg};
    return code_len++;
}

static int32_t here(void) { return code_len; }

static void patch(int32_t at, int32_t target) { code[at].arg = target; }

void setup(void) {
    code_len = 0;
    emit(OP_PUSH, 1); emit(OP_STORE, R_I);
    int32_t outer = here();
    emit(OP_LOAD, R_I); emit(OP_LOAD, R_N); emit(OP_GT, 0);
    int32_t to_done = emit(OP_JNZ, 0);
    emit(OP_LOAD, R_I); emit(OP_STORE, R_X);
    int32_t inner = here();
    emit(OP_LOAD, R_X); emit(OP_PUSH, 1); emit(OP_EQ, 0);
    int32_t to_next = emit(OP_JNZ, 0);
    emit(OP_LOAD, R_X); emit(OP_PUSH, 1); emit(OP_AND, 0);
    int32_t to_even = emit(OP_JZ, 0);
    emit(OP_LOAD, R_X); emit(OP_PUSH, 3); emit(OP_MUL, 0); emit(OP_PUSH, 1); emit(OP_ADD, 0);
    emit(OP_STORE, R_X);
    int32_t to_count = emit(OP_JMP, 0);
    patch(to_even, here());
    emit(OP_LOAD, R_X); emit(OP_PUSH, 1); emit(OP_SHR, 0); emit(OP_STORE, R_X);
    patch(to_count, here());
    emit(OP_LOAD, R_STEPS); emit(OP_PUSH, 1); emit(OP_ADD, 0); emit(OP_STORE, R_STEPS);
    emit(OP_JMP, inner);
    patch(to_next, here());
    emit(OP_LOAD, R_HASH); emit(OP_PUSH, 31); emit(OP_MUL, 0); emit(OP_LOAD, R_STEPS); emit(OP_ADD, 0);
    emit(OP_STORE, R_HASH);
    emit(OP_LOAD, R_I); emit(OP_PUSH, 1); emit(OP_ADD, 0); emit(OP_STORE, R_I);
    emit(OP_JMP, outer);
    patch(to_done, here());
    emit(OP_LOAD, R_HASH); emit(OP_HALT, 0);
}

/* Values are unsigned 64-bit so the hash may wrap without undefined behaviour. */
static uint64_t execute(uint64_t *reg) {
    uint64_t stack[STACK];
    int32_t sp = 0;
    int32_t pc = 0;
    for (;;) {
        insn in = code[pc++];
        switch (in.op) {
        case OP_PUSH: stack[sp++] = (uint64_t)(int64_t)in.arg; break;
        case OP_LOAD: stack[sp++] = reg[in.arg]; break;
        case OP_STORE: reg[in.arg] = stack[--sp]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_AND: sp--; stack[sp - 1] &= stack[sp]; break;
        case OP_SHR: sp--; stack[sp - 1] >>= (stack[sp] & 63); break;
        case OP_EQ: sp--; stack[sp - 1] = stack[sp - 1] == stack[sp]; break;
        case OP_GT: sp--; stack[sp - 1] = stack[sp - 1] > stack[sp]; break;
        case OP_JMP: pc = in.arg; break;
        case OP_JZ: if (stack[--sp] == 0) pc = in.arg; break;
        case OP_JNZ: if (stack[--sp] != 0) pc = in.arg; break;
        case OP_HALT: return stack[--sp];
        default: return 0; /* unreachable: setup emits only the opcodes above */
        }
    }
}

int64_t run(int32_t n) {
    uint64_t reg[REGS] = {0};
    reg[R_N] = (uint64_t)(n < 0 ? 0 : n);
    uint64_t hash = execute(reg);
    return (int64_t)wl_mix(wl_mix(WL_HASH_INIT, hash), reg[R_STEPS]);
}
