package dev.tandem.aot.twasm;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The {@code .twasm} layout. All numbers big-endian.
 *
 * <pre>
 * header   magic            8 bytes  "\0TWASM\r\n" (a NUL and a CR LF, so text-mode copies break it)
 *          format version   u16      {@link #FORMAT_VERSION}
 *          compiler version u32 length + UTF-8
 *          options          u8 flags (bit 0: unwind info), u32 method limit (bytecode bytes per method)
 *          source hash      32 bytes SHA-256 of the .wasm the file was compiled from
 *          content length   u64
 *          file hash        32 bytes SHA-256 of every header byte before it, then of the content
 * content  the module's declarations ({@link ModuleCodec}), then the compiled code ({@link CodeCodec})
 * </pre>
 *
 * Every header field is checked, and the whole file hashed, before anything in the content is read
 * or any class defined: a file cut short, altered in any byte (the source hash included), or written
 * by another format or compiler version is refused with a message that says which.
 */
public final class TwasmFormat {

    static final byte[] MAGIC = {0, 'T', 'W', 'A', 'S', 'M', '\r', '\n'};
    /** Bumped whenever the layout changes. */
    public static final int FORMAT_VERSION = 1;
    static final int HASH_BYTES = 32;

    private TwasmFormat() {
    }

    static byte[] sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The file hash: SHA-256 of the header bytes before it, then of the content. */
    static byte[] fileHash(byte[] header, int headerOffset, int headerLength, byte[] content, int contentOffset,
                           int contentLength) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(header, headerOffset, headerLength);
            digest.update(content, contentOffset, contentLength);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
