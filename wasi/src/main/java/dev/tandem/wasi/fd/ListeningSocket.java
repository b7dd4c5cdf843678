package dev.tandem.wasi.fd;

import java.io.IOException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/** A listening TCP socket the host handed in (wasmtime's {@code --tcplisten}); the program accepts with {@code sock_accept}. */
public final class ListeningSocket extends Descriptor {

    private final ServerSocketChannel channel;
    private SocketChannel pending;

    public ListeningSocket(ServerSocketChannel channel) {
        super(Rights.LISTENING_SOCKET, Rights.SOCKET, 0);
        this.channel = channel;
    }

    public ServerSocketChannel channel() {
        return channel;
    }

    /** A connection {@code poll_oneoff} accepted to see whether one was waiting; the next accept returns it. */
    public SocketChannel takePending() {
        SocketChannel p = pending;
        pending = null;
        return p;
    }

    public void setPending(SocketChannel connection) {
        this.pending = connection;
    }

    public boolean hasPending() {
        return pending != null;
    }

    @Override
    public Filetype filetype() {
        return Filetype.SOCKET_STREAM;
    }

    @Override
    public void close() throws IOException {
        if (pending != null) {
            pending.close();
        }
        channel.close();
    }
}
