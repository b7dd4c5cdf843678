package dev.tandem.wasi.fd;

import java.io.IOException;

/**
 * What a WASI file descriptor refers to: an open file, a directory (the sandbox's unit), a standard
 * stream or a socket the host handed in. Holds what every kind has: rights and the fd flags.
 */
public abstract sealed class Descriptor permits OpenFile, OpenDirectory, StdioStream, StreamSocket, ListeningSocket {

    /** {@code fdflags}: writes go to the end of the file. */
    public static final int APPEND = 1 << 0;
    public static final int DSYNC = 1 << 1;
    /** Reads and writes (on sockets: accept and receive) do not wait. */
    public static final int NONBLOCK = 1 << 2;
    public static final int RSYNC = 1 << 3;
    public static final int SYNC = 1 << 4;
    public static final int ALL_FLAGS = APPEND | DSYNC | NONBLOCK | RSYNC | SYNC;

    private long rightsBase;
    private long rightsInheriting;
    private int flags;

    protected Descriptor(long rightsBase, long rightsInheriting, int flags) {
        this.rightsBase = rightsBase;
        this.rightsInheriting = rightsInheriting;
        this.flags = flags;
    }

    public abstract Filetype filetype();

    /** Releases what the descriptor holds; a standard stream is flushed, not closed (the host owns it). */
    public abstract void close() throws IOException;

    public long rightsBase() {
        return rightsBase;
    }

    public long rightsInheriting() {
        return rightsInheriting;
    }

    /** {@code fd_fdstat_set_rights}: rights can only be dropped; the caller checks that. */
    public void setRights(long base, long inheriting) {
        this.rightsBase = base;
        this.rightsInheriting = inheriting;
    }

    public int flags() {
        return flags;
    }

    public void setFlags(int flags) {
        this.flags = flags;
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
