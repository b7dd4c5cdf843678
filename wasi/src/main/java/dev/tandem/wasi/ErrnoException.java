package dev.tandem.wasi;

/**
 * A WASI call fails with an errno: thrown inside the host implementation and turned into the
 * call's return value where the call returns to Wasm. Stackless, since a failing call is an
 * ordinary outcome (a program probing for files fails thousands of times).
 */
public final class ErrnoException extends Exception {

    private final Errno errno;

    public ErrnoException(Errno errno) {
        this(errno, null);
    }

    /** @param detail for a human reading a trace, may be null */
    public ErrnoException(Errno errno, String detail) {
        super(detail == null ? errno.name() : errno.name() + ": " + detail, null, false, false);
        this.errno = errno;
    }

    public Errno errno() {
        return errno;
    }
}
