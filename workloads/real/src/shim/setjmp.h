/* wasi-libc has no <setjmp.h>: setjmp/longjmp need Wasm exception handling, which this build does
 * not use. Sources that include the header but never call setjmp (Lua, with LUAI_THROW/LUAI_TRY
 * replaced by lua/nothrow.h) find this empty one; a program that does call setjmp fails to build. */
