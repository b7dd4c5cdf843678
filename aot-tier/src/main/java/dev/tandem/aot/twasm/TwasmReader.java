package dev.tandem.aot.twasm;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.wasm.model.Module;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads and checks a {@code .twasm} file: magic, format version, compiler version, options, then the
 * content's length and the file's SHA-256, all before the content is decoded. Nothing here defines a class;
 * a file that fails a check never gets that far.
 */
public final class TwasmReader {

    private TwasmReader() {
    }

    public static TwasmFile read(byte[] file) throws TwasmException {
        if (file.length < TwasmFormat.MAGIC.length
                || !Arrays.equals(file, 0, TwasmFormat.MAGIC.length, TwasmFormat.MAGIC, 0, TwasmFormat.MAGIC.length)) {
            throw new TwasmException("not a .twasm file: it does not start with the TWASM magic bytes");
        }
        BinaryInput in = new BinaryInput(file, TwasmFormat.MAGIC.length, file.length);
        int version;
        String compiler;
        AotOptions options;
        byte[] sourceHash;
        long contentLength;
        int headerLength;
        byte[] fileHash;
        try {
            version = in.u16();
            if (version != TwasmFormat.FORMAT_VERSION) {
                throw new TwasmException("unsupported .twasm format version " + version + " (this loader reads version "
                        + TwasmFormat.FORMAT_VERSION + "): compile the .wasm again");
            }
            compiler = in.string();
            if (!compiler.equals(ModuleCompiler.VERSION)) {
                throw new TwasmException("compiled by \"" + compiler + "\", but this is \"" + ModuleCompiler.VERSION
                        + "\": compile the .wasm again");
            }
            int flags = in.u8();
            int methodLimit = in.u32();
            if ((flags & ~1) != 0) {
                throw new TwasmException("unknown .twasm option flags 0x" + Integer.toHexString(flags));
            }
            try {
                options = new AotOptions((flags & 1) != 0, methodLimit);
            } catch (IllegalArgumentException e) {
                throw new TwasmException("bad .twasm options: " + e.getMessage());
            }
            sourceHash = in.raw(TwasmFormat.HASH_BYTES);
            contentLength = in.u64();
            headerLength = in.position();
            fileHash = in.raw(TwasmFormat.HASH_BYTES);
        } catch (TwasmException e) {
            if (e.getMessage().startsWith("malformed")) {
                throw new TwasmException("truncated .twasm file: it ends inside the header (" + file.length + " bytes)");
            }
            throw e;
        }
        int start = in.position();
        long actual = file.length - start;
        if (actual != contentLength) {
            throw new TwasmException((actual < contentLength ? "truncated" : "damaged") + " .twasm file: the header says "
                    + contentLength + " content bytes, the file has " + actual);
        }
        byte[] hash = TwasmFormat.fileHash(file, 0, headerLength, file, start, (int) actual);
        if (!Arrays.equals(hash, fileHash)) {
            throw new TwasmException("altered or damaged .twasm file: its SHA-256 is " + TwasmFormat.hex(hash)
                    + ", the header says " + TwasmFormat.hex(fileHash));
        }
        try {
            Module module = ModuleCodec.read(in);
            CompiledCode code = CodeCodec.read(in);
            if (in.remaining() != 0) {
                throw in.malformed(in.remaining() + " bytes after the compiled code");
            }
            return new TwasmFile(options, compiler, sourceHash, module, code);
        } catch (TwasmException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new TwasmException("malformed .twasm content: " + e.getMessage(), e);
        }
    }
}
