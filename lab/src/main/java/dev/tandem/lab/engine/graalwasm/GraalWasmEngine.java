package dev.tandem.lab.engine.graalwasm;

import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.JvmFlags;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.WasiCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.ByteSequence;
import org.graalvm.polyglot.io.IOAccess;

/**
 * GraalWasm ({@code org.graalvm.polyglot:wasm}) with the Graal JIT, through the polyglot API.
 * Phases: {@code runtime-init} creates the polyglot context (GraalWasm's WASI built in, for
 * command modules); {@code decode} is {@code context.eval}, which decodes and validates the module
 * (GraalWasm has no separate compile step: Truffle compiles hot functions while they run);
 * {@code instantiate} is {@code module.newInstance()}.
 *
 * <p>All contexts of one JVM share one polyglot {@link Engine}, as an embedder running many modules
 * would, so a second prepare in the same JVM finds the language initialised and code caches warm.
 *
 * <p>Real programs: argv and preopened directories are options of a context ({@code arguments},
 * {@code wasm.WasiMapDirs}), and {@code proc_exit} ends the context it ran in, so each real-program
 * instance gets a context of its own on the shared engine (the module source is cached there, so its
 * parsed and compiled code carries over from one instance to the next).
 */
public final class GraalWasmEngine implements InProcessEngine {

    private static volatile Engine sharedEngine;

    @Override
    public String id() {
        return "graalwasm";
    }

    @Override
    public Optional<String> unavailableReason() {
        return JvmFlags.graalJitMissing();
    }

    @Override
    public List<String> jvmArgs() {
        return JvmFlags.graalJit();
    }

    @Override
    public Optional<String> unavailableInThisJvm() {
        Optional<String> missing = unavailableReason();
        return missing.isPresent() ? missing : JvmFlags.graalJitInactiveReason();
    }

    @Override
    public PreparedModule prepare(byte[] wasm, PhaseClock clock) {
        clock.start();
        SwitchableOutput stdout = new SwitchableOutput();
        Context context = Context.newBuilder("wasm").engine(engine())
                .option("wasm.Builtins", "wasi_snapshot_preview1")
                .out(stdout).err(OutputStream.nullOutputStream())
                .build();
        clock.lap(RunReport.Phase.RUNTIME_INIT);
        Source source;
        try {
            source = Source.newBuilder("wasm", ByteSequence.create(wasm), "module").build();
        } catch (IOException e) {
            context.close();
            throw new IllegalStateException("GraalWasm could not read the module: " + e.getMessage(), e);
        }
        Value module = context.eval(source);
        clock.lap(RunReport.Phase.DECODE);
        return new Prepared(context, module, stdout, source);
    }

    private static Engine engine() {
        Engine e = sharedEngine;
        if (e == null) {
            synchronized (GraalWasmEngine.class) {
                e = sharedEngine;
                if (e == null) {
                    e = Engine.newBuilder("wasm").option("engine.WarnInterpreterOnly", "false").build();
                    sharedEngine = e;
                }
            }
        }
        return e;
    }

    private record Prepared(Context context, Value module, SwitchableOutput stdout, Source source) implements PreparedModule {

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream out) {
            stdout.target = out;
            Value instance = module.newInstance();
            return new GraalInstance(instance.getMember("exports"), null);
        }

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream out, WasiCommand command) {
            StringBuilder dirs = new StringBuilder();
            command.dirs().forEach((guest, host) -> dirs.append(dirs.isEmpty() ? "" : ",").append(guest).append("::").append(host));
            Context.Builder builder = Context.newBuilder("wasm").engine(engine())
                    .option("wasm.Builtins", "wasi_snapshot_preview1")
                    .arguments("wasm", command.args().toArray(String[]::new))
                    .out(out).err(OutputStream.nullOutputStream());
            if (!dirs.isEmpty()) {
                builder.allowIO(IOAccess.ALL).option("wasm.WasiMapDirs", dirs.toString());
            }
            Context own = builder.build();
            try {
                return new GraalInstance(own.eval(source).newInstance().getMember("exports"), own);
            } catch (RuntimeException e) {
                own.close();
                throw e;
            }
        }

        @Override
        public void close() {
            context.close();
        }
    }

    /** @param ownContext a real program's own context, closed when its command has run; else null */
    private record GraalInstance(Value exports, Context ownContext) implements InProcessEngine.WasmInstance {

        @Override
        public int runCommand() throws Exception {
            try {
                function("_start").call();
                return 0;
            } catch (PolyglotException e) {
                if (e.isExit()) {
                    return e.getExitStatus();
                }
                throw e;
            } finally {
                if (ownContext != null) {
                    ownContext.close(true);
                }
            }
        }

        @Override
        public ExportCall function(String export) {
            Value f = exports.getMember(export);
            if (f == null || !f.canExecute()) {
                throw new IllegalArgumentException("no function export named \"" + export + "\"");
            }
            return args -> {
                Object[] boxed = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    boxed[i] = args[i];
                }
                Value result = f.execute(boxed);
                return result.isNull() || !result.isNumber() ? 0 : result.asLong();
            };
        }

        @Override
        public long memoryBytes() {
            Value memory = exports.getMember("memory");
            return memory != null && memory.hasBufferElements() ? memory.getBufferSize() : 0;
        }
    }

    /** The context's stdout, pointed at each instance's sink in turn (the context is built before it). */
    private static final class SwitchableOutput extends OutputStream {

        volatile OutputStream target = OutputStream.nullOutputStream();

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
