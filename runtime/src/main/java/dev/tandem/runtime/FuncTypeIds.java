package dev.tandem.runtime;

import dev.tandem.wasm.model.FuncType;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One small int per distinct function type in this JVM, so {@code call_indirect} compares two ints
 * instead of two lists ({@link FunctionRef#typeId()}, {@link Table#functionForCall}). Equal types get
 * equal ids across modules and tiers, which is what the spec's structural type check asks for.
 * Ids are per process: a precompiled module file stores types, never ids.
 */
public final class FuncTypeIds {

    private static final ConcurrentHashMap<FuncType, Integer> IDS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private FuncTypeIds() {
    }

    public static int of(FuncType type) {
        Integer id = IDS.get(type);
        if (id != null) {
            return id;
        }
        // computeIfAbsent runs once per key: two threads interning the same type agree on one id.
        return IDS.computeIfAbsent(type, t -> NEXT.getAndIncrement());
    }
}
