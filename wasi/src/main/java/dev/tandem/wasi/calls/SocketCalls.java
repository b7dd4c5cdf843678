package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fd.Descriptor;
import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.ListeningSocket;
import dev.tandem.wasi.fd.StreamSocket;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SocketChannel;

/**
 * {@code sock_accept}, {@code sock_recv}, {@code sock_send} and {@code sock_shutdown} on sockets the
 * host handed in. Channels stay in blocking mode except for the one operation a {@code NONBLOCK}
 * descriptor (or {@code poll_oneoff}) performs, which finds nothing to do as {@code EAGAIN}.
 */
final class SocketCalls {

    private static final int RECV_PEEK = 1;
    private static final int RECV_WAITALL = 1 << 1;
    private static final int SHUT_RD = 1;
    private static final int SHUT_WR = 1 << 1;

    private final GuestMemory memory;
    private final DescriptorTable descriptors;

    SocketCalls(WasiProcess process) {
        this.memory = process.memory();
        this.descriptors = process.descriptors();
    }

    void accept(int fd, int flags, int resultPtr) throws ErrnoException, IOException {
        if (!(descriptors.get(fd) instanceof ListeningSocket listener)) {
            throw new ErrnoException(Errno.NOTSOCK);
        }
        if ((flags & ~Descriptor.NONBLOCK) != 0) {
            throw new ErrnoException(Errno.INVAL, "flags " + flags);
        }
        memory.check(resultPtr, 4);
        SocketChannel accepted = listener.takePending();
        if (accepted == null) {
            accepted = listener.has(Descriptor.NONBLOCK)
                    ? nonBlocking(listener.channel(), () -> listener.channel().accept())
                    : listener.channel().accept();
        }
        if (accepted == null) {
            throw new ErrnoException(Errno.AGAIN);
        }
        accepted.configureBlocking(true);
        try {
            memory.putI32(resultPtr, descriptors.add(new StreamSocket(accepted, flags)));
        } catch (ErrnoException e) {
            accepted.close();
            throw e;
        }
    }

    void recv(int fd, int iovs, int iovsLength, int riflags, int sizePtr, int roflagsPtr)
            throws ErrnoException, IOException {
        StreamSocket socket = stream(fd);
        if ((riflags & ~(RECV_PEEK | RECV_WAITALL)) != 0) {
            throw new ErrnoException(Errno.INVAL, "riflags " + riflags);
        }
        memory.check(sizePtr, 4);
        memory.check(roflagsPtr, 2);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        long n = receive(socket, buffers, (riflags & RECV_PEEK) != 0, (riflags & RECV_WAITALL) != 0);
        memory.putI32(sizePtr, (int) n);
        memory.putU16(roflagsPtr, 0);
    }

    void send(int fd, int iovs, int iovsLength, int siflags, int resultPtr) throws ErrnoException, IOException {
        StreamSocket socket = stream(fd);
        memory.check(resultPtr, 4);
        ByteBuffer[] buffers = memory.iovecs(iovs, iovsLength);
        memory.putI32(resultPtr, (int) send(socket, buffers));
    }

    void shutdown(int fd, int how) throws ErrnoException, IOException {
        Descriptor d = descriptors.get(fd);
        if (how == 0 || (how & ~(SHUT_RD | SHUT_WR)) != 0) {
            throw new ErrnoException(Errno.INVAL, "how " + how);
        }
        if (d instanceof ListeningSocket) {
            throw new ErrnoException(Errno.NOTCONN);
        }
        if (!(d instanceof StreamSocket socket)) {
            throw new ErrnoException(Errno.NOTSOCK);
        }
        try {
            if ((how & SHUT_RD) != 0) {
                socket.channel().shutdownInput();
            }
            if ((how & SHUT_WR) != 0) {
                socket.channel().shutdownOutput();
            }
        } catch (NotYetConnectedException e) {
            throw new ErrnoException(Errno.NOTCONN);
        }
    }

    /**
     * Receives into the buffers: bytes a peek kept come first. {@code peek} leaves what it returns
     * for the next receive; {@code waitAll} keeps reading until the buffers are full or the peer
     * has closed. A non-blocking socket with nothing to read is {@code EAGAIN}.
     */
    static long receive(StreamSocket socket, ByteBuffer[] buffers, boolean peek, boolean waitAll)
            throws ErrnoException, IOException {
        long wanted = 0;
        for (ByteBuffer b : buffers) {
            wanted += b.remaining();
        }
        if (wanted == 0) {
            return 0;
        }
        if (peek) {
            ByteBuffer kept = socket.peeked();
            if (!kept.hasRemaining()) {
                ByteBuffer fresh = ByteBuffer.allocate((int) Math.min(wanted, 1 << 16));
                long n = readChannel(socket, new ByteBuffer[] {fresh});
                if (n <= 0) {
                    return 0;
                }
                fresh.flip();
                socket.setPeeked(fresh);
                kept = fresh;
            }
            ByteBuffer view = kept.duplicate();
            return copy(view, buffers);
        }
        long total = copy(socket.peeked(), buffers);
        while (total < wanted && (total == 0 || waitAll)) {
            long n;
            try {
                n = readChannel(socket, buffers);
            } catch (ErrnoException again) {
                if (total > 0 && again.errno() == Errno.AGAIN) {
                    break;
                }
                throw again;
            }
            if (n <= 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    static long send(StreamSocket socket, ByteBuffer[] buffers) throws ErrnoException, IOException {
        long total = 0;
        try {
            for (ByteBuffer b : buffers) {
                while (b.hasRemaining()) {
                    total += socket.channel().write(b);
                }
            }
        } catch (NotYetConnectedException e) {
            throw new ErrnoException(Errno.NOTCONN);
        }
        return total;
    }

    /** One read; -1 (the peer closed) reads as 0. EAGAIN for a non-blocking socket with nothing there. */
    private static long readChannel(StreamSocket socket, ByteBuffer[] targets) throws ErrnoException, IOException {
        try {
            if (socket.has(Descriptor.NONBLOCK)) {
                long n = nonBlocking(socket.channel(), () -> socket.channel().read(targets));
                if (n == 0) {
                    throw new ErrnoException(Errno.AGAIN);
                }
                return Math.max(0, n);
            }
            return Math.max(0, socket.channel().read(targets));
        } catch (NotYetConnectedException e) {
            throw new ErrnoException(Errno.NOTCONN);
        }
    }

    /** Reads what is there without waiting: into the socket's peek buffer, so nothing is lost. Returns false at end of stream. */
    static boolean fillWithoutWaiting(StreamSocket socket) throws IOException {
        if (socket.peeked().hasRemaining()) {
            return true;
        }
        ByteBuffer fresh = ByteBuffer.allocate(1 << 12);
        Integer n = nonBlocking(socket.channel(), () -> socket.channel().read(fresh));
        fresh.flip();
        socket.setPeeked(fresh);
        return n >= 0;
    }

    private static long copy(ByteBuffer from, ByteBuffer[] to) {
        long total = 0;
        for (ByteBuffer b : to) {
            int n = Math.min(b.remaining(), from.remaining());
            if (n == 0) {
                continue;
            }
            ByteBuffer slice = from.slice(from.position(), n);
            b.put(slice);
            from.position(from.position() + n);
            total += n;
        }
        return total;
    }

    private StreamSocket stream(int fd) throws ErrnoException {
        Descriptor d = descriptors.get(fd);
        if (d instanceof StreamSocket s) {
            return s;
        }
        throw new ErrnoException(d instanceof ListeningSocket ? Errno.NOTCONN : Errno.NOTSOCK);
    }

    @FunctionalInterface
    interface ChannelOperation<T> {
        T run() throws IOException;
    }

    /** Runs one operation with the channel switched to non-blocking mode, and switches it back. */
    static <T> T nonBlocking(SelectableChannel channel, ChannelOperation<T> operation) throws IOException {
        synchronized (channel.blockingLock()) {
            channel.configureBlocking(false);
            try {
                return operation.run();
            } finally {
                channel.configureBlocking(true);
            }
        }
    }
}
