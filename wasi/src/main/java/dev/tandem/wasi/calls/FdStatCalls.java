package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fd.Descriptor;
import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.Filetype;
import dev.tandem.wasi.fd.ListeningSocket;
import dev.tandem.wasi.fd.OpenDirectory;
import dev.tandem.wasi.fd.OpenFile;
import dev.tandem.wasi.fd.StdioStream;
import dev.tandem.wasi.fd.StreamSocket;
import dev.tandem.wasi.fs.FileStat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a descriptor is: {@code fd_fdstat_*}, {@code fd_filestat_*}, {@code fd_prestat_*} and
 * {@code fd_readdir}.
 */
final class FdStatCalls {

    /** fdstat: filetype u8 at 0, flags u16 at 2, base rights at 8, inheriting rights at 16. */
    private static final int FDSTAT_SIZE = 24;
    /** dirent: next cookie u64 at 0, inode u64 at 8, name length u32 at 16, type u8 at 20; the name follows. */
    private static final int DIRENT_SIZE = 24;
    private static final int SYNC_FLAGS = Descriptor.DSYNC | Descriptor.RSYNC | Descriptor.SYNC;

    private final GuestMemory memory;
    private final DescriptorTable descriptors;

    FdStatCalls(WasiProcess process) {
        this.memory = process.memory();
        this.descriptors = process.descriptors();
    }

    void fdstatGet(int fd, int resultPtr) throws ErrnoException {
        Descriptor d = descriptors.get(fd);
        memory.check(resultPtr, FDSTAT_SIZE);
        memory.putI64(resultPtr, 0);
        memory.putU8(resultPtr, d.filetype().code());
        memory.putU16(resultPtr + 2, d.flags());
        memory.putI64(resultPtr + 8, d.rightsBase());
        memory.putI64(resultPtr + 16, d.rightsInheriting());
    }

    /**
     * APPEND and NONBLOCK can be switched; the synchronous-I/O flags cannot (Java opens files with
     * them fixed), so asking for one is {@code ENOTSUP}, as in wasmtime.
     */
    void fdstatSetFlags(int fd, int flags) throws ErrnoException, IOException {
        Descriptor d = descriptors.get(fd);
        if ((flags & ~Descriptor.ALL_FLAGS) != 0) {
            throw new ErrnoException(Errno.INVAL, "flags " + flags);
        }
        if ((flags & SYNC_FLAGS) != (d.flags() & SYNC_FLAGS)) {
            throw new ErrnoException(Errno.NOTSUP, "synchronous I/O flags cannot change");
        }
        d.setFlags(flags);
    }

    void fdstatSetRights(int fd, long base, long inheriting) throws ErrnoException {
        Descriptor d = descriptors.get(fd);
        if ((base & ~d.rightsBase()) != 0 || (inheriting & ~d.rightsInheriting()) != 0) {
            throw new ErrnoException(Errno.NOTCAPABLE, "rights can only be dropped");
        }
        d.setRights(base, inheriting);
    }

    void filestatGet(int fd, int resultPtr) throws ErrnoException, IOException {
        Descriptor d = descriptors.get(fd);
        memory.check(resultPtr, FileStat.SIZE);
        FileStat stat = switch (d) {
            case OpenFile f -> openFileStat(f);
            case OpenDirectory dir -> FileStat.of(dir.root());
            case StdioStream s -> FileStat.ofType(s.filetype());
            case StreamSocket s -> FileStat.ofType(Filetype.SOCKET_STREAM);
            case ListeningSocket s -> FileStat.ofType(Filetype.SOCKET_STREAM);
        };
        stat.writeTo(memory, resultPtr);
    }

    /** {@code ftruncate}: shrinks or grows (with zeros); Linux answers EINVAL for a descriptor not open for writing. */
    void filestatSetSize(int fd, long size) throws ErrnoException, IOException {
        if (!(descriptors.get(fd) instanceof OpenFile f) || !f.writable()) {
            throw new ErrnoException(Errno.INVAL, "not a file open for writing");
        }
        if (size < 0) {
            throw new ErrnoException(Errno.INVAL, "size " + Long.toUnsignedString(size));
        }
        long current = f.channel().size();
        if (size < current) {
            f.channel().truncate(size);
        } else if (size > current) {
            f.channel().write(ByteBuffer.wrap(new byte[1]), size - 1);
        }
    }

    void filestatSetTimes(int fd, long accessNanos, long modifyNanos, int flags) throws ErrnoException, IOException {
        Path path = switch (descriptors.get(fd)) {
            case OpenFile f -> f.path();
            case OpenDirectory dir -> dir.root();
            default -> throw new ErrnoException(Errno.BADF, "not a file or directory");
        };
        Timestamps.set(path, accessNanos, modifyNanos, flags);
    }

    void prestatGet(int fd, int resultPtr) throws ErrnoException {
        String name = preopenName(fd);
        memory.check(resultPtr, 8);
        memory.putI32(resultPtr, 0); // tag 0: a directory, and padding
        memory.putI32(resultPtr + 4, name.getBytes(StandardCharsets.UTF_8).length);
    }

    void prestatDirName(int fd, int buffer, int length) throws ErrnoException {
        byte[] name = preopenName(fd).getBytes(StandardCharsets.UTF_8);
        if (Integer.toUnsignedLong(length) < name.length) {
            throw new ErrnoException(Errno.NAMETOOLONG, "buffer of " + length + " bytes for " + name.length);
        }
        memory.write(buffer, name, 0, name.length);
    }

    /**
     * Writes entries from {@code cookie} on into the buffer until it is full; the last entry may be
     * cut, and a full buffer tells wasi-libc to come back with a larger one. Cookie n is entry n of
     * the snapshot: {@code .}, {@code ..}, then the names sorted (byte order), so listings repeat.
     */
    void readdir(int fd, int buffer, int length, long cookie, int resultPtr) throws ErrnoException, IOException {
        if (!(descriptors.get(fd) instanceof OpenDirectory dir)) {
            throw new ErrnoException(Errno.NOTDIR);
        }
        ByteBuffer out = memory.buffer(buffer, length);
        memory.check(resultPtr, 4);
        if (cookie == 0 || dir.listing() == null) {
            dir.setListing(list(dir.root()));
        }
        List<OpenDirectory.Entry> entries = dir.listing();
        int start = out.position();
        byte[] header = new byte[DIRENT_SIZE];
        ByteBuffer h = ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        // Cookies are unsigned: one past Long.MAX_VALUE is past the end like any other large one.
        for (long i = cookie; i >= 0 && i < entries.size() && out.hasRemaining(); i++) {
            OpenDirectory.Entry e = entries.get((int) i);
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            h.clear();
            h.putLong(i + 1).putLong(e.inode()).putInt(name.length).put((byte) e.type().code()).put(new byte[3]);
            out.put(header, 0, Math.min(DIRENT_SIZE, out.remaining()));
            out.put(name, 0, Math.min(name.length, out.remaining()));
        }
        memory.putI32(resultPtr, out.position() - start);
    }

    private static List<OpenDirectory.Entry> list(Path directory) throws ErrnoException, IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
            for (Path p : stream) {
                names.add(p.getFileName().toString());
            }
        }
        names.sort(null);
        List<OpenDirectory.Entry> entries = new ArrayList<>(names.size() + 2);
        entries.add(new OpenDirectory.Entry(".", FileStat.of(directory).inode(), Filetype.DIRECTORY));
        // ".." may lie outside the sandbox: it is listed, never looked at (inode 0 means "unknown").
        entries.add(new OpenDirectory.Entry("..", 0, Filetype.DIRECTORY));
        for (String name : names) {
            try {
                FileStat stat = FileStat.of(directory.resolve(name));
                entries.add(new OpenDirectory.Entry(name, stat.inode(), stat.type()));
            } catch (ErrnoException gone) {
                // Removed since the listing: leave it out, as readdir would.
            }
        }
        return entries;
    }

    private String preopenName(int fd) throws ErrnoException {
        if (descriptors.get(fd) instanceof OpenDirectory dir && dir.preopenName() != null) {
            return dir.preopenName();
        }
        throw new ErrnoException(Errno.BADF, "fd " + fd + " is not a preopen");
    }

    /** An open file's stat: its path's, with the channel's size; a file unlinked since it was opened keeps its type and size. */
    private static FileStat openFileStat(OpenFile f) throws ErrnoException, IOException {
        long size = f.channel().size();
        try {
            return FileStat.of(f.path()).withSize(size);
        } catch (ErrnoException gone) {
            return new FileStat(0, 0, Filetype.REGULAR_FILE, 0, size, 0, 0, 0);
        }
    }
}
