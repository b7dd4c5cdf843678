package dev.tandem.aot.twasm;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.wasm.model.Module;

/** Writes a {@code .twasm} file ({@link TwasmFormat} has the layout). */
public final class TwasmWriter {

    private TwasmWriter() {
    }

    /**
     * @param source  the {@code .wasm} bytes the module was decoded from (only their hash is kept)
     * @param module  the decoded module
     * @param code    its compiled classes
     * @param options the options they were compiled with
     */
    public static byte[] write(byte[] source, Module module, CompiledCode code, AotOptions options) {
        BinaryOutput content = new BinaryOutput();
        ModuleCodec.write(module, content);
        CodeCodec.write(code, content);
        byte[] body = content.toByteArray();
        BinaryOutput file = new BinaryOutput();
        file.raw(TwasmFormat.MAGIC);
        file.u16(TwasmFormat.FORMAT_VERSION);
        file.string(ModuleCompiler.VERSION);
        file.u8(options.unwindInfo() ? 1 : 0);
        file.u32(options.methodLimit());
        file.raw(TwasmFormat.sha256(source, 0, source.length));
        file.u64(body.length);
        byte[] header = file.toByteArray();
        file.raw(TwasmFormat.fileHash(header, 0, header.length, body, 0, body.length));
        file.raw(body);
        return file.toByteArray();
    }
}
