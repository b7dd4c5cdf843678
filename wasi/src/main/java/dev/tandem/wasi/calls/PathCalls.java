package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fd.Descriptor;
import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.OpenDirectory;
import dev.tandem.wasi.fd.OpenFile;
import dev.tandem.wasi.fd.Rights;
import dev.tandem.wasi.fs.FileStat;
import dev.tandem.wasi.fs.PathResolver;
import dev.tandem.wasi.fs.PathResolver.Resolved;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Everything that names a file by path: {@code path_open}, {@code path_create_directory},
 * {@code path_remove_directory}, {@code path_unlink_file}, {@code path_rename},
 * {@code path_filestat_get}, {@code path_filestat_set_times}, {@code path_symlink},
 * {@code path_readlink} and {@code path_link}. Every path goes through {@link PathResolver}
 * first; the operation then runs on the host path it returns, never following a final link the
 * program did not ask to follow. Errnos follow Linux for the same operation.
 */
final class PathCalls {

    /** {@code lookupflags}: follow a final symbolic link. */
    private static final int SYMLINK_FOLLOW = 1;
    /** {@code oflags}. */
    private static final int CREAT = 1;
    private static final int DIRECTORY = 1 << 1;
    private static final int EXCL = 1 << 2;
    private static final int TRUNC = 1 << 3;

    private final GuestMemory memory;
    private final DescriptorTable descriptors;

    PathCalls(WasiProcess process) {
        this.memory = process.memory();
        this.descriptors = process.descriptors();
    }

    void open(int fd, int lookupFlags, int pathPtr, int pathLength, int oflags, long rightsBase,
              long rightsInheriting, int fdflags, int resultPtr) throws ErrnoException, IOException {
        OpenDirectory dir = directory(fd);
        String path = memory.string(pathPtr, pathLength);
        memory.check(resultPtr, 4);
        if ((oflags & ~(CREAT | DIRECTORY | EXCL | TRUNC)) != 0 || (fdflags & ~Descriptor.ALL_FLAGS) != 0) {
            throw new ErrnoException(Errno.INVAL, "oflags " + oflags + ", fdflags " + fdflags);
        }
        boolean create = (oflags & CREAT) != 0;
        boolean exclusive = create && (oflags & EXCL) != 0;
        // O_CREAT|O_EXCL never follows a final link: an existing link is "exists".
        boolean follow = (lookupFlags & SYMLINK_FOLLOW) != 0 && !exclusive;
        Resolved target = PathResolver.resolve(dir.root(), path, follow);
        long base = rightsBase & dir.rightsInheriting();
        long inheriting = rightsInheriting & dir.rightsInheriting();
        boolean readable = (base & (Rights.FD_READ | Rights.FD_READDIR)) != 0;
        boolean writable = (base & Rights.FD_WRITE) != 0;
        boolean truncate = (oflags & TRUNC) != 0;
        if (truncate && !writable) {
            throw new ErrnoException(Errno.INVAL, "O_TRUNC needs write access");
        }

        if (target.exists()) {
            if (exclusive) {
                throw new ErrnoException(Errno.EXIST, path);
            }
            if (target.isSymbolicLink()) {
                throw new ErrnoException(Errno.LOOP, path + " is a symbolic link and O_NOFOLLOW is set");
            }
            if (target.isDirectory()) {
                if (writable || truncate || create) {
                    throw new ErrnoException(Errno.ISDIR, path);
                }
                int opened = descriptors.add(new OpenDirectory(target.path(), null, base & Rights.DIRECTORY, inheriting));
                memory.putI32(resultPtr, opened);
                return;
            }
            if ((oflags & DIRECTORY) != 0) {
                throw new ErrnoException(Errno.NOTDIR, path);
            }
        } else {
            if (!create) {
                throw new ErrnoException(Errno.NOENT, path);
            }
            if ((oflags & DIRECTORY) != 0 || target.name() == null) {
                throw new ErrnoException(Errno.INVAL, "O_CREAT with O_DIRECTORY");
            }
            try {
                // Java ignores CREATE for a read-only open, so the file is made first.
                Files.createFile(target.path());
            } catch (FileAlreadyExistsException raced) {
                if (exclusive) {
                    throw new ErrnoException(Errno.EXIST, path);
                }
            }
        }
        Set<OpenOption> options = new HashSet<>();
        options.add(LinkOption.NOFOLLOW_LINKS);
        if (readable || !writable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
            if (truncate) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
        }
        FileChannel channel = FileChannel.open(target.path(), options);
        try {
            int opened = descriptors.add(new OpenFile(channel, target.path(), readable || !writable, writable,
                    base & Rights.REGULAR_FILE, inheriting, fdflags));
            memory.putI32(resultPtr, opened);
        } catch (ErrnoException e) {
            channel.close();
            throw e;
        }
    }

    void createDirectory(int fd, int pathPtr, int pathLength) throws ErrnoException, IOException {
        Resolved target = resolve(fd, pathPtr, pathLength, false);
        if (target.exists()) {
            throw new ErrnoException(Errno.EXIST);
        }
        Files.createDirectory(target.path());
    }

    void removeDirectory(int fd, int pathPtr, int pathLength) throws ErrnoException, IOException {
        Resolved target = resolve(fd, pathPtr, pathLength, false);
        if (target.name() == null) {
            throw new ErrnoException(Errno.INVAL, "cannot remove a path ending in . or ..");
        }
        if (!target.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (!target.isDirectory()) {
            throw new ErrnoException(Errno.NOTDIR);
        }
        Files.delete(target.path());
    }

    void unlinkFile(int fd, int pathPtr, int pathLength) throws ErrnoException, IOException {
        Resolved target = resolve(fd, pathPtr, pathLength, false);
        if (target.name() == null || target.isDirectory()) {
            throw new ErrnoException(Errno.ISDIR);
        }
        if (!target.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        Files.delete(target.path());
    }

    /** {@code rename(2)} itself (an atomic move), so replacing, and the errnos for kinds that do not fit, are the host's. */
    void rename(int fd, int oldPtr, int oldLength, int newFd, int newPtr, int newLength)
            throws ErrnoException, IOException {
        Resolved from = resolve(fd, oldPtr, oldLength, false);
        Resolved to = resolve(newFd, newPtr, newLength, false);
        if (from.name() == null || to.name() == null) {
            throw new ErrnoException(Errno.BUSY, "cannot rename a path ending in . or ..");
        }
        if (!from.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (to.exists() && !from.path().equals(to.path())) {
            if (from.isDirectory() && !to.isDirectory()) {
                throw new ErrnoException(Errno.NOTDIR);
            }
            if (!from.isDirectory() && to.isDirectory()) {
                throw new ErrnoException(Errno.ISDIR);
            }
        }
        Files.move(from.path(), to.path(), StandardCopyOption.ATOMIC_MOVE);
    }

    void filestatGet(int fd, int lookupFlags, int pathPtr, int pathLength, int resultPtr)
            throws ErrnoException {
        Resolved target = resolve(fd, pathPtr, pathLength, (lookupFlags & SYMLINK_FOLLOW) != 0);
        memory.check(resultPtr, FileStat.SIZE);
        if (!target.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        FileStat.of(target.path()).writeTo(memory, resultPtr);
    }

    void filestatSetTimes(int fd, int lookupFlags, int pathPtr, int pathLength, long accessNanos, long modifyNanos,
                          int fstflags) throws ErrnoException, IOException {
        Resolved target = resolve(fd, pathPtr, pathLength, (lookupFlags & SYMLINK_FOLLOW) != 0);
        if (!target.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        Timestamps.set(target.path(), accessNanos, modifyNanos, fstflags);
    }

    /**
     * Creates a link whose text is {@code old}. A text that would lead out of the directory
     * descriptor's sandbox (absolute, or climbing above it with {@code ..}) is refused with
     * {@link Errno#NOTCAPABLE}: following it is refused anyway, but the program must not leave an
     * escape for whoever follows links on the host later. The check is on the text alone; a link
     * through other links inside is checked when it is followed, like any path.
     */
    void symlink(int oldPtr, int oldLength, int fd, int newPtr, int newLength) throws ErrnoException, IOException {
        String text = memory.string(oldPtr, oldLength);
        OpenDirectory dir = directory(fd);
        Resolved link = PathResolver.resolve(dir.root(), memory.string(newPtr, newLength), false);
        if (text.isEmpty()) {
            throw new ErrnoException(Errno.NOENT, "empty link text");
        }
        if (text.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        if (link.exists() || link.name() == null) {
            throw new ErrnoException(Errno.EXIST);
        }
        if (leadsOut(text, link.directory().equals(dir.root()) ? 0 : dir.root().relativize(link.directory()).getNameCount())) {
            throw new ErrnoException(Errno.NOTCAPABLE, "link text " + text + " leads out of the sandbox");
        }
        Files.createSymbolicLink(link.path(), Path.of(text));
    }

    /** Whether a link text, read from a directory {@code depth} levels below the root, climbs above the root. */
    private static boolean leadsOut(String text, int depth) {
        if (text.startsWith("/")) {
            return true;
        }
        for (String part : text.split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    /** The link's text, cut to the buffer (as readlink does); the result is the number of bytes written. */
    void readlink(int fd, int pathPtr, int pathLength, int buffer, int bufferLength, int resultPtr)
            throws ErrnoException, IOException {
        Resolved link = resolve(fd, pathPtr, pathLength, false);
        memory.check(buffer, Integer.toUnsignedLong(bufferLength));
        memory.check(resultPtr, 4);
        if (!link.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (!link.isSymbolicLink()) {
            throw new ErrnoException(Errno.INVAL, "not a symbolic link");
        }
        byte[] text = Files.readSymbolicLink(link.path()).toString().getBytes(StandardCharsets.UTF_8);
        int n = (int) Math.min(text.length, Integer.toUnsignedLong(bufferLength));
        memory.write(buffer, text, 0, n);
        memory.putI32(resultPtr, n);
    }

    void link(int oldFd, int oldLookupFlags, int oldPtr, int oldLength, int newFd, int newPtr, int newLength)
            throws ErrnoException, IOException {
        Resolved from = resolve(oldFd, oldPtr, oldLength, (oldLookupFlags & SYMLINK_FOLLOW) != 0);
        Resolved to = resolve(newFd, newPtr, newLength, false);
        if (!from.exists()) {
            throw new ErrnoException(Errno.NOENT);
        }
        if (from.isDirectory()) {
            throw new ErrnoException(Errno.PERM, "hard links to directories are not allowed");
        }
        if (to.exists() || to.name() == null) {
            throw new ErrnoException(Errno.EXIST);
        }
        Files.createLink(to.path(), from.path());
    }

    private Resolved resolve(int fd, int pathPtr, int pathLength, boolean follow) throws ErrnoException {
        OpenDirectory dir = directory(fd);
        return PathResolver.resolve(dir.root(), memory.string(pathPtr, pathLength), follow);
    }

    /** Paths are resolved from a directory descriptor; any other descriptor is ENOTDIR, as for openat. */
    private OpenDirectory directory(int fd) throws ErrnoException {
        if (descriptors.get(fd) instanceof OpenDirectory dir) {
            return dir;
        }
        throw new ErrnoException(Errno.NOTDIR, "fd " + fd + " is not a directory");
    }
}
