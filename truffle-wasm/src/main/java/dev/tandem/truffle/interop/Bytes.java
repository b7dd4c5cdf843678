package dev.tandem.truffle.interop;

import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Bounds-checked reads and writes of a byte array in either byte order, for the buffer messages. */
final class Bytes {

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private Bytes() {
    }

    static int check(byte[] bytes, long offset, int length) throws InvalidBufferOffsetException {
        if (offset < 0 || offset > bytes.length - (long) length) {
            throw InvalidBufferOffsetException.create(offset, length);
        }
        return (int) offset;
    }

    static short getShort(byte[] b, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        int at = check(b, offset, 2);
        return order == ByteOrder.LITTLE_ENDIAN ? (short) SHORT_LE.get(b, at) : (short) SHORT_BE.get(b, at);
    }

    static int getInt(byte[] b, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        int at = check(b, offset, 4);
        return order == ByteOrder.LITTLE_ENDIAN ? (int) INT_LE.get(b, at) : (int) INT_BE.get(b, at);
    }

    static long getLong(byte[] b, ByteOrder order, long offset) throws InvalidBufferOffsetException {
        int at = check(b, offset, 8);
        return order == ByteOrder.LITTLE_ENDIAN ? (long) LONG_LE.get(b, at) : (long) LONG_BE.get(b, at);
    }

    static void putShort(byte[] b, ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        int at = check(b, offset, 2);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            SHORT_LE.set(b, at, value);
        } else {
            SHORT_BE.set(b, at, value);
        }
    }

    static void putInt(byte[] b, ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        int at = check(b, offset, 4);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            INT_LE.set(b, at, value);
        } else {
            INT_BE.set(b, at, value);
        }
    }

    static void putLong(byte[] b, ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        int at = check(b, offset, 8);
        if (order == ByteOrder.LITTLE_ENDIAN) {
            LONG_LE.set(b, at, value);
        } else {
            LONG_BE.set(b, at, value);
        }
    }
}
