package dev.tandem.lab.engine.tandem;

import dev.tandem.lab.engine.InProcessEngine;
import dev.tandem.lab.engine.JvmFlags;
import dev.tandem.lab.engine.PhaseClock;
import dev.tandem.lab.engine.RunReport;
import dev.tandem.lab.engine.WasiCommand;
import dev.tandem.runtime.CompiledModule;
import dev.tandem.runtime.ExportedFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.PrecompilingTier;
import dev.tandem.runtime.Tier;
import dev.tandem.runtime.Tiers;
import dev.tandem.wasi.Wasi;
import dev.tandem.wasi.WasiOptions;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.ExternKind;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A Tandem tier as a lab engine, generic over runtime's {@link Tier}: the tier is found by name
 * through {@code ServiceLoader}, so it shows up here when its module is on the classpath and is
 * reported skipped ("tier not built yet") until then. What distinguishes the variants of one tier
 * (JIT on or off) is only the JVM they run in, so each variant is a tier name plus JVM flags.
 *
 * <p>Phases: {@code decode} is wasm-core's decode and validate; {@code compile} is the tier's
 * {@link Tier#compile} (for the Truffle tier it includes opening its context the first time).
 *
 * <p>WASI: {@code hello} and the kernels' command modules get {@link StdoutOnlyWasi} (what the
 * start-up numbers have always measured); real programs, instantiated with a {@link WasiCommand},
 * get Tandem's own WASI ({@code wasi/}), the one {@code tandem run} uses.
 */
public final class TandemTierEngine implements InProcessEngine {

    private final String id;
    private final String tierName;
    private final List<String> jvmArgs;
    private final Supplier<Optional<String>> jvmCheck;
    private final Supplier<Optional<String>> machineCheck;
    /** Null: compile in memory. Otherwise the tier's precompile options, and the module is loaded from a file. */
    private final Map<String, String> precompiled;

    private TandemTierEngine(String id, String tierName, List<String> jvmArgs, Supplier<Optional<String>> jvmCheck,
                             Supplier<Optional<String>> machineCheck) {
        this(id, tierName, jvmArgs, jvmCheck, machineCheck, null);
    }

    private TandemTierEngine(String id, String tierName, List<String> jvmArgs, Supplier<Optional<String>> jvmCheck,
                             Supplier<Optional<String>> machineCheck, Map<String, String> precompiled) {
        this.id = id;
        this.tierName = tierName;
        this.jvmArgs = List.copyOf(jvmArgs);
        this.jvmCheck = jvmCheck;
        this.machineCheck = machineCheck;
        this.precompiled = precompiled;
    }

    /** The Truffle tier with the Graal JIT on. */
    public static TandemTierEngine truffleJit() {
        return new TandemTierEngine("tandem-truffle-jit", "truffle", JvmFlags.graalJit(),
                JvmFlags::graalJitInactiveReason, JvmFlags::graalJitMissing);
    }

    /**
     * The Truffle tier interpreting only: the optimizing runtime (JVMCI on, as for the JIT) with
     * {@code engine.Compilation=false}, set as the system property Truffle reads. Without JVMCI Truffle
     * falls back to a runtime that does not know the option at all.
     */
    public static TandemTierEngine truffleInterpreter() {
        List<String> flags = new ArrayList<>(JvmFlags.graalJit());
        flags.add("-Dpolyglot.engine.Compilation=false");
        return new TandemTierEngine("tandem-truffle-interp", "truffle", flags,
                () -> JvmFlags.graalJitInactiveReason().or(() -> "false".equals(System.getProperty("polyglot.engine.Compilation"))
                        ? Optional.empty() : Optional.of("this JVM was not started with -Dpolyglot.engine.Compilation=false")),
                JvmFlags::graalJitMissing);
    }

    /** The AOT tier compiling in memory. */
    public static TandemTierEngine aotInMemory() {
        return new TandemTierEngine("tandem-aot-memory", "aot", JvmFlags.AOT_TIER, Optional::empty, Optional::empty);
    }

    /**
     * The AOT tier loading a precompiled {@code .twasm} file, compiled with unwind info on or off. The
     * file is compiled and written before the clock starts; the one timed phase before instantiation is
     * {@code load} (read the file, check its header and hashes, define its classes), which is what a user
     * who ships {@code .twasm} files pays at start-up.
     */
    public static TandemTierEngine aotPrecompiled(boolean unwindInfo) {
        return new TandemTierEngine(unwindInfo ? "tandem-aot-twasm" : "tandem-aot-twasm-nounwind", "aot", JvmFlags.AOT_TIER,
                Optional::empty, Optional::empty, Map.of("unwind-info", Boolean.toString(unwindInfo)));
    }

    @Override
    public String id() {
        return id;
    }

    /** The runtime tier name this engine runs ({@code truffle}, {@code aot}). */
    public String tierName() {
        return tierName;
    }

    @Override
    public Optional<String> unavailableReason() {
        Optional<Tier> tier = Tiers.find(tierName);
        if (tier.isEmpty()) {
            return Optional.of("tier not built yet: no dev.tandem.runtime.Tier named '" + tierName
                    + "' on the classpath (tiers found: " + Tiers.names() + ")");
        }
        if (precompiled != null && !(tier.get() instanceof PrecompilingTier)) {
            return Optional.of("tier '" + tierName + "' cannot write precompiled files (it is not a PrecompilingTier)");
        }
        return machineCheck.get();
    }

    @Override
    public List<String> jvmArgs() {
        return jvmArgs;
    }

    @Override
    public Optional<String> unavailableInThisJvm() {
        Optional<String> missing = unavailableReason();
        return missing.isPresent() ? missing : jvmCheck.get();
    }

    @Override
    public PreparedModule prepare(byte[] wasm, PhaseClock clock) throws Exception {
        Tier tier = Tiers.find(tierName).orElseThrow(() -> new IllegalStateException(unavailableReason().orElse("")));
        if (precompiled != null) {
            return new Prepared(tier, loadPrecompiled((PrecompilingTier) tier, wasm, clock));
        }
        clock.start();
        ValidatedModule validated = Wasm.load(wasm);
        clock.lap(RunReport.Phase.DECODE);
        CompiledModule compiled = tier.compile(validated);
        clock.lap(RunReport.Phase.COMPILE);
        return new Prepared(tier, compiled);
    }

    /** Compiles to a file untimed, then times reading and loading it as phase {@code load}. */
    private CompiledModule loadPrecompiled(PrecompilingTier tier, byte[] wasm, PhaseClock clock) throws Exception {
        Path file = Files.createTempFile("tandem-lab-", ".twasm");
        try {
            Files.write(file, tier.precompile(wasm, precompiled));
            clock.start();
            CompiledModule loaded = tier.load(Files.readAllBytes(file));
            clock.lap(RunReport.Phase.LOAD);
            return loaded;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Prepared(Tier tier, CompiledModule compiled) implements PreparedModule {

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream stdout) throws Exception {
            boolean wantsWasi = compiled.module().module().imports().stream()
                    .anyMatch(i -> i.module().equals(StdoutOnlyWasi.MODULE) && i.kind() == ExternKind.FUNCTION);
            StdoutOnlyWasi wasi = new StdoutOnlyWasi(stdout);
            Instance instance = compiled.instantiate(wantsWasi ? wasi.imports() : Imports.none());
            Memory memory = instance.export("memory") instanceof Memory m ? m : null;
            wasi.bind(memory);
            return new TierInstance(instance, memory, null);
        }

        @Override
        public InProcessEngine.WasmInstance instantiate(OutputStream stdout, WasiCommand command) throws Exception {
            WasiOptions.Builder options = WasiOptions.builder().args(command.args()).stdout(stdout, false);
            command.dirs().forEach((guest, host) -> options.preopen(Path.of(host), guest));
            Wasi wasi = new Wasi(options.build());
            try {
                Instance instance = compiled.instantiate(wasi.imports());
                return new TierInstance(instance, instance.export("memory") instanceof Memory m ? m : null, wasi);
            } catch (RuntimeException | Error e) {
                wasi.close();
                throw e;
            }
        }

        @Override
        public void close() throws Exception {
            if (tier instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** @param wasi the full WASI of a real program's instance, or null */
    private record TierInstance(Instance instance, Memory memory, Wasi wasi) implements InProcessEngine.WasmInstance {

        @Override
        public int runCommand() throws Exception {
            if (wasi == null) {
                return InProcessEngine.WasmInstance.super.runCommand();
            }
            try (wasi) {
                return wasi.runCommand(instance);
            }
        }

        @Override
        public ExportCall function(String export) {
            ExportedFunction f = instance.function(export);
            return args -> {
                Object[] boxed = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    boxed[i] = args[i];
                }
                Object[] results = f.call(boxed);
                return results == null || results.length == 0 ? 0 : ((Number) results[0]).longValue();
            };
        }

        @Override
        public long memoryBytes() {
            return memory == null ? 0 : memory.byteSize();
        }
    }
}
