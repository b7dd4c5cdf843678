package dev.tandem.wasi.fs;

import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.fd.Filetype;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * WASI's {@code filestat}: what {@code fd_filestat_get} and {@code path_filestat_get} return. Read
 * with the JDK's {@code unix} attribute view (device, inode, link count, ctime) where the platform
 * has it, else from the basic attributes with device and inode 0 and one link. Never follows a
 * final symbolic link: callers resolve links through the sandbox first.
 */
public record FileStat(long device, long inode, Filetype type, long links, long size,
                       long accessNanos, long modifyNanos, long changeNanos) {

    /** Size of the struct in guest memory. */
    public static final int SIZE = 64;

    private static final String UNIX_ATTRIBUTES = "unix:dev,ino,mode,nlink,size,lastAccessTime,lastModifiedTime,ctime";
    private static final int S_IFMT = 0170000;

    /** A descriptor with no file behind it (a stream, a socket): only its type. */
    public static FileStat ofType(Filetype type) {
        return new FileStat(0, 0, type, 1, 0, 0, 0, 0);
    }

    public static FileStat of(Path path) throws ErrnoException {
        try {
            Map<String, Object> a = Files.readAttributes(path, UNIX_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
            return new FileStat((Long) a.get("dev"), (Long) a.get("ino"), type((Integer) a.get("mode")),
                    ((Integer) a.get("nlink")).longValue(), (Long) a.get("size"), nanos(a.get("lastAccessTime")),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException noUnixView) {
            return basic(path);
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e), e.getMessage());
        }
    }

    private static FileStat basic(Path path) throws ErrnoException {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new FileStat(0, 0, type(a), 1, a.size(), nanos(a.lastAccessTime()), nanos(a.lastModifiedTime()),
                    nanos(a.lastModifiedTime()));
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e), e.getMessage());
        }
    }

    /** The same stat with another size (an open file's channel knows its size better than the path). */
    public FileStat withSize(long newSize) {
        return new FileStat(device, inode, type, links, newSize, accessNanos, modifyNanos, changeNanos);
    }

    public void writeTo(GuestMemory memory, int ptr) throws ErrnoException {
        memory.check(ptr, SIZE);
        memory.putI64(ptr, device);
        memory.putI64(ptr + 8, inode);
        memory.putI64(ptr + 16, type.code()); // filetype (u8) and its padding
        memory.putI64(ptr + 24, links);
        memory.putI64(ptr + 32, size);
        memory.putI64(ptr + 40, accessNanos);
        memory.putI64(ptr + 48, modifyNanos);
        memory.putI64(ptr + 56, changeNanos);
    }

    /** The WASI type of what basic attributes describe (read without following links). */
    public static Filetype type(BasicFileAttributes a) {
        if (a.isSymbolicLink()) {
            return Filetype.SYMBOLIC_LINK;
        }
        if (a.isDirectory()) {
            return Filetype.DIRECTORY;
        }
        return a.isRegularFile() ? Filetype.REGULAR_FILE : Filetype.UNKNOWN;
    }

    private static Filetype type(int mode) {
        return switch (mode & S_IFMT) {
            case 0140000 -> Filetype.SOCKET_STREAM;
            case 0120000 -> Filetype.SYMBOLIC_LINK;
            case 0100000 -> Filetype.REGULAR_FILE;
            case 0060000 -> Filetype.BLOCK_DEVICE;
            case 0040000 -> Filetype.DIRECTORY;
            case 0020000 -> Filetype.CHARACTER_DEVICE;
            default -> Filetype.UNKNOWN; // FIFOs: WASI has no type for them
        };
    }

    private static long nanos(Object time) {
        FileTime t = (FileTime) time;
        return t == null ? 0 : nanos(t);
    }

    /** Nanoseconds since the epoch, saturated (a FileTime may lie centuries away). */
    public static long nanos(FileTime t) {
        long seconds = t.to(TimeUnit.SECONDS);
        long nanos = t.toInstant().getNano();
        if (seconds > Long.MAX_VALUE / 1_000_000_000L - 1 || seconds < 0) {
            return seconds < 0 ? 0 : Long.MAX_VALUE;
        }
        return seconds * 1_000_000_000L + nanos;
    }
}
