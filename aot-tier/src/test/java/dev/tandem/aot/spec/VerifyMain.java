package dev.tandem.aot.spec;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.codegen.ModuleCompiler;
import dev.tandem.wasm.Wasm;
import java.nio.file.Files;
import java.nio.file.Path;

/** A development aid: loads (so the JVM verifies) the classes generated for .wasm files (args: budget files...). */
public final class VerifyMain {

    public static void main(String[] args) throws Exception {
        AotOptions options = AotOptions.defaults().withMethodLimit(Integer.parseInt(args[0]));
        for (int i = 1; i < args.length; i++) {
            CompiledCode code;
            try {
                code = ModuleCompiler.compile(Wasm.load(Files.readAllBytes(Path.of(args[i]))), options);
            } catch (Exception e) {
                continue;
            }
            dev.tandem.aot.load.AotClassLoader loader = new dev.tandem.aot.load.AotClassLoader(code.classes(),
                    dev.tandem.aot.unwind.ModuleNames.NONE);
            for (String name : code.classes().keySet()) {
                try {
                    Class.forName(name, true, loader);
                } catch (Throwable t) {
                    System.out.println(args[i] + " " + name + ": " + t);
                }
            }
        }
    }
}
