/* The operating-system layer of the speedtest1 builds (native and Wasm alike), compiled with
 * SQLITE_OS_OTHER=1: SQLite's own Unix layer needs file locks, fchown and mmap, which WASI lacks,
 * and the benchmark's database is in memory anyway (--memdb, temporary storage in memory with
 * SQLITE_TEMP_STORE=3). So this VFS opens no file at all, and its clock stands still: speedtest1
 * prints each test's elapsed time from it, every time prints as 0.000s, and the output is the same
 * on every engine (--verify adds a hash of every query result). The lab times runs from outside. */
#include <string.h>

#include "sqlite3.h"

static const sqlite3_int64 FIXED_JULIAN_MS = 212227977600000LL; /* 2011-11-11 00:00:00 UTC */

static int open_nothing(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags) {
  (void)vfs, (void)name, (void)flags, (void)out_flags;
  file->pMethods = 0; /* tells SQLite there is nothing to close */
  return SQLITE_CANTOPEN;
}

static int delete_nothing(sqlite3_vfs *vfs, const char *name, int sync_dir) {
  (void)vfs, (void)name, (void)sync_dir;
  return SQLITE_IOERR_DELETE;
}

static int access_nothing(sqlite3_vfs *vfs, const char *name, int flags, int *result) {
  (void)vfs, (void)name, (void)flags;
  *result = 0;
  return SQLITE_OK;
}

static int full_pathname(sqlite3_vfs *vfs, const char *name, int size, char *out) {
  (void)vfs;
  sqlite3_snprintf(size, out, "%s", name);
  return SQLITE_OK;
}

static int zero_randomness(sqlite3_vfs *vfs, int size, char *out) {
  (void)vfs;
  memset(out, 0, (size_t)size);
  return size;
}

static int no_sleep(sqlite3_vfs *vfs, int microseconds) {
  (void)vfs;
  return microseconds;
}

static int fixed_time_days(sqlite3_vfs *vfs, double *now) {
  (void)vfs;
  *now = FIXED_JULIAN_MS / 86400000.0;
  return SQLITE_OK;
}

static int fixed_time_ms(sqlite3_vfs *vfs, sqlite3_int64 *now) {
  (void)vfs;
  *now = FIXED_JULIAN_MS;
  return SQLITE_OK;
}

static int no_error(sqlite3_vfs *vfs, int size, char *out) {
  (void)vfs;
  if (size > 0) out[0] = '\0';
  return 0;
}

static sqlite3_vfs memory_vfs = {
  2, sizeof(sqlite3_file), 512, 0, "tandem-memory", 0,
  open_nothing, delete_nothing, access_nothing, full_pathname,
  0, 0, 0, 0, /* no loadable extensions (SQLITE_OMIT_LOAD_EXTENSION) */
  zero_randomness, no_sleep, fixed_time_days, no_error, fixed_time_ms,
  0, 0, 0,
};

int sqlite3_os_init(void) {
  return sqlite3_vfs_register(&memory_vfs, 1);
}

int sqlite3_os_end(void) {
  return SQLITE_OK;
}
