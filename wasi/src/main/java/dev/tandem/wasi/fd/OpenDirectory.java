package dev.tandem.wasi.fd;

import java.nio.file.Path;
import java.util.List;

/**
 * A directory descriptor: a preopen, or a directory opened through one. Each is a sandbox root of
 * its own, as in wasmtime (cap-std): paths resolved from it never leave {@link #root()}, so
 * {@code ..} from a subdirectory opened with {@code path_open} stops at that subdirectory.
 *
 * <p>{@code fd_readdir} reads a snapshot of the entries taken when a listing starts at cookie 0;
 * cookies are positions in that snapshot.
 */
public final class OpenDirectory extends Descriptor {

    /** One entry of a {@code fd_readdir} snapshot. */
    public record Entry(String name, long inode, Filetype type) {
    }

    private final Path root;
    private final String preopenName;
    private List<Entry> listing;

    /**
     * @param root        the directory's real host path (no symbolic links in it)
     * @param preopenName the name the program sees for a preopen ({@code fd_prestat_dir_name}), or null
     */
    public OpenDirectory(Path root, String preopenName, long rightsBase, long rightsInheriting) {
        super(rightsBase, rightsInheriting, 0);
        this.root = root;
        this.preopenName = preopenName;
    }

    public Path root() {
        return root;
    }

    /** The preopen's guest name, or null when this directory is not a preopen. */
    public String preopenName() {
        return preopenName;
    }

    public List<Entry> listing() {
        return listing;
    }

    public void setListing(List<Entry> listing) {
        this.listing = listing;
    }

    @Override
    public Filetype filetype() {
        return Filetype.DIRECTORY;
    }

    @Override
    public void close() {
        listing = null;
    }
}
