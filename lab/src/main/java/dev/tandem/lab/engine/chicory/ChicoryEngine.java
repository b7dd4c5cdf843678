package dev.tandem.lab.engine.chicory;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.InvalidException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.JvmFlags;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.WasiCommand;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chicory ({@code com.dylibso.chicory}), the interpreter or the runtime compiler (Wasm to JVM
 * bytecode when the module is prepared). Phases: {@code decode} is Chicory's parser; {@code compile}
 * is {@link MachineFactoryCompiler#compile(WasmModule)} (compiler only); {@code instantiate} builds
 * the instance without running {@code _start}, which the plan calls like any export. Command
 * modules get Chicory's own WASI preview 1 with stdout captured; real programs also their argv and
 * preopened directories ({@code withDirectory}, on the default file system), and {@code proc_exit}
 * (Chicory's {@link WasiExitException}) is their exit status.
 */
public final class ChicoryEngine implements InProcessEngine {

    private final boolean compiler;

    private ChicoryEngine(boolean compiler) {
        this.compiler = compiler;
    }

    public static ChicoryEngine interpreter() {
        return new ChicoryEngine(false);
    }

    public static ChicoryEngine compiler() {
        return new ChicoryEngine(true);
    }

    @Override
    public String id() {
        return compiler ? "chicory-compiler" : "chicory-interp";
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public List<String> jvmArgs() {
        return JvmFlags.QUIET;
    }

    @Override
    public Optional<String> unavailableInThisJvm() {
        return Optional.empty();
    }

    @Override
    public PreparedModule prepare(byte[] wasm, PhaseClock clock) {
        clock.start();
        WasmModule module = Parser.parse(wasm);
        clock.lap(RunReport.Phase.DECODE);
        Function<Instance, Machine> machines = null;
        if (compiler) {
            machines = MachineFactoryCompiler.compile(module);
            clock.lap(RunReport.Phase.COMPILE);
        }
        return new Prepared(module, machines);
    }

    private record Prepared(WasmModule module, Function<Instance, Machine> machines) implements PreparedModule {

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream stdout) {
            boolean wantsWasi = module.importSection().stream()
                    .anyMatch(i -> i.module().equals("wasi_snapshot_preview1"));
            Instance.Builder builder = Instance.builder(module).withStart(false);
            if (machines != null) {
                builder.withMachineFactory(machines);
            }
            if (wantsWasi) {
                WasiPreview1 wasi = WasiPreview1.builder()
                        .withOptions(WasiOptions.builder().withStdout(stdout).withThrowOnExit0(false).build()).build();
                builder.withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
            }
            return new ChicoryInstance(builder.build());
        }

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream stdout, WasiCommand command) {
            WasiOptions.Builder options = WasiOptions.builder().withStdout(stdout).withStderr(OutputStream.nullOutputStream())
                    .withArguments(command.args()).withThrowOnExit0(true);
            command.dirs().forEach((guest, host) -> options.withDirectory(guest, Path.of(host)));
            WasiPreview1 wasi = WasiPreview1.builder().withOptions(options.build()).build();
            Instance.Builder builder = Instance.builder(module).withStart(false)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build());
            if (machines != null) {
                builder.withMachineFactory(machines);
            }
            return new ChicoryInstance(builder.build());
        }
    }

    private record ChicoryInstance(Instance instance) implements InProcessEngine.WasmInstance {

        @Override
        public int runCommand() {
            try {
                lookUp("_start").apply();
                return 0;
            } catch (WasiExitException exit) {
                return exit.exitCode();
            }
        }

        @Override
        public ExportCall function(String export) {
            ExportFunction f = lookUp(export);
            return args -> {
                long[] wide = new long[args.length];
                for (int i = 0; i < args.length; i++) {
                    wide[i] = args[i];
                }
                long[] results = f.apply(wide);
                return results == null || results.length == 0 ? 0 : results[0];
            };
        }

        private ExportFunction lookUp(String export) {
            try {
                ExportFunction f = instance.export(export);
                if (f != null) {
                    return f;
                }
            } catch (InvalidException e) {
                // Chicory's own message; the lab's is the same for every engine
            }
            throw new IllegalArgumentException("no function export named \"" + export + "\"");
        }

        @Override
        public long memoryBytes() {
            return instance.memory() == null ? 0 : (long) instance.memory().pages() * 65536;
        }
    }
}
