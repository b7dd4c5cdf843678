package dev.tandem.wasi;

import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.ListeningSocket;
import dev.tandem.wasi.fd.OpenDirectory;
import dev.tandem.wasi.fd.Rights;
import dev.tandem.wasi.fd.StdioStream;
import dev.tandem.wasi.fd.StreamSocket;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One program's WASI state, which every call works on: its memory, its descriptors, its
 * arguments and environment, its random source.
 */
public final class WasiProcess {

    private final GuestMemory memory = new GuestMemory();
    private final DescriptorTable descriptors = new DescriptorTable();
    private final List<byte[]> args;
    private final List<byte[]> environment;
    private RandomGenerator random;

    /** @throws IOException when a preopen is missing or not a directory */
    WasiProcess(WasiOptions options) throws IOException {
        this.args = options.args().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.environment = options.environment().stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
        this.random = options.random();
        try {
            descriptors.add(StdioStream.input(options.stdin(), options.stdinTerminal()));
            descriptors.add(StdioStream.output(options.stdout().stream(), options.stdout().terminal()));
            descriptors.add(StdioStream.output(options.stderr().stream(), options.stderr().terminal()));
            for (WasiOptions.Preopen p : options.preopens()) {
                descriptors.add(new OpenDirectory(realDirectory(p.host()), p.guestName(), Rights.DIRECTORY, Rights.ALL));
            }
            for (var socket : options.sockets()) {
                descriptors.add(switch (socket) {
                    case java.nio.channels.SocketChannel s -> new StreamSocket(s, 0);
                    case java.nio.channels.ServerSocketChannel s -> new ListeningSocket(s);
                    default -> throw new IllegalArgumentException("not a TCP socket: " + socket);
                });
            }
        } catch (ErrnoException tooMany) {
            throw new IOException("too many descriptors", tooMany);
        }
    }

    /** The preopen's real path: the sandbox root must itself contain no symbolic links. */
    private static Path realDirectory(Path host) throws IOException {
        Path real = host.toRealPath();
        if (!Files.isDirectory(real)) {
            throw new NotDirectoryException(host.toString());
        }
        return real;
    }

    public GuestMemory memory() {
        return memory;
    }

    public DescriptorTable descriptors() {
        return descriptors;
    }

    /** argv as UTF-8, without terminating NULs. */
    public List<byte[]> args() {
        return args;
    }

    /** {@code KEY=VALUE} entries as UTF-8, without terminating NULs. */
    public List<byte[]> environment() {
        return environment;
    }

    /** The source of {@code random_get}: made on first use, since seeding a SecureRandom costs start-up time. */
    public RandomGenerator random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }
}
