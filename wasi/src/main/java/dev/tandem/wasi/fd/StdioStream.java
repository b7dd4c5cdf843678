package dev.tandem.wasi.fd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Standard input, output or error: a host stream. Output is flushed after every {@code fd_write},
 * so nothing the program wrote is lost when it traps or exits, and stdout and stderr interleave on
 * a terminal as they were written. Closing the descriptor flushes; the stream belongs to the host.
 */
public final class StdioStream extends Descriptor {

    private final InputStream in;
    private final OutputStream out;
    private final boolean terminal;

    private StdioStream(InputStream in, OutputStream out, boolean terminal, long rights) {
        super(rights, 0, 0);
        this.in = in;
        this.out = out;
        this.terminal = terminal;
    }

    public static StdioStream input(InputStream in, boolean terminal) {
        return new StdioStream(in, null, terminal, Rights.STREAM & ~Rights.FD_WRITE);
    }

    public static StdioStream output(OutputStream out, boolean terminal) {
        return new StdioStream(null, out, terminal, Rights.STREAM & ~Rights.FD_READ);
    }

    /** The input stream, or null for stdout and stderr. */
    public InputStream in() {
        return in;
    }

    /** The output stream, or null for stdin. */
    public OutputStream out() {
        return out;
    }

    /**
     * A terminal is reported as a character device (so wasi-libc's {@code isatty} says yes and its
     * stdout is line-buffered); anything else as {@code UNKNOWN}, as wasmtime does for pipes and files.
     */
    @Override
    public Filetype filetype() {
        return terminal ? Filetype.CHARACTER_DEVICE : Filetype.UNKNOWN;
    }

    public void flush() throws IOException {
        if (out != null) {
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
