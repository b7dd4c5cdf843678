package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.wasm.numeric.V128;
import java.nio.ByteOrder;

/** A v128 value for a host: a read-only buffer of its 16 bytes in Wasm (little-endian) order. */
@ExportLibrary(InteropLibrary.class)
public final class V128Object implements TruffleObject {

    private final V128 value;

    public V128Object(V128 value) {
        this.value = value;
    }

    public V128 value() {
        return value;
    }

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return false;
    }

    @ExportMessage
    long getBufferSize() {
        return 16;
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        return value.toBytes()[Bytes.check(value.toBytes(), offset, 1)];
    }

    @ExportMessage
    @TruffleBoundary
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        byte[] bytes = value.toBytes();
        System.arraycopy(bytes, Bytes.check(bytes, offset, length), destination, destinationOffset, length);
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getShort(value.toBytes(), order, offset);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getInt(value.toBytes(), order, offset);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getLong(value.toBytes(), order, offset);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(Bytes.getInt(value.toBytes(), order, offset));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(Bytes.getLong(value.toBytes(), order, offset));
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferByte(long offset, byte b) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferShort(ByteOrder order, long offset, short s) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferInt(ByteOrder order, long offset, int i) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferLong(ByteOrder order, long offset, long l) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferFloat(ByteOrder order, long offset, float f) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @SuppressWarnings("unused")
    void writeBufferDouble(ByteOrder order, long offset, double d) throws UnsupportedMessageException {
        throw UnsupportedMessageException.create();
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return String.format("v128 0x%016x%016x", value.hi(), value.lo());
    }
}
