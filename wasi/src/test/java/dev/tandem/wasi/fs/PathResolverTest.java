package dev.tandem.wasi.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sandbox walk: where each path leads, and which ones are refused with which errno. */
class PathResolverTest {

    @TempDir
    Path temp;
    Path root;

    @BeforeEach
    void layout() throws IOException {
        root = Files.createDirectories(temp.resolve("sandbox")).toRealPath();
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.writeString(root.resolve("file.txt"), "hello");
        Files.createDirectories(root.resolve("dir/sub"));
        Files.writeString(root.resolve("dir/inner.txt"), "inner");
        Files.createSymbolicLink(root.resolve("link-in"), Path.of("file.txt"));
        Files.createSymbolicLink(root.resolve("dir/link-up"), Path.of("../file.txt"));
        Files.createSymbolicLink(root.resolve("link-dir"), Path.of("dir"));
        Files.createSymbolicLink(root.resolve("link-out"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(root.resolve("link-out-dir"), Path.of(".."));
        Files.createSymbolicLink(root.resolve("link-abs"), outside.resolve("secret.txt").toAbsolutePath());
        Files.createSymbolicLink(root.resolve("loop-a"), Path.of("loop-b"));
        Files.createSymbolicLink(root.resolve("loop-b"), Path.of("loop-a"));
        Files.createSymbolicLink(root.resolve("dangling"), Path.of("nowhere/else"));
    }

    private PathResolver.Resolved resolve(String path, boolean follow) throws ErrnoException {
        return PathResolver.resolve(root, path, follow);
    }

    private Errno refusal(String path, boolean follow) {
        return assertThrows(ErrnoException.class, () -> resolve(path, follow), path).errno();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "file.txt, file.txt",
        "./file.txt, file.txt",
        "dir/../file.txt, file.txt",
        "dir//inner.txt, dir/inner.txt",
        "dir/sub/../inner.txt, dir/inner.txt",
        "link-in, file.txt",
        "dir/link-up, file.txt",
        "link-dir/inner.txt, dir/inner.txt",
        "link-dir/../file.txt, file.txt",
        "new-file, new-file",
        "dir/new-file, dir/new-file",
    })
    void leadsInside(String path, String expected) throws ErrnoException {
        assertEquals(root.resolve(expected), resolve(path, true).path());
    }

    @Test
    void pathsNamingADirectoryItselfHaveNoFinalName() throws ErrnoException {
        for (String path : new String[] {".", "./", "dir/..", "dir/sub/../..", "link-dir/.."}) {
            PathResolver.Resolved r = resolve(path, true);
            assertNull(r.name(), path);
            assertEquals(root, r.directory(), path);
            assertTrue(r.isDirectory(), path);
        }
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({
        "..",
        "../outside/secret.txt",
        "dir/../../outside/secret.txt",
        "dir/sub/../../..",
        "/etc/passwd",
        "/",
        "link-out",
        "link-out-dir/outside/secret.txt",
        "link-abs",
        "dir/../link-out",
    })
    void escapesAreNotCapable(String path) {
        assertEquals(Errno.NOTCAPABLE, refusal(path, true));
    }

    @Test
    void aFinalLinkNotFollowedIsTheLinkItselfWhereverItPoints() throws ErrnoException {
        PathResolver.Resolved r = resolve("link-out", false);
        assertTrue(r.isSymbolicLink());
        assertEquals(root.resolve("link-out"), r.path());
        // A link on the way is always followed, so it is refused even without follow.
        assertEquals(Errno.NOTCAPABLE, refusal("link-out-dir/x", false));
    }

    @Test
    void trailingSlashFollowsAndRequiresADirectory() throws ErrnoException {
        assertEquals(root.resolve("dir"), resolve("link-dir/", false).path());
        assertEquals(Errno.NOTDIR, refusal("file.txt/", true));
        assertEquals(Errno.NOTDIR, refusal("link-in/", false));
        assertEquals(Errno.NOTCAPABLE, refusal("link-out/", false));
    }

    @Test
    void otherRefusals() {
        assertEquals(Errno.NOENT, refusal("", true));
        assertEquals(Errno.NOENT, refusal("missing/file", true));
        assertEquals(Errno.NOTDIR, refusal("file.txt/x", true));
        assertEquals(Errno.LOOP, refusal("loop-a", true));
        assertEquals(Errno.NOENT, refusal("dangling", true));
        assertEquals(Errno.INVAL, refusal("a\0b", true));
        assertEquals(Errno.NAMETOOLONG, refusal("x".repeat(256), true));
        assertEquals(Errno.NAMETOOLONG, refusal("a/".repeat(2100), true));
    }

    @Test
    void aMissingFinalComponentIsReportedNotRefused() throws ErrnoException {
        PathResolver.Resolved r = resolve("dir/new", true);
        assertFalse(r.exists());
        assertEquals("new", r.name());
        assertEquals(root.resolve("dir"), r.directory());
        assertFalse(resolve("loop-a", false).isDirectory());
    }
}
