package dev.tandem.lab.engine;

import dev.tandem.lab.engine.chicory.ChicoryEngine;
import dev.tandem.lab.engine.graalwasm.GraalWasmEngine;
import dev.tandem.lab.engine.nativecode.NativeEngine;
import dev.tandem.lab.engine.node.NodeEngine;
import dev.tandem.lab.engine.tandem.TandemTierEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every engine of the lab, in the order of docs/results-schema.md's engine table. */
public final class Engines {

    private Engines() {
    }

    public static List<Engine> all() {
        return List.of(
                TandemTierEngine.truffleJit(),
                TandemTierEngine.truffleInterpreter(),
                TandemTierEngine.aotInMemory(),
                TandemTierEngine.aotPrecompiled(true),
                TandemTierEngine.aotPrecompiled(false),
                new GraalWasmEngine(),
                ChicoryEngine.interpreter(),
                ChicoryEngine.compiler(),
                NodeEngine.defaultTiering(),
                NodeEngine.liftoffOnly(),
                NodeEngine.turbofanOnly(),
                new NativeEngine());
    }

    public static List<String> ids() {
        return all().stream().map(Engine::id).toList();
    }

    public static Optional<Engine> find(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** @throws IllegalArgumentException naming the known ids when there is no such engine */
    public static Engine byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown engine '" + id + "' (engines: "
                + String.join(", ", ids()) + ")"));
    }

    /**
     * The in-process engine of that id, checked to run in this JVM (a JMH fork started with its
     * flags): what every JMH benchmark's set-up asks first.
     *
     * @throws IllegalStateException when the engine does not run inside a JVM or not in this one, saying why
     */
    public static InProcessEngine inThisJvm(String id) {
        if (!(byId(id) instanceof InProcessEngine inProcess)) {
            throw new IllegalStateException(id + " does not run inside a JVM");
        }
        String unavailable = inProcess.unavailableInThisJvm().orElse(null);
        if (unavailable != null) {
            throw new IllegalStateException(id + ": " + unavailable);
        }
        return inProcess;
    }

    /**
     * The engines a comma-separated list names, in catalog order; {@code null}, empty or {@code all}
     * means every engine.
     */
    public static List<Engine> select(String list) {
        if (list == null || list.isBlank() || list.equals("all")) {
            return all();
        }
        List<String> wanted = Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        wanted.forEach(Engines::byId);
        List<Engine> chosen = new ArrayList<>();
        for (Engine e : all()) {
            if (wanted.contains(e.id())) {
                chosen.add(e);
            }
        }
        return chosen;
    }
}
