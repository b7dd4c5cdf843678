package dev.tandem.wasi;

import dev.tandem.runtime.Memory;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The program's linear memory as WASI calls see it: little-endian fields at guest pointers, strings,
 * and buffers. Every access checks its whole range first and fails with {@link Errno#FAULT} (as
 * wasmtime does) instead of trapping, so a bad pointer from the program never leaves a call half
 * done: calls check every buffer before their first side effect.
 *
 * <p>Pointers are unsigned 32-bit values passed as Java ints. The memory is bound after
 * instantiation (the instance exports it); a call before that fails with {@link Errno#FAULT}.
 */
public final class GuestMemory {

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The most buffers one scatter/gather call takes (Linux's IOV_MAX). */
    public static final int IOV_MAX = 1024;

    private Memory memory;

    void bind(Memory memory) {
        this.memory = memory;
    }

    boolean isBound() {
        return memory != null;
    }

    /**
     * The backing array, for reading and writing buffers in place after {@link #check}. Valid for
     * the rest of the call: nothing grows the memory while a host function runs.
     */
    public byte[] array() throws ErrnoException {
        if (memory == null) {
            throw new ErrnoException(Errno.FAULT, "the instance's memory is not bound yet");
        }
        return memory.bytes();
    }

    /** Checks that {@code [ptr, ptr + length)} lies in memory; returns {@code ptr} as an array index. */
    public int check(int ptr, long length) throws ErrnoException {
        long start = Integer.toUnsignedLong(ptr);
        if (length < 0 || start + length > array().length) {
            throw new ErrnoException(Errno.FAULT, "[0x" + Long.toHexString(start) + ", +" + length + ") is outside memory");
        }
        return (int) start;
    }

    public int u8(int ptr) throws ErrnoException {
        return array()[check(ptr, 1)] & 0xFF;
    }

    public int u16(int ptr) throws ErrnoException {
        return (short) SHORT.get(array(), check(ptr, 2)) & 0xFFFF;
    }

    public int i32(int ptr) throws ErrnoException {
        return (int) INT.get(array(), check(ptr, 4));
    }

    public long i64(int ptr) throws ErrnoException {
        return (long) LONG.get(array(), check(ptr, 8));
    }

    public void putU8(int ptr, int value) throws ErrnoException {
        array()[check(ptr, 1)] = (byte) value;
    }

    public void putU16(int ptr, int value) throws ErrnoException {
        SHORT.set(array(), check(ptr, 2), (short) value);
    }

    public void putI32(int ptr, int value) throws ErrnoException {
        INT.set(array(), check(ptr, 4), value);
    }

    public void putI64(int ptr, long value) throws ErrnoException {
        LONG.set(array(), check(ptr, 8), value);
    }

    /** A copy of {@code length} bytes at {@code ptr}. */
    public byte[] bytes(int ptr, int length) throws ErrnoException {
        long len = Integer.toUnsignedLong(length);
        int start = check(ptr, len);
        byte[] copy = new byte[(int) len];
        System.arraycopy(array(), start, copy, 0, (int) len);
        return copy;
    }

    public void write(int ptr, byte[] bytes, int offset, int length) throws ErrnoException {
        System.arraycopy(bytes, offset, array(), check(ptr, length), length);
    }

    /** The memory range as a buffer over the live array: reads and writes through it go straight to guest memory. */
    public ByteBuffer buffer(int ptr, int length) throws ErrnoException {
        long len = Integer.toUnsignedLong(length);
        int start = check(ptr, len);
        return ByteBuffer.wrap(array(), start, (int) len);
    }

    /**
     * The buffers of an iovec (or ciovec) array: {@code count} pairs of (pointer, length) at
     * {@code iovs}, each checked, as buffers over the live memory. More than {@link #IOV_MAX}
     * buffers fail with {@link Errno#INVAL}, as Linux's {@code readv} does.
     */
    public ByteBuffer[] iovecs(int iovs, int count) throws ErrnoException {
        if (Integer.compareUnsigned(count, IOV_MAX) > 0) {
            throw new ErrnoException(Errno.INVAL, count + " buffers, more than " + IOV_MAX);
        }
        check(iovs, 8L * count);
        ByteBuffer[] buffers = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            buffers[i] = buffer(i32(iovs + 8 * i), i32(iovs + 8 * i + 4));
        }
        return buffers;
    }

    /** A UTF-8 string of {@code length} bytes at {@code ptr} (paths, symlink targets); {@link Errno#ILSEQ} when not UTF-8. */
    public String string(int ptr, int length) throws ErrnoException {
        ByteBuffer bytes = buffer(ptr, length);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new ErrnoException(Errno.ILSEQ, "not UTF-8");
        }
    }
}
