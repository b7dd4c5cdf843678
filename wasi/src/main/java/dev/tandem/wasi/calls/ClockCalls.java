package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import java.lang.management.ManagementFactory;
import java.time.Instant;

/**
 * {@code clock_res_get} and {@code clock_time_get}: realtime from {@link Instant#now()}, monotonic
 * from {@link System#nanoTime()}, process and thread CPU time from the management beans (loaded on
 * first use only: they cost start-up time a program that never asks should not pay).
 */
final class ClockCalls {

    static final int REALTIME = 0;
    static final int MONOTONIC = 1;
    static final int PROCESS_CPUTIME = 2;
    static final int THREAD_CPUTIME = 3;

    /** Monotonic time counts from here, so it starts near zero and stays positive as WASI's u64 requires. */
    private static final long ORIGIN = System.nanoTime();

    private final GuestMemory memory;

    ClockCalls(WasiProcess process) {
        this.memory = process.memory();
    }

    void resolution(int clock, int resultPtr) throws ErrnoException {
        memory.check(resultPtr, 8);
        long nanos = switch (clock) {
            case REALTIME -> 1_000;
            case MONOTONIC, PROCESS_CPUTIME, THREAD_CPUTIME -> 1;
            default -> throw unknown(clock);
        };
        memory.putI64(resultPtr, nanos);
    }

    void time(int clock, long precision, int resultPtr) throws ErrnoException {
        memory.check(resultPtr, 8);
        memory.putI64(resultPtr, now(clock));
    }

    /** The clock's current value in nanoseconds. */
    static long now(int clock) throws ErrnoException {
        return switch (clock) {
            case REALTIME -> realtime();
            case MONOTONIC -> monotonic();
            case PROCESS_CPUTIME -> CpuClocks.process();
            case THREAD_CPUTIME -> CpuClocks.thread();
            default -> throw unknown(clock);
        };
    }

    static long realtime() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    static long monotonic() {
        return System.nanoTime() - ORIGIN;
    }

    private static ErrnoException unknown(int clock) {
        return new ErrnoException(Errno.INVAL, "no clock " + Integer.toUnsignedString(clock));
    }

    /** Holder: the beans load only when a program reads a CPU clock. */
    private static final class CpuClocks {

        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final java.lang.management.OperatingSystemMXBean OS = ManagementFactory.getOperatingSystemMXBean();

        static long process() throws ErrnoException {
            if (OS instanceof com.sun.management.OperatingSystemMXBean os && os.getProcessCpuTime() >= 0) {
                return os.getProcessCpuTime();
            }
            throw new ErrnoException(Errno.NOTSUP, "this JVM does not report process CPU time");
        }

        static long thread() throws ErrnoException {
            long nanos = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
            if (nanos < 0) {
                throw new ErrnoException(Errno.NOTSUP, "this JVM does not report thread CPU time");
            }
            return nanos;
        }
    }
}
