package dev.tandem.wasi.fd;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The program's file descriptors. A new descriptor takes the lowest free number, as POSIX does;
 * numbers are never shared. At most {@link #MAX_OPEN} are open at once ({@link Errno#MFILE} after).
 */
public final class DescriptorTable {

    /** Open descriptors at most, standard streams included. */
    public static final int MAX_OPEN = 1 << 16;

    private final List<Descriptor> slots = new ArrayList<>();
    private int open;

    /** The descriptor {@code fd} refers to. */
    public Descriptor get(int fd) throws ErrnoException {
        Descriptor d = fd >= 0 && fd < slots.size() ? slots.get(fd) : null;
        if (d == null) {
            throw new ErrnoException(Errno.BADF, "fd " + Integer.toUnsignedString(fd) + " is not open");
        }
        return d;
    }

    /** Whether {@code fd} is open. */
    public boolean isOpen(int fd) {
        return fd >= 0 && fd < slots.size() && slots.get(fd) != null;
    }

    /** Adds a descriptor under the lowest free number and returns that number. */
    public int add(Descriptor d) throws ErrnoException {
        if (open >= MAX_OPEN) {
            throw new ErrnoException(Errno.MFILE);
        }
        open++;
        int free = slots.indexOf(null);
        if (free >= 0) {
            slots.set(free, d);
            return free;
        }
        slots.add(d);
        return slots.size() - 1;
    }

    /** Takes {@code fd} out of the table (the caller closes what it refers to). */
    public Descriptor remove(int fd) throws ErrnoException {
        Descriptor d = get(fd);
        slots.set(fd, null);
        open--;
        trim();
        return d;
    }

    /**
     * {@code fd_renumber}: {@code from} takes number {@code to}; what {@code to} referred to is
     * closed. Both must be open, as wasmtime requires.
     */
    public void renumber(int from, int to) throws ErrnoException, IOException {
        Descriptor moving = get(from);
        Descriptor replaced = get(to);
        if (from == to) {
            return;
        }
        slots.set(to, moving);
        slots.set(from, null);
        open--;
        trim();
        replaced.close();
    }

    /** Every open descriptor's number, ascending. */
    public List<Integer> openNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) != null) {
                numbers.add(i);
            }
        }
        return numbers;
    }

    private void trim() {
        while (!slots.isEmpty() && slots.getLast() == null) {
            slots.removeLast();
        }
    }
}
