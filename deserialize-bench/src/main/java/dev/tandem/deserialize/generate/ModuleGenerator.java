package dev.tandem.deserialize.generate;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates the modules of a set: module {@code index} of the set with seed {@code setSeed} has
 * {@code functions} functions (the last is the exported entry {@code run: [] -> [i64]}) whose types,
 * bodies, constants and data all come from a random source seeded by both, so two modules of a set
 * differ in content, not only in a name, and no cache keyed by bytes or by shape can fold them. The
 * global's initial value is the index itself, so no two modules of a set are ever byte-identical.
 * Every module is validated by wasm-core before it is returned.
 */
public final class ModuleGenerator {

    /** The function counts the lab uses; any count from 1 works. */
    public static final List<Integer> FUNCTION_COUNTS = List.of(1, 10, 100, 1000);

    private ModuleGenerator() {
    }

    /**
     * @throws IllegalArgumentException for fewer than one function or a negative index
     * @throws IllegalStateException    when wasm-core rejects the module (a generator bug)
     */
    public static byte[] generate(long setSeed, int index, int functions) {
        if (functions < 1) {
            throw new IllegalArgumentException("a generated module needs at least one function, got " + functions);
        }
        if (index < 0) {
            throw new IllegalArgumentException("module index must not be negative, got " + index);
        }
        SplittableRandom random = new SplittableRandom(mix(setSeed, index));
        List<Signatures> types = new ArrayList<>(functions);
        for (int i = 0; i < functions - 1; i++) {
            types.add(Signatures.WORKERS.get(random.nextInt(Signatures.WORKERS.size())));
        }
        types.add(Signatures.ENTRY);
        List<byte[]> code = new ArrayList<>(functions);
        for (int i = 0; i < functions; i++) {
            code.add(FunctionGenerator.generate(random.split(), types, i));
        }
        byte[] data = new byte[16 + random.nextInt(49)];
        random.nextBytes(data);
        byte[] wasm = ModuleEncoder.encode(new ModuleEncoder.Content(types, code, index, 8 * random.nextInt(0x1000), data,
                "generated-" + Long.toHexString(setSeed) + "-" + index));
        try {
            Wasm.load(wasm);
        } catch (ModuleException e) {
            throw new IllegalStateException("generated module " + index + " of set " + setSeed + " does not validate: "
                    + e.getMessage(), e);
        }
        return wasm;
    }

    /** A seed per (set, module): SplitMix64's finalizer over both, so neighbouring indices are unrelated. */
    static long mix(long setSeed, int index) {
        long z = setSeed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
