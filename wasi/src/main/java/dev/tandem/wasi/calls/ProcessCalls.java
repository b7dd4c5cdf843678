package dev.tandem.wasi.calls;

import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import java.util.List;

/** {@code args_*}, {@code environ_*} and {@code random_get}. */
final class ProcessCalls {

    private final WasiProcess process;
    private final GuestMemory memory;

    ProcessCalls(WasiProcess process) {
        this.process = process;
        this.memory = process.memory();
    }

    void argsSizesGet(int countPtr, int bufferSizePtr) throws ErrnoException {
        sizes(process.args(), countPtr, bufferSizePtr);
    }

    void argsGet(int pointersPtr, int bufferPtr) throws ErrnoException {
        strings(process.args(), pointersPtr, bufferPtr);
    }

    void environSizesGet(int countPtr, int bufferSizePtr) throws ErrnoException {
        sizes(process.environment(), countPtr, bufferSizePtr);
    }

    void environGet(int pointersPtr, int bufferPtr) throws ErrnoException {
        strings(process.environment(), pointersPtr, bufferPtr);
    }

    void randomGet(int buffer, int length) throws ErrnoException {
        var bytes = memory.buffer(buffer, length);
        byte[] random = new byte[bytes.remaining()];
        process.random().nextBytes(random);
        bytes.put(random);
    }

    private void sizes(List<byte[]> strings, int countPtr, int bufferSizePtr) throws ErrnoException {
        memory.check(countPtr, 4);
        memory.check(bufferSizePtr, 4);
        memory.putI32(countPtr, strings.size());
        memory.putI32(bufferSizePtr, totalSize(strings));
    }

    /** The pointer array and the NUL-terminated strings it points to, both checked before either is written. */
    private void strings(List<byte[]> strings, int pointersPtr, int bufferPtr) throws ErrnoException {
        memory.check(pointersPtr, 4L * strings.size());
        memory.check(bufferPtr, totalSize(strings));
        int at = bufferPtr;
        for (int i = 0; i < strings.size(); i++) {
            byte[] s = strings.get(i);
            memory.putI32(pointersPtr + 4 * i, at);
            memory.write(at, s, 0, s.length);
            memory.putU8(at + s.length, 0);
            at += s.length + 1;
        }
    }

    private static int totalSize(List<byte[]> strings) {
        int size = 0;
        for (byte[] s : strings) {
            size += s.length + 1;
        }
        return size;
    }
}
