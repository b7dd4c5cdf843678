package dev.tandem.lab.workload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A program's standard output as the manifest checks it: the SHA-256 of its bytes, taken as they
 * are written, so a run keeps no copy of a large output (only its first bytes, for a failure message).
 * The one place the lab hashes output: in-process engines write into it, node and native outputs
 * are hashed from their files with {@link #of(Path)}.
 */
public final class StdoutDigest extends OutputStream {

    private static final int HEAD = 120;

    private final MessageDigest digest = newDigest();
    private final byte[] head = new byte[HEAD];
    private long bytes;

    @Override
    public void write(int b) {
        digest.update((byte) b);
        if (bytes < HEAD) {
            head[(int) bytes] = (byte) b;
        }
        bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        digest.update(b, off, len);
        if (bytes < HEAD) {
            System.arraycopy(b, off, head, (int) bytes, (int) Math.min(len, HEAD - bytes));
        }
        bytes += len;
    }

    /** The lower-case hex SHA-256 of everything written so far (the digest goes on from here). */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests are cloneable in every JDK", e);
        }
    }

    public long bytes() {
        return bytes;
    }

    /** The first bytes written, as text, for a failure message. */
    public String head() {
        return new String(head, 0, (int) Math.min(bytes, HEAD), StandardCharsets.UTF_8);
    }

    /** The digest of a file's bytes (node's and native's output). */
    public static StdoutDigest of(Path file) {
        StdoutDigest d = new StdoutDigest();
        try (InputStream in = Files.newInputStream(file)) {
            in.transferTo(d);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the program's output " + file + ": " + e.getMessage(), e);
        }
        return d;
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
