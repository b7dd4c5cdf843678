package dev.tandem.truffle.interop;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.interop.ExceptionType;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * An error the Polyglot API reports for a module that is not one (a syntax error, with wasm-core's
 * spec-worded message) or that cannot be instantiated with the imports given (a link error, with
 * the runtime's "unknown import" / "incompatible import type" message).
 */
@ExportLibrary(InteropLibrary.class)
public final class WasmError extends AbstractTruffleException {

    private final boolean syntax;

    private WasmError(String message, boolean syntax) {
        super(message);
        this.syntax = syntax;
    }

    /** The bytes are not a valid module (malformed or invalid). */
    public static WasmError module(String message) {
        return new WasmError(message, true);
    }

    /** Instantiation failed before running anything (imports missing or of the wrong type). */
    public static WasmError link(String message) {
        return new WasmError(message, false);
    }

    /** A host passed a value Wasm cannot take. */
    public static WasmError argument(String message) {
        return new WasmError(message, false);
    }

    @ExportMessage
    ExceptionType getExceptionType() {
        return syntax ? ExceptionType.PARSE_ERROR : ExceptionType.RUNTIME_ERROR;
    }

    @ExportMessage
    boolean isExceptionIncompleteSource() {
        return false;
    }
}
