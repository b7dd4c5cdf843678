package dev.tandem.spec.script;

import java.io.IOException;

/** A spec JSON file that does not have the shape wast2json writes; the message names file and line. */
public final class SpecFormatException extends IOException {

    public SpecFormatException(String message) {
        super(message);
    }
}
