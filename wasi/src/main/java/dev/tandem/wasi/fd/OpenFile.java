package dev.tandem.wasi.fd;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A regular file (or another non-directory) opened with {@code path_open}. The channel keeps the
 * position; {@code APPEND} is applied per write by the call, so {@code fd_fdstat_set_flags} can
 * switch it on and off. The host path is kept for {@code fd_filestat_*}: Java has no {@code fstat},
 * so those calls read the path's attributes (not following a final symbolic link), which answers
 * for another file if the program's file has been renamed over meanwhile.
 */
public final class OpenFile extends Descriptor {

    private final FileChannel channel;
    private final Path path;
    private final boolean readable;
    private final boolean writable;

    public OpenFile(FileChannel channel, Path path, boolean readable, boolean writable,
                    long rightsBase, long rightsInheriting, int flags) {
        super(rightsBase, rightsInheriting, flags);
        this.channel = channel;
        this.path = path;
        this.readable = readable;
        this.writable = writable;
    }

    public FileChannel channel() {
        return channel;
    }

    public Path path() {
        return path;
    }

    public boolean readable() {
        return readable;
    }

    public boolean writable() {
        return writable;
    }

    @Override
    public Filetype filetype() {
        return Filetype.REGULAR_FILE;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
