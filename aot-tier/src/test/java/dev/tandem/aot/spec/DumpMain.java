package dev.tandem.aot.spec;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.wasm.Wasm;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;

/** A development aid: prints the classes generated for a .wasm file (args: file [budget] [unwind]). */
public final class DumpMain {

    public static void main(String[] args) throws Exception {
        AotOptions options = AotOptions.defaults();
        if (args.length > 1) {
            options = options.withMethodLimit(Integer.parseInt(args[1]));
        }
        if (args.length > 2) {
            options = options.withUnwindInfo(Boolean.parseBoolean(args[2]));
        }
        CompiledCode code = ModuleCompiler.compile(Wasm.load(Files.readAllBytes(Path.of(args[0]))), options);
        PrintWriter out = new PrintWriter(System.out);
        for (Map.Entry<String, byte[]> e : code.classes().entrySet()) {
            new ClassReader(e.getValue()).accept(new TraceClassVisitor(out), 0);
        }
        out.flush();
    }
}
