package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/** {@code fstflags} and setting access and modification times, for {@code fd_filestat_set_times} and {@code path_filestat_set_times}. */
final class Timestamps {

    static final int ATIM = 1;
    static final int ATIM_NOW = 1 << 1;
    static final int MTIM = 1 << 2;
    static final int MTIM_NOW = 1 << 3;

    private Timestamps() {
    }

    /**
     * Sets the times the flags name on {@code path} itself (a symbolic link's own times when it is
     * one: callers follow links through the sandbox first).
     */
    static void set(Path path, long accessNanos, long modifyNanos, int flags) throws ErrnoException, IOException {
        if ((flags & ~(ATIM | ATIM_NOW | MTIM | MTIM_NOW)) != 0
                || (flags & (ATIM | ATIM_NOW)) == (ATIM | ATIM_NOW)
                || (flags & (MTIM | MTIM_NOW)) == (MTIM | MTIM_NOW)) {
            throw new ErrnoException(Errno.INVAL, "fstflags " + flags);
        }
        FileTime now = FileTime.from(Instant.now());
        FileTime access = (flags & ATIM_NOW) != 0 ? now : (flags & ATIM) != 0 ? time(accessNanos) : null;
        FileTime modify = (flags & MTIM_NOW) != 0 ? now : (flags & MTIM) != 0 ? time(modifyNanos) : null;
        if (access == null && modify == null) {
            return;
        }
        // null leaves a time as it is.
        Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(modify, access, null);
    }

    /** WASI timestamps are unsigned nanoseconds since the epoch. */
    private static FileTime time(long nanos) {
        long seconds = Long.divideUnsigned(nanos, 1_000_000_000L);
        long rest = Long.remainderUnsigned(nanos, 1_000_000_000L);
        return FileTime.from(Instant.ofEpochSecond(seconds, rest));
    }
}
