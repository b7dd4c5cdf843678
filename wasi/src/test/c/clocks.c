/* Clocks: plausible wall time, a monotonic clock that a sleep moves forward, CPU time that work moves. */
#include <stdio.h>
#include <sys/time.h>
#include <time.h>

static long long nanos(struct timespec t) {
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
    struct timespec real, mono1, mono2, res, cpu1, cpu2;
    clock_gettime(CLOCK_REALTIME, &real);
    printf("realtime after 2020: %s\n", real.tv_sec > 1577836800 ? "yes" : "no");
    time_t now = time(NULL);
    printf("time() agrees with realtime: %s\n", now - real.tv_sec <= 5 && now >= real.tv_sec ? "yes" : "no");
    struct timeval tv;
    gettimeofday(&tv, NULL);
    printf("gettimeofday agrees: %s\n", tv.tv_sec - real.tv_sec <= 5 && tv.tv_sec >= real.tv_sec ? "yes" : "no");

    clock_getres(CLOCK_MONOTONIC, &res);
    printf("monotonic resolution at most 1 ms: %s\n", nanos(res) > 0 && nanos(res) <= 1000000 ? "yes" : "no");
    clock_gettime(CLOCK_MONOTONIC, &mono1);
    struct timespec pause = {0, 20 * 1000 * 1000};
    int slept = nanosleep(&pause, NULL);
    clock_gettime(CLOCK_MONOTONIC, &mono2);
    printf("nanosleep returned %d, monotonic moved at least 20 ms: %s\n", slept,
           nanos(mono2) - nanos(mono1) >= 20000000LL ? "yes" : "no");

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu1);
    volatile unsigned long long x = 0;
    for (unsigned long long i = 0; i < 5000000ULL; i++) {
        x += i ^ (x >> 3);
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu2);
    printf("process CPU time moved with work: %s\n", nanos(cpu2) > nanos(cpu1) ? "yes" : "no");
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
    printf("thread CPU time is positive: %s\n", nanos(cpu1) > 0 ? "yes" : "no");
    struct tm tm;
    gmtime_r(&(time_t) {86400 * 365}, &tm);
    char text[64];
    strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &tm);
    printf("gmtime of one year: %s\n", text);
    return 0;
}
