/* The other half of wasi-port.h: what the Wasm build of Lua does where wasi-libc has nothing. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "lua.h"

_Noreturn void tandem_lua_nothrow(lua_State *L, int status) {
  const char *message = status == LUA_YIELD ? "coroutine.yield (unsupported)"
                        : lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
                        : "an error object that is not a string";
  fprintf(stderr, "lua: %s\nlua: this Wasm build has no longjmp: errors and yields end the program\n", message);
  exit(EXIT_FAILURE);
}

/* No shell: system(NULL) says so, and a command fails. */
int system(const char *command) {
  if (command == NULL) return 0;
  errno = ENOSYS;
  return -1;
}

#pragma clang diagnostic ignored "-Wdeprecated-declarations"
FILE *tmpfile(void) {
  errno = ENOTSUP;
  return NULL;
}
