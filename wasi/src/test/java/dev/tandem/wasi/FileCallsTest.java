package dev.tandem.wasi;

import static dev.tandem.wasi.WasiHarness.OUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasi.fd.Filetype;
import dev.tandem.wasi.fd.Rights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fd_* and path_* calls on a preopened directory, checked against the host file system. */
class FileCallsTest {

    static final int PREOPEN = 3;
    static final int CREAT = 1;
    static final int DIRECTORY = 2;
    static final int EXCL = 4;
    static final int TRUNC = 8;
    static final long READ = Rights.FD_READ | Rights.FD_SEEK | Rights.FD_TELL | Rights.FD_FILESTAT_GET | Rights.FD_READDIR;
    static final long READ_WRITE = READ | Rights.FD_WRITE | Rights.FD_FILESTAT_SET_SIZE | Rights.FD_ALLOCATE;

    @TempDir
    Path temp;
    Path sandbox;
    Path outside;
    WasiHarness h;

    @BeforeEach
    void setUp() throws IOException {
        sandbox = Files.createDirectories(temp.resolve("sandbox")).toRealPath();
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(sandbox.resolve("hello.txt"), "hello, world");
        Files.createDirectories(sandbox.resolve("dir"));
        h = WasiHarness.with(b -> b.preopen(sandbox, "/sandbox"));
    }

    @AfterEach
    void tearDown() throws IOException {
        h.close();
        assertEquals("secret", Files.readString(outside.resolve("secret.txt")));
        try (var files = Files.list(outside)) {
            assertEquals(1, files.count(), "nothing appeared outside the sandbox");
        }
    }

    @Test
    void prestatNamesThePreopen() {
        h.ok("fd_prestat_get", PREOPEN, OUT);
        assertEquals(0, h.u8(OUT));
        assertEquals("/sandbox".length(), h.i32(OUT + 4));
        int buffer = h.alloc(16);
        h.ok("fd_prestat_dir_name", PREOPEN, buffer, 8);
        assertEquals("/sandbox", h.string(buffer, 8));
        assertEquals(Errno.NAMETOOLONG, h.call("fd_prestat_dir_name", PREOPEN, buffer, 7));
        assertEquals(Errno.BADF, h.call("fd_prestat_get", 1, OUT));
        assertEquals(Errno.BADF, h.call("fd_prestat_get", 4, OUT), "wasi-libc stops scanning at EBADF");
    }

    @Test
    void writeSeekReadAndTell() throws IOException {
        int fd = h.open(PREOPEN, "data.bin", CREAT | TRUNC, READ_WRITE, 0);
        assertEquals(10, h.write(fd, "0123456789"));
        h.ok("fd_seek", fd, 2L, 0, OUT);
        assertEquals(2, h.i64(OUT));
        assertEquals("234", h.read(fd, 3));
        h.ok("fd_tell", fd, OUT);
        assertEquals(5, h.i64(OUT));
        h.ok("fd_seek", fd, -2L, 2, OUT);
        assertEquals(8, h.i64(OUT));
        assertEquals("89", h.read(fd, 10));
        assertEquals("", h.read(fd, 10), "end of file reads nothing");
        assertEquals(Errno.INVAL, h.call("fd_seek", fd, -100L, 1, OUT));
        assertEquals(Errno.INVAL, h.call("fd_seek", fd, 0L, 3, OUT));
        h.ok("fd_seek", fd, 20L, 0, OUT);
        assertEquals(1, h.write(fd, "!"));
        h.ok("fd_close", fd);
        assertEquals(Errno.BADF, h.call("fd_close", fd));
        byte[] expected = new byte[21];
        System.arraycopy("0123456789".getBytes(), 0, expected, 0, 10);
        expected[20] = '!';
        assertArrayEquals(expected, Files.readAllBytes(sandbox.resolve("data.bin")));
    }

    @Test
    void scatterAndGather() throws IOException {
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        int a = h.alloc(5);
        int b = h.alloc(16);
        int iovs = h.alloc(16);
        h.memory.i32Store(iovs, a);
        h.memory.i32Store(iovs + 4, 5);
        h.memory.i32Store(iovs + 8, b);
        h.memory.i32Store(iovs + 12, 16);
        h.ok("fd_read", fd, iovs, 2, OUT);
        assertEquals(12, h.i32(OUT));
        assertEquals("hello", h.string(a, 5));
        assertEquals(", world", h.string(b, 7));
        h.ok("fd_pread", fd, iovs, 2, 7L, OUT);
        assertEquals(5, h.i32(OUT));
        assertEquals("world", h.string(a, 5));
        int out = h.open(PREOPEN, "gathered.txt", CREAT, READ_WRITE, 0);
        h.ok("fd_write", out, iovs, 2, OUT);
        assertEquals(21, h.i32(OUT));
        h.ok("fd_pwrite", out, h.iovec(h.put("W"), 1), 1, 0L, OUT);
        assertTrue(Files.readString(sandbox.resolve("gathered.txt")).startsWith("World"));
    }

    @Test
    void accessModeComesFromTheRights() {
        int readOnly = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        int buffer = h.put("x");
        assertEquals(Errno.BADF, h.call("fd_write", readOnly, h.iovec(buffer, 1), 1, OUT));
        assertEquals(Errno.INVAL, h.call("fd_filestat_set_size", readOnly, 0L));
        int writeOnly = h.open(PREOPEN, "hello.txt", 0, Rights.FD_WRITE, 0);
        assertEquals(Errno.BADF, h.call("fd_read", writeOnly, h.iovec(buffer, 1), 1, OUT));
    }

    @Test
    void appendWritesAtTheEndAndCanBeSwitched() throws IOException {
        int fd = h.open(PREOPEN, "hello.txt", 0, READ_WRITE, 1);
        h.write(fd, "!");
        h.ok("fd_fdstat_get", fd, OUT);
        assertEquals(1, h.u16(OUT + 2));
        h.ok("fd_fdstat_set_flags", fd, 0);
        h.ok("fd_seek", fd, 0L, 0, OUT);
        h.write(fd, "J");
        assertEquals("Jello, world!", Files.readString(sandbox.resolve("hello.txt")));
        assertEquals(Errno.NOTSUP, h.call("fd_fdstat_set_flags", fd, 16));
        assertEquals(Errno.INVAL, h.call("fd_fdstat_set_flags", fd, 64));
    }

    @Test
    void sizeAndAllocate() throws IOException {
        int fd = h.open(PREOPEN, "hello.txt", 0, READ_WRITE, 0);
        h.ok("fd_filestat_set_size", fd, 5L);
        assertEquals("hello", Files.readString(sandbox.resolve("hello.txt")));
        h.ok("fd_filestat_set_size", fd, 8L);
        assertArrayEquals(new byte[] {'h', 'e', 'l', 'l', 'o', 0, 0, 0}, Files.readAllBytes(sandbox.resolve("hello.txt")));
        h.ok("fd_allocate", fd, 4L, 12L);
        assertEquals(16, Files.size(sandbox.resolve("hello.txt")));
        h.ok("fd_allocate", fd, 0L, 1L);
        assertEquals(16, Files.size(sandbox.resolve("hello.txt")), "allocate never shrinks");
        assertEquals(Errno.INVAL, h.call("fd_allocate", fd, 0L, 0L));
        h.ok("fd_advise", fd, 0L, 0L, 1);
        assertEquals(Errno.INVAL, h.call("fd_advise", fd, 0L, 0L, 6));
        h.ok("fd_sync", fd);
        h.ok("fd_datasync", fd);
    }

    @Test
    void openErrnos() throws IOException {
        assertEquals(Errno.NOENT, h.tryOpen(PREOPEN, "missing.txt", 1, 0, READ));
        assertEquals(Errno.EXIST, h.tryOpen(PREOPEN, "hello.txt", 1, CREAT | EXCL, READ_WRITE));
        assertEquals(Errno.NOTDIR, h.tryOpen(PREOPEN, "hello.txt", 1, DIRECTORY, READ));
        assertEquals(Errno.ISDIR, h.tryOpen(PREOPEN, "dir", 1, 0, READ_WRITE));
        assertEquals(Errno.NOTDIR, h.tryOpen(PREOPEN, "hello.txt/x", 1, 0, READ));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, "../outside/secret.txt", 1, 0, READ));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, "../outside/new.txt", 1, CREAT, READ_WRITE));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, outside.resolve("secret.txt").toString(), 1, 0, READ));
        Files.createSymbolicLink(sandbox.resolve("out"), Path.of("../outside/secret.txt"));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, "out", 1, 0, READ));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, "out", 1, CREAT | TRUNC, READ_WRITE));
        assertEquals(Errno.LOOP, h.tryOpen(PREOPEN, "out", 0, 0, READ), "O_NOFOLLOW on a link");
        assertEquals(Errno.EXIST, h.tryOpen(PREOPEN, "out", 1, CREAT | EXCL, READ_WRITE));
        assertEquals(Errno.BADF, h.tryOpen(99, "hello.txt", 1, 0, READ));
        assertEquals(Errno.NOTDIR, h.tryOpen(1, "hello.txt", 1, 0, READ), "stdout is no directory");
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        assertEquals(Errno.NOTDIR, h.tryOpen(fd, "x", 1, 0, READ));
    }

    @Test
    void aCreatedFileIsReadableWhenOpenedReadOnly() {
        int fd = h.open(PREOPEN, "fresh.txt", CREAT, READ, 0);
        assertEquals("", h.read(fd, 4));
        assertTrue(Files.exists(sandbox.resolve("fresh.txt")));
    }

    @Test
    void aSubdirectoryDescriptorIsASandboxOfItsOwn() throws IOException {
        Files.writeString(sandbox.resolve("dir/inner.txt"), "inner");
        int dir = h.open(PREOPEN, "dir", DIRECTORY, READ, 0);
        int fd = h.open(dir, "inner.txt", 0, READ, 0);
        assertEquals("inner", h.read(fd, 10));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(dir, "../hello.txt", 1, 0, READ));
        assertEquals(Errno.BADF, h.call("fd_prestat_get", dir, OUT), "not a preopen");
    }

    @Test
    void filestatAndFdstat() throws IOException {
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        h.ok("fd_filestat_get", fd, OUT);
        assertEquals(Filetype.REGULAR_FILE.code(), h.u8(OUT + 16));
        assertEquals(12, h.i64(OUT + 32));
        assertEquals(Files.getAttribute(sandbox.resolve("hello.txt"), "unix:ino"), h.i64(OUT + 8));
        assertEquals(1, h.i64(OUT + 24), "one link");
        h.ok("fd_fdstat_get", fd, OUT);
        assertEquals(Filetype.REGULAR_FILE.code(), h.u8(OUT));
        assertEquals(READ & Rights.REGULAR_FILE, h.i64(OUT + 8), "what was asked for, less what a file cannot do");
        assertEquals(0, h.i64(OUT + 8) & Rights.FD_WRITE, "no write right for a read-only open");
        h.ok("fd_fdstat_get", PREOPEN, OUT);
        assertEquals(Filetype.DIRECTORY.code(), h.u8(OUT));
        assertEquals(Rights.ALL, h.i64(OUT + 16), "what files opened from a preopen may get");

        int path = h.put("dir");
        h.ok("path_filestat_get", PREOPEN, 1, path, 3, OUT);
        assertEquals(Filetype.DIRECTORY.code(), h.u8(OUT + 16));
        Files.createSymbolicLink(sandbox.resolve("link"), Path.of("hello.txt"));
        int link = h.put("link");
        h.ok("path_filestat_get", PREOPEN, 0, link, 4, OUT);
        assertEquals(Filetype.SYMBOLIC_LINK.code(), h.u8(OUT + 16));
        h.ok("path_filestat_get", PREOPEN, 1, link, 4, OUT);
        assertEquals(Filetype.REGULAR_FILE.code(), h.u8(OUT + 16));
        assertEquals(12, h.i64(OUT + 32));
    }

    @Test
    void rightsCanOnlyBeDropped() {
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        h.ok("fd_fdstat_set_rights", fd, Rights.FD_READ, 0L);
        h.ok("fd_fdstat_get", fd, OUT);
        assertEquals(Rights.FD_READ, h.i64(OUT + 8));
        assertEquals(Errno.NOTCAPABLE, h.call("fd_fdstat_set_rights", fd, Rights.FD_READ | Rights.FD_SEEK, 0L));
    }

    @Test
    void setTimes() throws IOException {
        int path = h.put("hello.txt");
        long nanos = 1_000_000_000_123_000_000L;
        h.ok("path_filestat_set_times", PREOPEN, 1, path, 9, 0L, nanos, 4);
        assertEquals(FileTime.from(Instant.ofEpochSecond(1_000_000_000L, 123_000_000L)),
                Files.getLastModifiedTime(sandbox.resolve("hello.txt")));
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        h.ok("fd_filestat_set_times", fd, 0L, 0L, 8);
        assertTrue(Files.getLastModifiedTime(sandbox.resolve("hello.txt")).toInstant().isAfter(Instant.ofEpochSecond(1_000_000_001L)));
        assertEquals(Errno.INVAL, h.call("fd_filestat_set_times", fd, 0L, 0L, 12));
        Files.createSymbolicLink(sandbox.resolve("link"), Path.of("hello.txt"));
        int link = h.put("link");
        h.ok("path_filestat_set_times", PREOPEN, 0, link, 4, 0L, nanos, 4);
        assertEquals(FileTime.from(Instant.ofEpochSecond(1_000_000_000L, 123_000_000L)),
                Files.getLastModifiedTime(sandbox.resolve("link"), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void directoriesCreateRemove() throws IOException {
        h.ok("path_create_directory", PREOPEN, h.put("new"), 3);
        assertTrue(Files.isDirectory(sandbox.resolve("new")));
        assertEquals(Errno.EXIST, h.pathCall("path_create_directory", PREOPEN, "new"));
        assertEquals(Errno.EXIST, h.pathCall("path_create_directory", PREOPEN, "."));
        assertEquals(Errno.NOENT, h.pathCall("path_create_directory", PREOPEN, "a/b"));
        Files.writeString(sandbox.resolve("new/f"), "x");
        assertEquals(Errno.NOTEMPTY, h.pathCall("path_remove_directory", PREOPEN, "new"));
        assertEquals(Errno.NOTDIR, h.pathCall("path_remove_directory", PREOPEN, "hello.txt"));
        assertEquals(Errno.NOENT, h.pathCall("path_remove_directory", PREOPEN, "nothing"));
        assertEquals(Errno.INVAL, h.pathCall("path_remove_directory", PREOPEN, "."));
        assertEquals(Errno.NOTCAPABLE, h.pathCall("path_remove_directory", PREOPEN, ".."));
        assertEquals(Errno.ISDIR, h.pathCall("path_unlink_file", PREOPEN, "new"));
        h.ok("path_unlink_file", PREOPEN, h.put("new/f"), 5);
        h.ok("path_remove_directory", PREOPEN, h.put("new"), 3);
        assertFalse(Files.exists(sandbox.resolve("new")));
        assertEquals(Errno.NOENT, h.pathCall("path_unlink_file", PREOPEN, "new"));
        assertEquals(Errno.NOTDIR, h.pathCall("path_unlink_file", PREOPEN, "hello.txt/"));
        assertEquals(Errno.NOTCAPABLE, h.pathCall("path_unlink_file", PREOPEN, "../outside/secret.txt"));
    }

    private Errno rename(String from, String to) {
        return h.call("path_rename", PREOPEN, h.put(from), WasiHarness.utf8(from), PREOPEN, h.put(to), WasiHarness.utf8(to));
    }

    @Test
    void renameFollowsLinux() throws IOException {
        assertEquals(Errno.SUCCESS, rename("hello.txt", "dir/moved.txt"));
        assertEquals("hello, world", Files.readString(sandbox.resolve("dir/moved.txt")));
        Files.writeString(sandbox.resolve("other.txt"), "other");
        assertEquals(Errno.SUCCESS, rename("other.txt", "dir/moved.txt"), "replaces a file");
        assertEquals("other", Files.readString(sandbox.resolve("dir/moved.txt")));
        assertEquals(Errno.NOENT, rename("other.txt", "x"));
        assertEquals(Errno.ISDIR, rename("dir/moved.txt", "dir"));
        Files.createDirectories(sandbox.resolve("empty"));
        assertEquals(Errno.NOTDIR, rename("empty", "dir/moved.txt"));
        assertEquals(Errno.NOTEMPTY, rename("empty", "dir"));
        assertEquals(Errno.INVAL, rename("dir", "dir/inside"));
        assertEquals(Errno.SUCCESS, rename("dir", "empty"), "replaces an empty directory");
        assertEquals(Errno.NOTCAPABLE, rename("empty/moved.txt", "../outside/stolen.txt"));
        assertEquals(Errno.NOTCAPABLE, rename("../outside/secret.txt", "stolen.txt"));
    }

    @Test
    void symlinksAndHardLinks() throws IOException {
        int target = h.put("hello.txt");
        int name = h.put("link");
        h.ok("path_symlink", target, 9, PREOPEN, name, 4);
        assertEquals(Path.of("hello.txt"), Files.readSymbolicLink(sandbox.resolve("link")));
        int buffer = h.alloc(32);
        h.ok("path_readlink", PREOPEN, name, 4, buffer, 32, OUT);
        assertEquals("hello.txt", h.string(buffer, h.i32(OUT)));
        h.ok("path_readlink", PREOPEN, name, 4, buffer, 4, OUT);
        assertEquals(4, h.i32(OUT), "cut to the buffer");
        assertEquals(Errno.INVAL, h.call("path_readlink", PREOPEN, target, 9, buffer, 32, OUT));
        assertEquals(Errno.EXIST, h.call("path_symlink", target, 9, PREOPEN, name, 4));
        int absolute = h.put("/etc/passwd");
        int name2 = h.put("abs");
        assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", absolute, 11, PREOPEN, name2, 3));
        // A relative text climbing out is refused too: the link would be an escape for the host.
        int up = h.put("../outside/secret.txt");
        assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", up, 21, PREOPEN, name2, 3));
        int twoUp = h.put("../../outside/secret.txt");
        int inDir = h.put("dir/up");
        assertEquals(Errno.NOTCAPABLE, h.call("path_symlink", twoUp, 24, PREOPEN, inDir, 6));
        int oneUp = h.put("../hello.txt");
        h.ok("path_symlink", oneUp, 12, PREOPEN, inDir, 6);
        assertEquals("hello", h.read(h.open(PREOPEN, "dir/up", 0, READ, 0), 5));
        // One the host left there is refused when followed.
        Files.createSymbolicLink(sandbox.resolve("abs"), Path.of("../outside/secret.txt"));
        assertEquals(Errno.NOTCAPABLE, h.tryOpen(PREOPEN, "abs", 1, 0, READ));

        int hard = h.put("hard");
        h.ok("path_link", PREOPEN, 0, target, 9, PREOPEN, hard, 4);
        assertEquals(2, Files.getAttribute(sandbox.resolve("hello.txt"), "unix:nlink"));
        assertEquals(Errno.EXIST, h.call("path_link", PREOPEN, 0, target, 9, PREOPEN, hard, 4));
        int dir = h.put("dir");
        int dirLink = h.put("dirlink");
        assertEquals(Errno.PERM, h.call("path_link", PREOPEN, 0, dir, 3, PREOPEN, dirLink, 7));
        assertEquals(Errno.NOTCAPABLE, h.call("path_link", PREOPEN, 1, name2, 3, PREOPEN, dirLink, 7));
    }

    @Test
    void readdirListsSortedWithCookies() throws IOException {
        Files.writeString(sandbox.resolve("b.txt"), "b");
        Files.createSymbolicLink(sandbox.resolve("c-link"), Path.of("b.txt"));
        int dir = h.open(PREOPEN, ".", DIRECTORY, READ, 0);
        int buffer = h.alloc(1024);
        h.ok("fd_readdir", dir, buffer, 1024, 0L, OUT);
        List<String> names = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        int used = h.i32(OUT);
        long lastCookie = 0;
        for (int at = buffer; at < buffer + used; ) {
            lastCookie = h.i64(at);
            int length = h.i32(at + 16);
            types.add(h.u8(at + 20));
            names.add(h.string(at + 24, length));
            at += 24 + length;
        }
        assertEquals(List.of(".", "..", "b.txt", "c-link", "dir", "hello.txt"), names);
        assertEquals(List.of(3, 3, 4, 7, 3, 4), types);
        assertEquals(6, lastCookie);
        // From a cookie, and into a buffer too small: the last entry is cut and the buffer is full.
        h.ok("fd_readdir", dir, buffer, 30, 3L, OUT);
        assertEquals(30, h.i32(OUT));
        assertEquals(4, h.i64(buffer), "the entry after cookie 3 is the fourth");
        assertEquals("c-link".length(), h.i32(buffer + 16));
        h.ok("fd_readdir", dir, buffer, 1024, 6L, OUT);
        assertEquals(0, h.i32(OUT), "past the end");
        int file = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        assertEquals(Errno.NOTDIR, h.call("fd_readdir", file, buffer, 1024, 0L, OUT));
        assertEquals(Errno.ISDIR, h.call("fd_read", dir, h.iovec(buffer, 4), 1, OUT));
    }

    @Test
    void renumberMovesADescriptorOverAnother() {
        int a = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        int b = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        h.read(a, 5);
        h.ok("fd_renumber", a, b);
        assertEquals(", world", h.read(b, 20), "b is now what a was");
        assertEquals(Errno.BADF, h.call("fd_close", a));
        assertEquals(Errno.BADF, h.call("fd_renumber", b, 50));
        assertEquals(a, h.open(PREOPEN, "hello.txt", 0, READ, 0), "the lowest free number is reused");
    }

    @Test
    void badPointersAreFaultsAndChangeNothing() throws IOException {
        int path = h.put("created.txt");
        assertEquals(Errno.FAULT, h.call("path_open", PREOPEN, 1, path, 11, CREAT, READ_WRITE, 0L, 0, 0x10000));
        assertFalse(Files.exists(sandbox.resolve("created.txt")), "the result pointer is checked before creating");
        assertEquals(Errno.FAULT, h.call("path_open", PREOPEN, 1, 0xFFFF0, 100, 0, READ, 0L, 0, OUT));
        int fd = h.open(PREOPEN, "hello.txt", 0, READ, 0);
        assertEquals(Errno.FAULT, h.call("fd_read", fd, h.iovec(0xFFFF, 2), 1, OUT));
        assertEquals("hello", h.read(fd, 5), "the failed read consumed nothing");
        assertEquals(Errno.FAULT, h.call("fd_read", fd, -8, 1, OUT));
        assertEquals(Errno.INVAL, h.call("fd_read", fd, h.iovec(0, 0), 1025, OUT));
    }

    @Test
    void invalidUtf8PathsAreIllegalSequences() {
        int path = h.put(new byte[] {'a', (byte) 0xC3});
        assertEquals(Errno.ILSEQ, h.call("path_open", PREOPEN, 1, path, 2, 0, READ, 0L, 0, OUT));
    }
}
