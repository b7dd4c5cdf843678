package dev.tandem.wasi.fd;

/** WASI's {@code filetype}; the code is the ordinal. */
public enum Filetype {
    UNKNOWN,
    BLOCK_DEVICE,
    CHARACTER_DEVICE,
    DIRECTORY,
    REGULAR_FILE,
    SOCKET_DGRAM,
    SOCKET_STREAM,
    SYMBOLIC_LINK;

    public int code() {
        return ordinal();
    }
}
