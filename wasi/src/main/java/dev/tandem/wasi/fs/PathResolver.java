package dev.tandem.wasi.fs;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The sandbox: resolves a program's path against a directory descriptor, one component at a time,
 * never letting the host follow a symbolic link.
 *
 * <p>The walk keeps the real directories it has entered below the root. {@code .} is skipped,
 * {@code ..} leaves the last directory entered, and a {@code ..} with none left is an escape. Each
 * other component is looked at with {@code lstat} (never {@code stat}); a symbolic link is read and
 * its target's components are walked in its place, so a link cannot take the walk anywhere a path
 * could not. An absolute path or an absolute link target is an escape. Escapes fail with
 * {@link Errno#NOTCAPABLE} before anything outside the root is touched: every host path this class
 * builds or hands out is the root followed by real directories found inside it and one final name.
 * {@code java.nio.file.Path.normalize} is not used anywhere: it would fold {@code a/..} without
 * looking at {@code a}, which is wrong when {@code a} is a link.
 *
 * <p>What Java cannot give is {@code openat}: between this walk and the operation that follows it,
 * another process could replace a checked directory with a link. The guest itself cannot (a Wasm
 * program here is one thread); a host sharing a preopen with hostile processes needs an OS sandbox.
 */
public final class PathResolver {

    /** Links followed in one resolution before {@link Errno#LOOP}, as Linux counts. */
    public static final int MAX_SYMLINKS = 40;
    /** Longest component, in bytes ({@code NAME_MAX}). */
    public static final int NAME_MAX = 255;
    /** Longest path, in bytes ({@code PATH_MAX}). */
    public static final int PATH_MAX = 4096;

    /**
     * Where a path led: the real directory that holds its final component, and that component's
     * name, or a null name when the path names the directory itself ({@code .}, {@code a/..}).
     *
     * @param attributes the final component's {@code lstat} attributes, or null when it does not exist
     */
    public record Resolved(Path directory, String name, BasicFileAttributes attributes) {

        /** The host path: inside the root, with no symbolic link before its final name. */
        public Path path() {
            return name == null ? directory : directory.resolve(name);
        }

        public boolean exists() {
            return attributes != null;
        }

        public boolean isDirectory() {
            return attributes != null && attributes.isDirectory();
        }

        public boolean isSymbolicLink() {
            return attributes != null && attributes.isSymbolicLink();
        }
    }

    private PathResolver() {
    }

    /**
     * Resolves {@code path} below {@code root}.
     *
     * @param root   a real directory (no symbolic links in its own path)
     * @param follow whether a symbolic link as the final component is followed; a trailing slash
     *               always follows, and requires a directory
     * @throws ErrnoException NOTCAPABLE for an escape, NOENT for an empty path or a missing
     *                        directory on the way, NOTDIR for a file used as a directory, LOOP
     *                        after {@link #MAX_SYMLINKS} links, NAMETOOLONG, INVAL for a NUL byte
     */
    public static Resolved resolve(Path root, String path, boolean follow) throws ErrnoException {
        if (path.isEmpty()) {
            throw new ErrnoException(Errno.NOENT, "empty path");
        }
        if (path.indexOf('\0') >= 0) {
            throw new ErrnoException(Errno.INVAL, "NUL byte in path");
        }
        if (utf8Length(path) > PATH_MAX) {
            throw new ErrnoException(Errno.NAMETOOLONG);
        }
        if (path.startsWith("/")) {
            throw new ErrnoException(Errno.NOTCAPABLE, "absolute path " + path);
        }
        Deque<String> pending = components(path);
        boolean mustBeDirectory = path.endsWith("/");
        Path current = root;
        int entered = 0;
        int links = 0;
        while (!pending.isEmpty()) {
            String name = pending.removeFirst();
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (entered == 0) {
                    throw new ErrnoException(Errno.NOTCAPABLE, path + " leads above its directory");
                }
                entered--;
                current = current.getParent();
                continue;
            }
            if (utf8Length(name) > NAME_MAX) {
                throw new ErrnoException(Errno.NAMETOOLONG);
            }
            boolean last = pending.isEmpty();
            Path candidate = current.resolve(name);
            BasicFileAttributes attributes = lstat(candidate);
            if (attributes != null && attributes.isSymbolicLink() && (!last || follow || mustBeDirectory)) {
                if (++links > MAX_SYMLINKS) {
                    throw new ErrnoException(Errno.LOOP);
                }
                String target = readLink(candidate);
                if (target.isEmpty()) {
                    throw new ErrnoException(Errno.NOENT, "empty symbolic link");
                }
                if (target.startsWith("/")) {
                    throw new ErrnoException(Errno.NOTCAPABLE, "symbolic link " + name + " points to an absolute path");
                }
                if (last && target.endsWith("/")) {
                    mustBeDirectory = true;
                }
                Deque<String> expansion = components(target);
                while (!expansion.isEmpty()) {
                    pending.addFirst(expansion.removeLast());
                }
                continue;
            }
            if (!last) {
                if (attributes == null) {
                    throw new ErrnoException(Errno.NOENT, name + " does not exist");
                }
                if (!attributes.isDirectory()) {
                    throw new ErrnoException(Errno.NOTDIR, name + " is not a directory");
                }
                current = candidate;
                entered++;
                continue;
            }
            if (mustBeDirectory && attributes != null && !attributes.isDirectory()) {
                throw new ErrnoException(Errno.NOTDIR, name + " is not a directory");
            }
            return new Resolved(current, name, attributes);
        }
        return new Resolved(current, null, lstat(current));
    }

    /** {@code lstat}, or null when nothing is there. */
    public static BasicFileAttributes lstat(Path path) throws ErrnoException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e), path.getFileName() + ": " + e.getMessage());
        }
    }

    private static String readLink(Path link) throws ErrnoException {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            throw new ErrnoException(HostErrors.errno(e));
        }
    }

    /** The non-empty components between slashes. */
    private static Deque<String> components(String path) {
        Deque<String> parts = new ArrayDeque<>();
        int start = 0;
        while (start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            if (end > start) {
                parts.addLast(path.substring(start, end));
            }
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return parts;
    }

    private static int utf8Length(String s) {
        return s.length() <= NAME_MAX / 3 ? s.length() : s.getBytes(StandardCharsets.UTF_8).length;
    }
}
