/*
 * The command entry point (_start in Wasm, main natively): runs the default size once and prints
 * the checksum. scripts/build-workloads.sh passes the workload's name and default n from
 * manifest.json, so the manifest stays the one place that says what "default" is.
 */
#include <inttypes.h>
#include <stdio.h>

#include "../src/workload.h"

#if !defined(WL_NAME) || !defined(WL_DEFAULT_N)
#error "compile with -DWL_NAME=\"name\" -DWL_DEFAULT_N=n (scripts/build-workloads.sh does)"
#endif

int main(void) {
    setup();
    int64_t checksum = run(WL_DEFAULT_N);
    printf("%s n=%d checksum=%" PRId64 "\n", WL_NAME, (int)WL_DEFAULT_N, checksum);
    return 0;
}
