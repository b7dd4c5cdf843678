package dev.tandem.runtime;

import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.V128;
import dev.tandem.wasm.numeric.WasmTrap;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A linear memory: the hottest object of both tiers.
 *
 * <p><b>Representation.</b> A {@code byte[]} read through little-endian view {@link VarHandle}s,
 * with an explicit check of the 64-bit effective address before every access. runtime/README.md
 * has the measurements that chose it over a heap or native {@code MemorySegment}. A Java array
 * holds at most 2^31 - 1 bytes, so a memory holds at most {@link #MAX_PAGES} pages (2 GiB - 64 KiB):
 * {@code memory.grow} past that returns -1, which the spec allows a host to do.
 *
 * <p><b>Addresses.</b> Loads and stores take the <em>effective address</em> as a long: the
 * unsigned 32-bit operand plus the unsigned 32-bit {@code offset} immediate, so it lies in
 * [0, 2^33) and never wraps ({@link #effectiveAddress}). An access that would touch any byte at or
 * past {@link #byteSize()} traps with "out of bounds memory access" before touching anything.
 * Bulk operations ({@link #fill}, {@link #copy}, {@link #init}) take their i32 operands as the
 * instruction does (unsigned) and check the whole range first, as Wasm 2.0 requires.
 *
 * <p><b>For tiers.</b> {@link #bytes()} exposes the backing array so a tier can inline its own
 * access sequence; {@link #grow} replaces the array, so a tier must read {@code bytes()} again
 * after {@code memory.grow} and after any call (a callee may grow the memory). The accessors here
 * are small enough for HotSpot and Graal to inline; calling them is the simple, safe default.
 */
public final class Memory {

    /** Bytes per Wasm page. */
    public static final int PAGE_SIZE = 65536;
    /** The spec's maximum number of pages (4 GiB). */
    public static final int SPEC_MAX_PAGES = 65536;
    /** The most pages a {@code byte[]} holds: 32767 * 65536 = 2^31 - 65536 bytes. */
    public static final int MAX_PAGES = 32767;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final long declaredMax;
    private final int maxPages;
    private byte[] bytes;

    /** A memory of the type's minimum size, growable to the type's maximum and {@link ResourceLimits#DEFAULT}. */
    public Memory(MemoryType type) {
        this(type, ResourceLimits.DEFAULT.memoryPages());
    }

    /**
     * @param hostPageLimit the most pages this host allows, at most {@link #MAX_PAGES}
     * @throws IllegalArgumentException when the minimum exceeds the host limit (the instantiator
     *                                  checks first and reports a {@link LinkException})
     */
    public Memory(MemoryType type, int hostPageLimit) {
        Limits limits = type.limits();
        if (hostPageLimit < 0 || hostPageLimit > MAX_PAGES) {
            throw new IllegalArgumentException("host page limit must be in 0.." + MAX_PAGES + ", got " + hostPageLimit);
        }
        if (limits.min() > hostPageLimit) {
            throw new IllegalArgumentException("memory of " + limits.min() + " pages exceeds the host limit of "
                    + hostPageLimit + " pages");
        }
        this.declaredMax = limits.max();
        long specMax = limits.hasMax() ? Math.min(limits.max(), SPEC_MAX_PAGES) : SPEC_MAX_PAGES;
        this.maxPages = (int) Math.min(specMax, hostPageLimit);
        this.bytes = new byte[(int) limits.min() * PAGE_SIZE];
    }

    /** The unsigned 32-bit base plus the unsigned offset immediate: in [0, 2^33), never wrapped. */
    public static long effectiveAddress(int base, long offset) {
        return Integer.toUnsignedLong(base) + offset;
    }

    /**
     * The backing store, valid until the next {@link #grow} (which replaces it). Little-endian;
     * its length is {@link #byteSize()}.
     */
    public byte[] bytes() {
        return bytes;
    }

    /** Current size in pages. */
    public int pages() {
        return bytes.length / PAGE_SIZE;
    }

    /** Current size in bytes. */
    public int byteSize() {
        return bytes.length;
    }

    /** The type this memory has now, for import matching: current size as minimum, the declared maximum. */
    public MemoryType type() {
        return new MemoryType(new Limits(pages(), declaredMax));
    }

    /** The most pages {@link #grow} can reach: the declared maximum, the spec's and the host's limit. */
    public int maxPages() {
        return maxPages;
    }

    /**
     * {@code memory.grow}: adds {@code deltaPages} (unsigned) zeroed pages.
     *
     * @return the previous size in pages, or -1 when the result would pass {@link #maxPages()} or
     *         the JVM cannot allocate it (the spec allows a grow to fail; the memory is unchanged)
     */
    public int grow(int deltaPages) {
        int old = pages();
        long requested = old + Integer.toUnsignedLong(deltaPages);
        if (requested > maxPages) {
            return -1;
        }
        if (requested != old) {
            try {
                bytes = Arrays.copyOf(bytes, (int) requested * PAGE_SIZE);
            } catch (OutOfMemoryError e) {
                // A heap too small for the new array is a failed grow, not a crash.
                return -1;
            }
        }
        return old;
    }

    // ---- loads --------------------------------------------------------------------------------

    public int i32Load(long address) {
        byte[] b = bytes;
        check(b, address, 4);
        return (int) INT.get(b, (int) address);
    }

    public long i64Load(long address) {
        byte[] b = bytes;
        check(b, address, 8);
        return (long) LONG.get(b, (int) address);
    }

    /** The loaded bits as a float; {@link Float#intBitsToFloat} keeps NaN payloads on the JVMs Tandem runs on. */
    public float f32Load(long address) {
        return Float.intBitsToFloat(i32Load(address));
    }

    public double f64Load(long address) {
        return Double.longBitsToDouble(i64Load(address));
    }

    public int i32Load8S(long address) {
        byte[] b = bytes;
        check(b, address, 1);
        return b[(int) address];
    }

    public int i32Load8U(long address) {
        byte[] b = bytes;
        check(b, address, 1);
        return b[(int) address] & 0xFF;
    }

    public int i32Load16S(long address) {
        byte[] b = bytes;
        check(b, address, 2);
        return (short) SHORT.get(b, (int) address);
    }

    public int i32Load16U(long address) {
        byte[] b = bytes;
        check(b, address, 2);
        return (short) SHORT.get(b, (int) address) & 0xFFFF;
    }

    public long i64Load8S(long address) {
        return i32Load8S(address);
    }

    public long i64Load8U(long address) {
        return i32Load8U(address);
    }

    public long i64Load16S(long address) {
        return i32Load16S(address);
    }

    public long i64Load16U(long address) {
        return i32Load16U(address);
    }

    public long i64Load32S(long address) {
        return i32Load(address);
    }

    public long i64Load32U(long address) {
        return Integer.toUnsignedLong(i32Load(address));
    }

    /** 16 bytes; lane 0 is the byte at {@code address}. */
    public V128 v128Load(long address) {
        byte[] b = bytes;
        check(b, address, 16);
        int a = (int) address;
        return new V128((long) LONG.get(b, a), (long) LONG.get(b, a + 8));
    }

    // ---- stores -------------------------------------------------------------------------------

    public void i32Store(long address, int value) {
        byte[] b = bytes;
        check(b, address, 4);
        INT.set(b, (int) address, value);
    }

    public void i64Store(long address, long value) {
        byte[] b = bytes;
        check(b, address, 8);
        LONG.set(b, (int) address, value);
    }

    /** Stores the float's raw bits (NaN payload included). */
    public void f32Store(long address, float value) {
        i32Store(address, Float.floatToRawIntBits(value));
    }

    public void f64Store(long address, double value) {
        i64Store(address, Double.doubleToRawLongBits(value));
    }

    public void i32Store8(long address, int value) {
        byte[] b = bytes;
        check(b, address, 1);
        b[(int) address] = (byte) value;
    }

    public void i32Store16(long address, int value) {
        byte[] b = bytes;
        check(b, address, 2);
        SHORT.set(b, (int) address, (short) value);
    }

    public void i64Store8(long address, long value) {
        i32Store8(address, (int) value);
    }

    public void i64Store16(long address, long value) {
        i32Store16(address, (int) value);
    }

    public void i64Store32(long address, long value) {
        i32Store(address, (int) value);
    }

    public void v128Store(long address, V128 value) {
        byte[] b = bytes;
        check(b, address, 16);
        int a = (int) address;
        LONG.set(b, a, value.lo());
        LONG.set(b, a + 8, value.hi());
    }

    // ---- bulk operations (operands as the instructions give them: unsigned i32) ----------------

    /** {@code memory.fill}: traps unless [d, d+n) lies inside the memory, then sets those bytes to {@code value}. */
    public void fill(int d, int value, int n) {
        byte[] b = bytes;
        long dst = Integer.toUnsignedLong(d);
        long len = Integer.toUnsignedLong(n);
        checkRange(b.length, dst, len);
        Arrays.fill(b, (int) dst, (int) (dst + len), (byte) value);
    }

    /** {@code memory.copy}: traps unless both ranges lie inside the memory; overlapping ranges copy as if through a buffer. */
    public void copy(int d, int s, int n) {
        byte[] b = bytes;
        long dst = Integer.toUnsignedLong(d);
        long src = Integer.toUnsignedLong(s);
        long len = Integer.toUnsignedLong(n);
        checkRange(b.length, dst, len);
        checkRange(b.length, src, len);
        System.arraycopy(b, (int) src, b, (int) dst, (int) len);
    }

    /**
     * {@code memory.init} and active data segments: copies {@code n} bytes from offset {@code s} of
     * a segment (the bytes {@code segment[segmentStart, segmentStart + segmentLength)}) to {@code d}.
     * Traps unless both ranges lie inside their memory and segment. A dropped segment has length 0.
     */
    public void init(int d, byte[] segment, int segmentStart, int segmentLength, int s, int n) {
        byte[] b = bytes;
        long dst = Integer.toUnsignedLong(d);
        long src = Integer.toUnsignedLong(s);
        long len = Integer.toUnsignedLong(n);
        checkRange(b.length, dst, len);
        checkRange(segmentLength, src, len);
        System.arraycopy(segment, segmentStart + (int) src, b, (int) dst, (int) len);
    }

    /** Host access (WASI, tests): copies {@code length} bytes at {@code address} into {@code dst}; traps when out of bounds. */
    public void read(long address, byte[] dst, int dstOffset, int length) {
        byte[] b = bytes;
        checkRange(b.length, address, length);
        System.arraycopy(b, (int) address, dst, dstOffset, length);
    }

    /** Host access (WASI, tests): copies {@code length} bytes of {@code src} to {@code address}; traps when out of bounds. */
    public void write(long address, byte[] src, int srcOffset, int length) {
        byte[] b = bytes;
        checkRange(b.length, address, length);
        System.arraycopy(src, srcOffset, b, (int) address, length);
    }

    // ---- checks -------------------------------------------------------------------------------

    /*
     * One signed comparison pair on longs: address is in [0, 2^33) for a well-formed caller, and
     * b.length - width may be negative for a tiny memory, which still rejects every address. The
     * long comparison also guards the (int) cast the access does next.
     */
    private static void check(byte[] b, long address, int width) {
        if (address < 0 || address > b.length - (long) width) {
            throw outOfBounds();
        }
    }

    private static void checkRange(long size, long start, long length) {
        if (start < 0 || length < 0 || start + length > size) {
            throw outOfBounds();
        }
    }

    private static WasmTrap outOfBounds() {
        return new WasmTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS);
    }
}
