package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fd.Descriptor;
import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.ListeningSocket;
import dev.tandem.wasi.fd.OpenDirectory;
import dev.tandem.wasi.fd.OpenFile;
import dev.tandem.wasi.fd.StdioStream;
import dev.tandem.wasi.fd.StreamSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Reading, writing and positioning descriptors: {@code fd_read}, {@code fd_write}, {@code fd_pread},
 * {@code fd_pwrite}, {@code fd_seek}, {@code fd_tell}, {@code fd_close}, {@code fd_renumber},
 * {@code fd_sync}, {@code fd_datasync}, {@code fd_advise}, {@code fd_allocate}.
 *
 * <p>Errnos follow Linux for the same operation on the same kind of file, so a C program sees what
 * it would natively: reading a directory is {@code EISDIR}, seeking a stream {@code ESPIPE},
 * writing a file opened read-only {@code EBADF}.
 */
final class FdCalls {

    private static final int WHENCE_SET = 0;
    private static final int WHENCE_CUR = 1;
    private static final int WHENCE_END = 2;
    private static final int ADVICE_MAX = 5;

    private final GuestMemory memory;
    private final DescriptorTable descriptors;

    FdCalls(WasiProcess process) {
        this.memory = process.memory();
        this.descriptors = process.descriptors();
    }

    void read(int fd, int iovs, int iovsLength, int resultPtr) throws ErrnoException, IOException {
        Descriptor d = descriptors.get(fd);
        memory.check(resultPtr, 4);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        long n = switch (d) {
            case OpenFile f -> {
                if (!f.readable()) {
                    throw new ErrnoException(Errno.BADF, "not open for reading");
                }
                yield Math.max(0, f.channel().read(buffers));
            }
            case StdioStream s -> readStream(s, buffers);
            case StreamSocket s -> SocketCalls.receive(s, buffers, false, false);
            case OpenDirectory x -> throw new ErrnoException(Errno.ISDIR);
            case ListeningSocket x -> throw new ErrnoException(Errno.NOTCONN);
        };
        memory.putI32(resultPtr, (int) n);
    }

    void write(int fd, int iovs, int iovsLength, int resultPtr) throws ErrnoException, IOException {
        Descriptor d = descriptors.get(fd);
        memory.check(resultPtr, 4);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        long n = switch (d) {
            case OpenFile f -> {
                if (!f.writable()) {
                    throw new ErrnoException(Errno.BADF, "not open for writing");
                }
                if (f.has(Descriptor.APPEND)) {
                    f.channel().position(f.channel().size());
                }
                yield writeFully(f.channel(), buffers);
            }
            case StdioStream s -> writeStream(s, buffers);
            case StreamSocket s -> SocketCalls.send(s, buffers);
            case OpenDirectory x -> throw new ErrnoException(Errno.BADF, "a directory");
            case ListeningSocket x -> throw new ErrnoException(Errno.NOTCONN);
        };
        memory.putI32(resultPtr, (int) n);
    }

    void pread(int fd, int iovs, int iovsLength, long offset, int resultPtr) throws ErrnoException, IOException {
        OpenFile f = positionable(fd);
        if (!f.readable()) {
            throw new ErrnoException(Errno.BADF, "not open for reading");
        }
        memory.check(resultPtr, 4);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        checkOffset(offset);
        long total = 0;
        for (ByteBuffer b : buffers) {
            while (b.hasRemaining()) {
                int n = f.channel().read(b, offset + total);
                if (n <= 0) {
                    memory.putI32(resultPtr, (int) total);
                    return;
                }
                total += n;
            }
        }
        memory.putI32(resultPtr, (int) total);
    }

    void pwrite(int fd, int iovs, int iovsLength, long offset, int resultPtr) throws ErrnoException, IOException {
        OpenFile f = positionable(fd);
        if (!f.writable()) {
            throw new ErrnoException(Errno.BADF, "not open for writing");
        }
        memory.check(resultPtr, 4);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        checkOffset(offset);
        long total = 0;
        for (ByteBuffer b : buffers) {
            while (b.hasRemaining()) {
                total += f.channel().write(b, offset + total);
            }
        }
        memory.putI32(resultPtr, (int) total);
    }

    void seek(int fd, long delta, int whence, int resultPtr) throws ErrnoException, IOException {
        OpenFile f = positionable(fd);
        memory.check(resultPtr, 8);
        FileChannel channel = f.channel();
        long base = switch (whence) {
            case WHENCE_SET -> 0;
            case WHENCE_CUR -> channel.position();
            case WHENCE_END -> channel.size();
            default -> throw new ErrnoException(Errno.INVAL, "whence " + whence);
        };
        long target = base + delta;
        if (target < 0 || (delta > 0 && target < base)) {
            throw new ErrnoException(Errno.INVAL, "position " + base + " + " + delta);
        }
        channel.position(target);
        memory.putI64(resultPtr, target);
    }

    void tell(int fd, int resultPtr) throws ErrnoException, IOException {
        OpenFile f = positionable(fd);
        memory.check(resultPtr, 8);
        memory.putI64(resultPtr, f.channel().position());
    }

    void close(int fd) throws ErrnoException, IOException {
        descriptors.remove(fd).close();
    }

    void renumber(int from, int to) throws ErrnoException, IOException {
        descriptors.renumber(from, to);
    }

    /** {@code fd_sync} ({@code metadata}) and {@code fd_datasync}; streams are flushed and, as on Linux, refuse with EINVAL. */
    void sync(int fd, boolean metadata) throws ErrnoException, IOException {
        switch (descriptors.get(fd)) {
            case OpenFile f -> f.channel().force(metadata);
            case OpenDirectory x -> {
            }
            case StdioStream s -> {
                s.flush();
                throw new ErrnoException(Errno.INVAL, "a stream");
            }
            case StreamSocket x -> throw new ErrnoException(Errno.INVAL, "a socket");
            case ListeningSocket x -> throw new ErrnoException(Errno.INVAL, "a socket");
        }
    }

    /** Advice is checked and otherwise ignored: the JDK has no {@code posix_fadvise}. */
    void advise(int fd, long offset, long length, int advice) throws ErrnoException {
        Descriptor d = descriptors.get(fd);
        if (advice < 0 || advice > ADVICE_MAX || offset < 0 || length < 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        if (!(d instanceof OpenFile || d instanceof OpenDirectory)) {
            throw new ErrnoException(Errno.SPIPE);
        }
    }

    /** {@code posix_fallocate}: the file grows to at least {@code offset + length} (zeros); it never shrinks. */
    void allocate(int fd, long offset, long length) throws ErrnoException, IOException {
        OpenFile f = positionable(fd);
        if (offset < 0 || length <= 0) {
            throw new ErrnoException(Errno.INVAL);
        }
        if (!f.writable()) {
            throw new ErrnoException(Errno.BADF, "not open for writing");
        }
        long end = offset + length;
        if (end < 0) {
            throw new ErrnoException(Errno.FBIG);
        }
        if (end > f.channel().size()) {
            f.channel().write(ByteBuffer.wrap(new byte[1]), end - 1);
        }
    }

    /** A file that has a position; what Linux says for the others. */
    private OpenFile positionable(int fd) throws ErrnoException {
        return switch (descriptors.get(fd)) {
            case OpenFile f -> f;
            case OpenDirectory x -> throw new ErrnoException(Errno.BADF, "a directory");
            default -> throw new ErrnoException(Errno.SPIPE, "not seekable");
        };
    }

    private static void checkOffset(long offset) throws ErrnoException {
        if (offset < 0) {
            throw new ErrnoException(Errno.INVAL, "offset " + Long.toUnsignedString(offset));
        }
    }

    /** One read from the stream into the first buffer with room, as {@code readv} on a pipe does. */
    private static long readStream(StdioStream s, ByteBuffer[] buffers) throws ErrnoException, IOException {
        if (s.in() == null) {
            throw new ErrnoException(Errno.BADF, "not open for reading");
        }
        for (ByteBuffer b : buffers) {
            if (b.hasRemaining()) {
                int n = s.in().read(b.array(), b.arrayOffset() + b.position(), b.remaining());
                return Math.max(0, n);
            }
        }
        return 0;
    }

    private static long writeStream(StdioStream s, ByteBuffer[] buffers) throws ErrnoException, IOException {
        if (s.out() == null) {
            throw new ErrnoException(Errno.BADF, "not open for writing");
        }
        long total = 0;
        for (ByteBuffer b : buffers) {
            s.out().write(b.array(), b.arrayOffset() + b.position(), b.remaining());
            total += b.remaining();
        }
        s.flush();
        return total;
    }

    private static long writeFully(FileChannel channel, ByteBuffer[] buffers) throws IOException {
        long total = 0;
        for (ByteBuffer b : buffers) {
            while (b.hasRemaining()) {
                total += channel.write(b);
            }
        }
        return total;
    }
}
