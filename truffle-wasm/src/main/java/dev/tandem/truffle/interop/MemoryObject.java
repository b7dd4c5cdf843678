package dev.tandem.truffle.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidBufferOffsetException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import dev.tandem.runtime.Memory;
import java.nio.ByteOrder;

/**
 * A linear memory for a host: a writable buffer of its current bytes (reads and writes outside it
 * fail as interop errors, never touch anything), plus member {@code grow(pages)}, which returns the
 * old size in pages or -1 as {@code memory.grow} does, and readable member {@code pages}.
 */
@ExportLibrary(InteropLibrary.class)
public final class MemoryObject implements TruffleObject {

    private static final ValueArray MEMBERS = new ValueArray(new Object[] {"grow", "pages"});

    private final Memory memory;

    public MemoryObject(Memory memory) {
        this.memory = memory;
    }

    public Memory memory() {
        return memory;
    }

    @ExportMessage
    boolean hasBufferElements() {
        return true;
    }

    @ExportMessage
    boolean isBufferWritable() {
        return true;
    }

    @ExportMessage
    long getBufferSize() {
        return memory.byteSize();
    }

    @ExportMessage
    byte readBufferByte(long offset) throws InvalidBufferOffsetException {
        byte[] bytes = memory.bytes();
        return bytes[Bytes.check(bytes, offset, 1)];
    }

    @ExportMessage
    @TruffleBoundary
    void readBuffer(long offset, byte[] destination, int destinationOffset, int length) throws InvalidBufferOffsetException {
        byte[] bytes = memory.bytes();
        System.arraycopy(bytes, Bytes.check(bytes, offset, length), destination, destinationOffset, length);
    }

    @ExportMessage
    void writeBufferByte(long offset, byte value) throws InvalidBufferOffsetException {
        byte[] bytes = memory.bytes();
        bytes[Bytes.check(bytes, offset, 1)] = value;
    }

    @ExportMessage
    short readBufferShort(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getShort(memory.bytes(), order, offset);
    }

    @ExportMessage
    void writeBufferShort(ByteOrder order, long offset, short value) throws InvalidBufferOffsetException {
        Bytes.putShort(memory.bytes(), order, offset, value);
    }

    @ExportMessage
    int readBufferInt(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getInt(memory.bytes(), order, offset);
    }

    @ExportMessage
    void writeBufferInt(ByteOrder order, long offset, int value) throws InvalidBufferOffsetException {
        Bytes.putInt(memory.bytes(), order, offset, value);
    }

    @ExportMessage
    long readBufferLong(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Bytes.getLong(memory.bytes(), order, offset);
    }

    @ExportMessage
    void writeBufferLong(ByteOrder order, long offset, long value) throws InvalidBufferOffsetException {
        Bytes.putLong(memory.bytes(), order, offset, value);
    }

    @ExportMessage
    float readBufferFloat(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Float.intBitsToFloat(Bytes.getInt(memory.bytes(), order, offset));
    }

    @ExportMessage
    void writeBufferFloat(ByteOrder order, long offset, float value) throws InvalidBufferOffsetException {
        Bytes.putInt(memory.bytes(), order, offset, Float.floatToRawIntBits(value));
    }

    @ExportMessage
    double readBufferDouble(ByteOrder order, long offset) throws InvalidBufferOffsetException {
        return Double.longBitsToDouble(Bytes.getLong(memory.bytes(), order, offset));
    }

    @ExportMessage
    void writeBufferDouble(ByteOrder order, long offset, double value) throws InvalidBufferOffsetException {
        Bytes.putLong(memory.bytes(), order, offset, Double.doubleToRawLongBits(value));
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        return MEMBERS;
    }

    @ExportMessage
    boolean isMemberInvocable(String member) {
        return "grow".equals(member);
    }

    @ExportMessage
    boolean isMemberReadable(String member) {
        return "pages".equals(member) || "grow".equals(member);
    }

    @ExportMessage
    Object readMember(String member) throws UnknownIdentifierException {
        if ("pages".equals(member)) {
            return memory.pages();
        }
        throw UnknownIdentifierException.create(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] args) throws UnknownIdentifierException, UnsupportedTypeException,
            UnsupportedMessageException {
        if (!"grow".equals(member)) {
            throw UnknownIdentifierException.create(member);
        }
        if (args.length != 1 || !InteropLibrary.getUncached().fitsInInt(args[0])) {
            throw UnsupportedTypeException.create(args, "grow takes one i32: the number of pages to add");
        }
        return memory.grow(InteropLibrary.getUncached().asInt(args[0]));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "wasm memory of " + memory.pages() + " pages";
    }
}
