package dev.tandem.wasi;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * What a WASI program is given: its arguments and environment (nothing is inherited from the host),
 * preopened directories (the only files it can reach), standard streams, and host sockets.
 *
 * <p>Descriptors are numbered as wasi-libc expects: 0, 1, 2 are the standard streams, the preopens
 * follow in the order given (wasi-libc scans upwards from 3 until {@code fd_prestat_get} says
 * {@code EBADF}), and sockets come after the preopens.
 */
public final class WasiOptions {

    /**
     * A host directory the program sees under {@code guestName} (wasi-libc matches absolute paths
     * against it: {@code /data} makes {@code fopen("/data/x")} work; {@code .} serves relative paths).
     */
    public record Preopen(Path host, String guestName) {
        public Preopen {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(guestName, "guestName");
        }
    }

    /** A standard stream and whether it is a terminal (wasi-libc's {@code isatty} asks). */
    record Output(OutputStream stream, boolean terminal) {
    }

    private final List<String> args;
    private final List<String> environment;
    private final List<Preopen> preopens;
    private final InputStream stdin;
    private final boolean stdinTerminal;
    private final Output stdout;
    private final Output stderr;
    private final List<NetworkChannel> sockets;
    private final RandomGenerator random;
    private final PrintStream trace;

    private WasiOptions(Builder b) {
        this.args = List.copyOf(b.args);
        List<String> entries = new ArrayList<>();
        b.environment.forEach((name, value) -> entries.add(name + "=" + value));
        this.environment = List.copyOf(entries);
        this.preopens = List.copyOf(b.preopens);
        this.stdin = b.stdin;
        this.stdinTerminal = b.stdinTerminal;
        this.stdout = b.stdout;
        this.stderr = b.stderr;
        this.sockets = List.copyOf(b.sockets);
        this.random = b.random;
        this.trace = b.trace;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** argv, program name first. */
    public List<String> args() {
        return args;
    }

    /** The environment as {@code KEY=VALUE} strings, in the order given. */
    public List<String> environment() {
        return environment;
    }

    public List<Preopen> preopens() {
        return preopens;
    }

    InputStream stdin() {
        return stdin;
    }

    boolean stdinTerminal() {
        return stdinTerminal;
    }

    Output stdout() {
        return stdout;
    }

    Output stderr() {
        return stderr;
    }

    /** Host sockets: {@link SocketChannel}s (connected) and {@link ServerSocketChannel}s (listening). */
    List<NetworkChannel> sockets() {
        return sockets;
    }

    /** The source of {@code random_get}, or null for a {@code SecureRandom} made on first use. */
    RandomGenerator random() {
        return random;
    }

    /** Where each call is traced, or null. */
    PrintStream trace() {
        return trace;
    }

    public static final class Builder {

        private final List<String> args = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<Preopen> preopens = new ArrayList<>();
        private InputStream stdin = InputStream.nullInputStream();
        private boolean stdinTerminal;
        private Output stdout = new Output(OutputStream.nullOutputStream(), false);
        private Output stderr = new Output(OutputStream.nullOutputStream(), false);
        private final List<NetworkChannel> sockets = new ArrayList<>();
        private RandomGenerator random;
        private PrintStream trace;

        private Builder() {
        }

        /** Appends arguments; the first is the program's name ({@code argv[0]}). */
        public Builder args(List<String> values) {
            args.addAll(values);
            return this;
        }

        public Builder arg(String value) {
            args.add(Objects.requireNonNull(value));
            return this;
        }

        /** Sets one variable; a later value for the same name replaces the earlier one. */
        public Builder env(String name, String value) {
            if (name.isEmpty() || name.indexOf('=') >= 0) {
                throw new IllegalArgumentException("environment variable name must be non-empty and without '=': \"" + name + "\"");
            }
            environment.put(name, Objects.requireNonNull(value));
            return this;
        }

        /** A preopened directory; it must exist when {@link Wasi} is made. */
        public Builder preopen(Path host, String guestName) {
            preopens.add(new Preopen(host, guestName));
            return this;
        }

        public Builder stdin(InputStream in, boolean terminal) {
            this.stdin = Objects.requireNonNull(in);
            this.stdinTerminal = terminal;
            return this;
        }

        /** Standard output; flushed after every write, never closed. */
        public Builder stdout(OutputStream out, boolean terminal) {
            this.stdout = new Output(Objects.requireNonNull(out), terminal);
            return this;
        }

        /** Standard error; flushed after every write, never closed. */
        public Builder stderr(OutputStream err, boolean terminal) {
            this.stderr = new Output(Objects.requireNonNull(err), terminal);
            return this;
        }

        /** A connected socket the program gets as a descriptor after the preopens; closed with the {@link Wasi}. */
        public Builder socket(SocketChannel socket) {
            sockets.add(Objects.requireNonNull(socket));
            return this;
        }

        /** A listening socket the program accepts connections from ({@code sock_accept}); closed with the {@link Wasi}. */
        public Builder listener(ServerSocketChannel listener) {
            sockets.add(Objects.requireNonNull(listener));
            return this;
        }

        /** A fixed source for {@code random_get} (tests, reproducible runs); default: {@code SecureRandom}. */
        public Builder random(RandomGenerator source) {
            this.random = Objects.requireNonNull(source);
            return this;
        }

        /** Prints every WASI call with its arguments and errno to {@code out} (debugging). */
        public Builder trace(PrintStream out) {
            this.trace = out;
            return this;
        }

        public WasiOptions build() {
            return new WasiOptions(this);
        }
    }
}
