package dev.tandem.wasi.fd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * A connected TCP socket: handed in by the host, or accepted by {@code sock_accept} from a
 * {@link ListeningSocket}. Java sockets cannot peek, so {@code sock_recv} with {@code RECV_PEEK}
 * reads into {@link #peeked()}, which later receives return first.
 */
public final class StreamSocket extends Descriptor {

    private final SocketChannel channel;
    private ByteBuffer peeked = ByteBuffer.allocate(0);

    public StreamSocket(SocketChannel channel, int flags) {
        super(Rights.SOCKET, 0, flags);
        this.channel = channel;
    }

    public SocketChannel channel() {
        return channel;
    }

    /** Bytes received by a peek and not consumed yet (read mode). */
    public ByteBuffer peeked() {
        return peeked;
    }

    public void setPeeked(ByteBuffer peeked) {
        this.peeked = peeked;
    }

    @Override
    public Filetype filetype() {
        return Filetype.SOCKET_STREAM;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
