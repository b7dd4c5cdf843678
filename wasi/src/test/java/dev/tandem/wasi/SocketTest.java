package dev.tandem.wasi;

import static dev.tandem.wasi.WasiHarness.OUT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tandem.wasi.fd.Filetype;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * sock_* on host sockets over the loopback interface: the program accepts, receives, peeks, sends
 * and shuts down. A call that blocks by mistake fails the test after the timeout instead of hanging the build.
 */
@Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SocketTest {

    private static ServerSocketChannel listen() throws IOException {
        return ServerSocketChannel.open().bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }

    private static String receive(SocketChannel client, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n);
        while (b.hasRemaining() && client.read(b) > 0) {
            // until n bytes or the end
        }
        return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
    }

    @Test
    void acceptReceivePeekSendShutdown() throws IOException {
        ServerSocketChannel listener = listen();
        try (WasiHarness h = WasiHarness.with(b -> b.listener(listener));
             SocketChannel client = SocketChannel.open(listener.getLocalAddress())) {
            h.ok("fd_fdstat_get", 3, OUT);
            assertEquals(Filetype.SOCKET_STREAM.code(), h.u8(OUT));

            client.write(ByteBuffer.wrap("ping!".getBytes(StandardCharsets.UTF_8)));
            assertEquals(List.of(new PollTest.Event(1, 0, PollTest.FD_READ, 1, 0)),
                    PollTest.poll(h, PollTest.fd(1, PollTest.FD_READ, 3)), "a connection waits");
            h.ok("sock_accept", 3, 0, OUT);
            int conn = h.i32(OUT);
            assertEquals(4, conn);

            int buffer = h.alloc(16);
            h.ok("sock_recv", conn, h.iovec(buffer, 4), 1, 1, OUT, OUT + 4);
            assertEquals("ping", h.string(buffer, h.i32(OUT)), "peek");
            h.ok("sock_recv", conn, h.iovec(buffer, 16), 1, 0, OUT, OUT + 4);
            assertEquals("ping", h.string(buffer, h.i32(OUT)), "the peeked bytes come again");
            h.ok("sock_recv", conn, h.iovec(buffer, 1), 1, 2, OUT, OUT + 4);
            assertEquals("!", h.string(buffer, h.i32(OUT)), "waitall fills the buffer");

            int reply = h.put("pong");
            h.ok("sock_send", conn, h.iovec(reply, 4), 1, 0, OUT);
            assertEquals(4, h.i32(OUT));
            assertEquals("pong", receive(client, 4));

            h.ok("sock_shutdown", conn, 2);
            assertEquals("", receive(client, 1), "the client sees the end after a write shutdown");
            assertEquals(Errno.INVAL, h.call("sock_shutdown", conn, 4));
            assertEquals(Errno.NOTSOCK, h.call("sock_shutdown", 1, 1));
            assertEquals(Errno.NOTSOCK, h.call("sock_accept", 1, 0, OUT));
            assertEquals(Errno.NOTSOCK, h.call("sock_recv", 0, h.iovec(buffer, 1), 1, 0, OUT, OUT + 4));
        }
    }

    @Test
    void readAndWriteWorkOnSocketsToo() throws IOException {
        ServerSocketChannel listener = listen();
        try (SocketChannel client = SocketChannel.open(listener.getLocalAddress());
             SocketChannel server = listener.accept();
             WasiHarness h = WasiHarness.with(b -> b.socket(server))) {
            client.write(ByteBuffer.wrap("abc".getBytes(StandardCharsets.UTF_8)));
            client.shutdownOutput();
            assertEquals("abc", h.read(3, 10));
            assertEquals(List.of(new PollTest.Event(1, 0, PollTest.FD_READ, 0, 1)),
                    PollTest.poll(h, PollTest.fd(1, PollTest.FD_READ, 3)), "hang-up after the peer's shutdown");
            assertEquals("", h.read(3, 10));
            h.write(3, "xyz");
            assertEquals("xyz", receive(client, 3));
            assertEquals(Errno.SPIPE, h.call("fd_seek", 3, 0L, 0, OUT));
        } finally {
            listener.close();
        }
    }

    @Test
    void nonBlockingAcceptWithNothingWaitingIsAgain() throws IOException {
        ServerSocketChannel listener = listen();
        try (WasiHarness h = WasiHarness.with(b -> b.listener(listener))) {
            h.ok("fd_fdstat_set_flags", 3, 4);
            assertEquals(Errno.AGAIN, h.call("sock_accept", 3, 0, OUT));
        }
    }
}
