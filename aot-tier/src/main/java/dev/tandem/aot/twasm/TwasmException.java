package dev.tandem.aot.twasm;

import java.io.IOException;

/** A {@code .twasm} file that cannot be loaded: damaged, altered, or from another format or compiler version. */
public final class TwasmException extends IOException {

    public TwasmException(String message) {
        super(message);
    }

    public TwasmException(String message, Throwable cause) {
        super(message, cause);
    }
}
