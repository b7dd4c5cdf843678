package dev.tandem.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static dev.tandem.runtime.testing.TrapAssertions.assertTrap;

import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.numeric.TrapKind;
import dev.tandem.wasm.numeric.V128;
import java.util.Arrays;
import java.util.List;
import java.util.function.ObjLongConsumer;
import java.util.function.ToLongBiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MemoryTest {

    private static final int ONE_PAGE = Memory.PAGE_SIZE;

    private static Memory memory(long min, long max) {
        return new Memory(new MemoryType(new Limits(min, max)));
    }

    /** An access of one width: a load (result widened to long) and a store, by instruction name. */
    private record Access(String name, int width, ToLongBiFunction<Memory, Long> load, ObjLongConsumer<Memory> store) {
    }

    private static final List<Access> ACCESSES = List.of(
            new Access("i32.load", 4, (m, a) -> m.i32Load(a), (m, a) -> m.i32Store(a, 0x11223344)),
            new Access("i64.load", 8, (m, a) -> m.i64Load(a), (m, a) -> m.i64Store(a, 0x1122334455667788L)),
            new Access("f32.load", 4, (m, a) -> Float.floatToRawIntBits(m.f32Load(a)), (m, a) -> m.f32Store(a, 1.5f)),
            new Access("f64.load", 8, (m, a) -> Double.doubleToRawLongBits(m.f64Load(a)), (m, a) -> m.f64Store(a, 2.5)),
            new Access("i32.load8_s", 1, (m, a) -> m.i32Load8S(a), (m, a) -> m.i32Store8(a, 0x80)),
            new Access("i32.load8_u", 1, (m, a) -> m.i32Load8U(a), (m, a) -> m.i32Store8(a, 0x80)),
            new Access("i32.load16_s", 2, (m, a) -> m.i32Load16S(a), (m, a) -> m.i32Store16(a, 0x8000)),
            new Access("i32.load16_u", 2, (m, a) -> m.i32Load16U(a), (m, a) -> m.i32Store16(a, 0x8000)),
            new Access("i64.load8_s", 1, (m, a) -> m.i64Load8S(a), (m, a) -> m.i64Store8(a, 0x80)),
            new Access("i64.load8_u", 1, (m, a) -> m.i64Load8U(a), (m, a) -> m.i64Store8(a, 0x80)),
            new Access("i64.load16_s", 2, (m, a) -> m.i64Load16S(a), (m, a) -> m.i64Store16(a, 0x8000)),
            new Access("i64.load16_u", 2, (m, a) -> m.i64Load16U(a), (m, a) -> m.i64Store16(a, 0x8000)),
            new Access("i64.load32_s", 4, (m, a) -> m.i64Load32S(a), (m, a) -> m.i64Store32(a, 0x80000000L)),
            new Access("i64.load32_u", 4, (m, a) -> m.i64Load32U(a), (m, a) -> m.i64Store32(a, 0x80000000L)),
            new Access("v128.load", 16, (m, a) -> m.v128Load(a).hi(), (m, a) -> m.v128Store(a, new V128(1, 2))));

    @TestFactory
    Stream<DynamicTest> everyWidthAtTheLastValidAddressAndOnePast() {
        return ACCESSES.stream().map(access -> DynamicTest.dynamicTest(access.name(), () -> {
            Memory m = memory(1, 1);
            long last = ONE_PAGE - access.width();
            access.store().accept(m, last);
            access.load().applyAsLong(m, last);
            byte[] before = m.bytes().clone();
            assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.load().applyAsLong(m, last + 1));
            assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.store().accept(m, last + 1));
            // A store that straddles the end writes nothing, not even the bytes that would fit.
            assertArrayEquals(before, m.bytes());
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyWidthTrapsInAnEmptyMemory() {
        return ACCESSES.stream().map(access -> DynamicTest.dynamicTest(access.name(), () -> {
            Memory m = memory(0, 0);
            assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.load().applyAsLong(m, 0L));
            assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.store().accept(m, 0L));
        }));
    }

    @TestFactory
    Stream<DynamicTest> addressPlusOffsetPast2to32NeverWraps() {
        // Each effective address would land inside the memory if it were truncated to 32 bits.
        long[][] cases = {
                {0xFFFF_FFFFL, 1},            // 2^32: wraps to 0 in 32 bits
                {0xFFFF_FFFFL, 0xFFFF_FFFFL}, // 2^33 - 2: the largest effective address
                {0x8000_0000L, 0},            // 2^31: negative as an int
                {16, 0xFFFF_FFF0L},           // 2^32 from the offset side
        };
        return Arrays.stream(cases).flatMap(c -> ACCESSES.stream().map(access ->
                DynamicTest.dynamicTest(access.name() + " base=0x" + Long.toHexString(c[0]) + " offset=0x"
                        + Long.toHexString(c[1]), () -> {
                    Memory m = memory(1, 1);
                    long address = Memory.effectiveAddress((int) c[0], c[1]);
                    assertEquals(c[0] + c[1], address);
                    assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.load().applyAsLong(m, address));
                    assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> access.store().accept(m, address));
                })));
    }

    @Test
    void storesAreLittleEndianAndLoadsExtendBySign() {
        Memory m = memory(1, 1);
        m.i32Store(0, 0x01020304);
        assertArrayEquals(new byte[] {4, 3, 2, 1}, Arrays.copyOf(m.bytes(), 4));
        m.i64Store(8, 0x8877665544332211L);
        assertEquals(0x11, m.i32Load8U(8));
        assertEquals(0x44332211, m.i32Load(8));
        assertEquals((byte) 0x88, m.i32Load8S(15));
        assertEquals(0x88, m.i32Load8U(15));
        assertEquals((short) 0x8877, m.i32Load16S(14));
        assertEquals(0x8877, m.i32Load16U(14));
        assertEquals(0xFFFF_FFFF_8877_6655L, m.i64Load32S(12));
        assertEquals(0x8877_6655L, m.i64Load32U(12));
        assertEquals(-0x78L, m.i64Load8S(15));
        assertEquals(0x8877L, m.i64Load16U(14));
    }

    @Test
    void v128LaneZeroIsTheLowestAddress() {
        Memory m = memory(1, 1);
        m.v128Store(32, new V128(0x0706050403020100L, 0x0F0E0D0C0B0A0908L));
        for (int i = 0; i < 16; i++) {
            assertEquals(i, m.i32Load8U(32 + i));
        }
        assertEquals(new V128(0x0706050403020100L, 0x0F0E0D0C0B0A0908L), m.v128Load(32));
    }

    @Test
    void floatsKeepTheirNanPayloads() {
        Memory m = memory(1, 1);
        int signallingF32 = 0xFFA0_0001;
        long signallingF64 = 0x7FF4_0000_0000_0001L;
        m.f32Store(0, Float.intBitsToFloat(signallingF32));
        m.f64Store(8, Double.longBitsToDouble(signallingF64));
        assertEquals(signallingF32, m.i32Load(0));
        assertEquals(signallingF64, m.i64Load(8));
        assertEquals(signallingF32, Float.floatToRawIntBits(m.f32Load(0)));
        assertEquals(signallingF64, Double.doubleToRawLongBits(m.f64Load(8)));
    }

    // ---- grow -----------------------------------------------------------------------------------

    @Test
    void growReturnsTheOldSizeAndAddsZeroedPagesKeepingContents() {
        Memory m = memory(1, 3);
        m.i32Store(100, 42);
        byte[] before = m.bytes();
        assertEquals(1, m.grow(2));
        assertEquals(3, m.pages());
        assertEquals(3 * ONE_PAGE, m.byteSize());
        assertNotSame(before, m.bytes(), "grow replaces the backing store; tiers re-read it");
        assertEquals(42, m.i32Load(100));
        assertEquals(0, m.i64Load(3L * ONE_PAGE - 8));
        assertEquals(3, m.grow(0));
    }

    @Test
    void growPastTheDeclaredMaximumFailsAndChangesNothing() {
        Memory m = memory(1, 2);
        byte[] before = m.bytes();
        assertEquals(-1, m.grow(2));
        assertEquals(1, m.pages());
        assertSame(before, m.bytes());
        assertEquals(1, m.grow(1));
        assertEquals(-1, m.grow(1));
    }

    @Test
    void growByZeroSucceedsEvenAtTheMaximum() {
        Memory m = memory(2, 2);
        byte[] before = m.bytes();
        assertEquals(2, m.grow(0));
        assertSame(before, m.bytes());
    }

    @Test
    void growDeltaIsUnsigned() {
        Memory m = memory(0, Limits.NO_MAX);
        assertEquals(-1, m.grow(-1), "0xFFFFFFFF pages is past any limit, not a shrink");
        assertEquals(-1, m.grow(Integer.MIN_VALUE));
        assertEquals(0, m.pages());
    }

    @Test
    void growWithoutMaximumStopsAtTheHostLimit() {
        Memory m = new Memory(new MemoryType(new Limits(1, Limits.NO_MAX)), 3);
        assertEquals(3, m.maxPages());
        assertEquals(1, m.grow(2));
        assertEquals(-1, m.grow(1));
        assertEquals(3, m.pages());
    }

    @Test
    void theHostLimitNeverExceedsWhatAByteArrayHolds() {
        assertEquals(Memory.MAX_PAGES, memory(0, Limits.NO_MAX).maxPages());
        assertEquals(Memory.MAX_PAGES, memory(0, 65536).maxPages());
        assertEquals(-1, memory(0, 65536).grow(Memory.MAX_PAGES + 1));
        assertThrows(IllegalArgumentException.class, () -> new Memory(new MemoryType(new Limits(0, 1)), Memory.MAX_PAGES + 1));
    }

    @Test
    void aMinimumPastTheHostLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Memory(new MemoryType(new Limits(5, Limits.NO_MAX)), 4));
        assertEquals("memory of 5 pages exceeds the host limit of 4 pages", e.getMessage());
    }

    @Test
    void typeReportsTheCurrentSizeAndTheDeclaredMaximum() {
        Memory m = memory(1, Limits.NO_MAX);
        m.grow(2);
        assertEquals(new MemoryType(new Limits(3, Limits.NO_MAX)), m.type());
    }

    // ---- bulk operations --------------------------------------------------------------------------

    @Test
    void fillChecksTheWholeRangeFirst() {
        Memory m = memory(1, 1);
        m.fill(ONE_PAGE - 4, 0xAB, 4);
        assertEquals(0xABABABAB, m.i32Load(ONE_PAGE - 4));
        m.fill(ONE_PAGE, 0, 0);
        byte[] before = m.bytes().clone();
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.fill(ONE_PAGE - 3, 0, 4));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.fill(ONE_PAGE + 1, 0, 0));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.fill(-1, 0, 2));
        assertArrayEquals(before, m.bytes());
    }

    @Test
    void copyHandlesOverlapInBothDirections() {
        Memory m = memory(1, 1);
        for (int i = 0; i < 8; i++) {
            m.i32Store8(i, i + 1);
        }
        m.copy(2, 0, 6);
        assertArrayEquals(new byte[] {1, 2, 1, 2, 3, 4, 5, 6}, Arrays.copyOf(m.bytes(), 8));
        m.copy(0, 2, 6);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 5, 6}, Arrays.copyOf(m.bytes(), 8));
    }

    @Test
    void copyTrapsWhenEitherRangeIsOutside() {
        Memory m = memory(1, 1);
        m.i32Store(0, 0x01020304);
        byte[] before = m.bytes().clone();
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.copy(ONE_PAGE - 2, 0, 4));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.copy(0, ONE_PAGE - 2, 4));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.copy(0, ONE_PAGE + 1, 0));
        assertArrayEquals(before, m.bytes());
        m.copy(ONE_PAGE, ONE_PAGE, 0);
    }

    @Test
    void initCopiesASliceOfTheSegment() {
        Memory m = memory(1, 1);
        byte[] module = {9, 9, 1, 2, 3, 4, 9};
        m.init(100, module, 2, 4, 1, 3);
        assertArrayEquals(new byte[] {2, 3, 4}, Arrays.copyOfRange(m.bytes(), 100, 103));
        assertEquals(0, m.i32Load8U(103));
    }

    @Test
    void initTrapsWhenTheSegmentOrMemoryRangeIsOutside() {
        Memory m = memory(1, 1);
        byte[] module = {9, 9, 1, 2, 3, 4, 9};
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.init(0, module, 2, 4, 2, 3));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.init(0, module, 2, 4, 5, 0));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.init(ONE_PAGE - 1, module, 2, 4, 0, 2));
        m.init(ONE_PAGE, module, 2, 4, 4, 0);
        assertEquals(0, m.i64Load(0));
    }

    @Test
    void hostReadAndWriteAreBoundsChecked() {
        Memory m = memory(1, 1);
        m.write(ONE_PAGE - 3, new byte[] {7, 8, 9}, 0, 3);
        byte[] out = new byte[3];
        m.read(ONE_PAGE - 3, out, 0, 3);
        assertArrayEquals(new byte[] {7, 8, 9}, out);
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.read(ONE_PAGE - 2, out, 0, 3));
        assertTrap(TrapKind.OUT_OF_BOUNDS_MEMORY_ACCESS, () -> m.write(-1, out, 0, 1));
    }
}
