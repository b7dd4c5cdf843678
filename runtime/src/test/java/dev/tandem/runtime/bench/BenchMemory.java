package dev.tandem.runtime.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/** The candidate representations of a Wasm memory, cut down to i32 load and store. */
abstract class BenchMemory {

    static final RuntimeException TRAP = new IllegalStateException("out of bounds memory access");

    static BenchMemory create(String store, int size) {
        return switch (store) {
            case "byteArray" -> new ByteArrayMemory(size);
            case "byteArrayCatch" -> new ByteArrayCatchMemory(size);
            case "byteArrayCheckIndex" -> new ByteArrayCheckIndexMemory(size);
            case "heapSegment" -> new SegmentMemory(MemorySegment.ofArray(new byte[size]));
            case "nativeSegment" -> new SegmentMemory(Arena.ofAuto().allocate(size, 8));
            default -> throw new IllegalArgumentException(store);
        };
    }

    abstract int i32Load(long ea);

    abstract void i32Store(long ea, int value);
}

/** byte[] with a little-endian view VarHandle and an explicit check on the 64-bit address. */
final class ByteArrayMemory extends BenchMemory {
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] bytes;

    ByteArrayMemory(int size) {
        bytes = new byte[size];
    }

    @Override
    int i32Load(long ea) {
        byte[] b = bytes;
        if (ea < 0 || ea > b.length - 4L) {
            throw TRAP;
        }
        return (int) I32.get(b, (int) ea);
    }

    @Override
    void i32Store(long ea, int value) {
        byte[] b = bytes;
        if (ea < 0 || ea > b.length - 4L) {
            throw TRAP;
        }
        I32.set(b, (int) ea, value);
    }
}

/** byte[] whose VarHandle does the bounds check; only addresses past 2^31 are rejected first, as the int cast would wrap them. */
final class ByteArrayCatchMemory extends BenchMemory {
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] bytes;

    ByteArrayCatchMemory(int size) {
        bytes = new byte[size];
    }

    @Override
    int i32Load(long ea) {
        if ((ea >>> 31) != 0) {
            throw TRAP;
        }
        try {
            return (int) I32.get(bytes, (int) ea);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
    }

    @Override
    void i32Store(long ea, int value) {
        if ((ea >>> 31) != 0) {
            throw TRAP;
        }
        try {
            I32.set(bytes, (int) ea, value);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
    }
}

/**
 * byte[] checked by {@link Objects#checkIndex(long, long)}, which C2 intrinsifies as MemorySegment's
 * own check is, so range-check elimination applies to long-indexed loops.
 */
final class ByteArrayCheckIndexMemory extends BenchMemory {
    private static final VarHandle I32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private byte[] bytes;

    ByteArrayCheckIndexMemory(int size) {
        bytes = new byte[size];
    }

    @Override
    int i32Load(long ea) {
        byte[] b = bytes;
        try {
            Objects.checkIndex(ea, b.length - 3L);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
        return (int) I32.get(b, (int) ea);
    }

    @Override
    void i32Store(long ea, int value) {
        byte[] b = bytes;
        try {
            Objects.checkIndex(ea, b.length - 3L);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
        I32.set(b, (int) ea, value);
    }
}

/** MemorySegment (heap or native): the segment checks bounds itself; its exception becomes the trap. */
final class SegmentMemory extends BenchMemory {
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private MemorySegment segment;

    SegmentMemory(MemorySegment segment) {
        this.segment = segment;
    }

    @Override
    int i32Load(long ea) {
        try {
            return segment.get(I32, ea);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
    }

    @Override
    void i32Store(long ea, int value) {
        try {
            segment.set(I32, ea, value);
        } catch (IndexOutOfBoundsException e) {
            throw TRAP;
        }
    }
}
