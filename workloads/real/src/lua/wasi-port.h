/* Forced into every Lua source of the Wasm build (-include): what Lua 5.4 needs that wasi-libc
 * lacks. Nothing here changes how a benchmark script runs.
 *
 * - Lua raises errors and yields from C functions with longjmp, which wasi-libc does not have
 *   (it needs Wasm exception handling). A "try" here just runs its block, and a "throw" reports the
 *   error and exits with status 1, so a script that raises an error (even one it would catch with
 *   pcall) or yields a coroutine ends there. The benchmark scripts do neither.
 * - os.execute, os.tmpname and io.tmpfile report failure, as on platforms without a shell or
 *   temporary files (system and tmpfile are defined in wasi-port.c). */
#ifndef TANDEM_LUA_WASI_PORT_H
#define TANDEM_LUA_WASI_PORT_H

struct lua_State;
_Noreturn void tandem_lua_nothrow(struct lua_State *L, int status);

#define LUAI_THROW(L, c) tandem_lua_nothrow(L, (c)->status)
#define LUAI_TRY(L, c, a) { a }
#define luai_jmpbuf int

#define LUA_TMPNAMBUFSIZE 32
#define lua_tmpnam(b, e) { (b)[0] = '\0'; e = 1; }

#endif
