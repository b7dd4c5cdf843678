package dev.tandem.wasi.fs;

import dev.tandem.wasi.Errno;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * The WASI errno for a Java I/O failure. The JDK keeps the host's errno only as text: its Unix file
 * system turns EACCES, ENOENT and EEXIST into their own exception types and everything else into a
 * {@link FileSystemException} whose reason is {@code strerror(errno)}, so this maps those texts
 * back. Calls check what they can themselves first (is it a directory, does it exist), which
 * settles the common cases without relying on message text.
 */
public final class HostErrors {

    /** glibc's (and macOS's) strerror texts, for the errnos a file or socket operation returns. */
    private static final Map<String, Errno> BY_REASON = Map.ofEntries(
            Map.entry("Operation not permitted", Errno.PERM),
            Map.entry("No such file or directory", Errno.NOENT),
            Map.entry("Permission denied", Errno.ACCES),
            Map.entry("File exists", Errno.EXIST),
            Map.entry("Not a directory", Errno.NOTDIR),
            Map.entry("Is a directory", Errno.ISDIR),
            Map.entry("Invalid argument", Errno.INVAL),
            Map.entry("Too many open files", Errno.MFILE),
            Map.entry("Too many open files in system", Errno.NFILE),
            Map.entry("File too large", Errno.FBIG),
            Map.entry("No space left on device", Errno.NOSPC),
            Map.entry("Illegal seek", Errno.SPIPE),
            Map.entry("Read-only file system", Errno.ROFS),
            Map.entry("Too many links", Errno.MLINK),
            Map.entry("Broken pipe", Errno.PIPE),
            Map.entry("File name too long", Errno.NAMETOOLONG),
            Map.entry("Directory not empty", Errno.NOTEMPTY),
            Map.entry("Invalid cross-device link", Errno.XDEV),
            Map.entry("Cross-device link", Errno.XDEV),
            Map.entry("Device or resource busy", Errno.BUSY),
            Map.entry("Resource busy", Errno.BUSY),
            Map.entry("Text file busy", Errno.TXTBSY),
            Map.entry("Disk quota exceeded", Errno.DQUOT),
            Map.entry("Input/output error", Errno.IO),
            Map.entry("Bad file descriptor", Errno.BADF),
            Map.entry("No such device or address", Errno.NXIO),
            Map.entry("No such device", Errno.NODEV),
            Map.entry("Resource temporarily unavailable", Errno.AGAIN),
            Map.entry("Operation not supported", Errno.NOTSUP),
            Map.entry("Function not implemented", Errno.NOSYS),
            Map.entry("Stale file handle", Errno.STALE),
            Map.entry("Connection reset by peer", Errno.CONNRESET),
            Map.entry("Connection reset", Errno.CONNRESET),
            Map.entry("Connection refused", Errno.CONNREFUSED),
            Map.entry("Connection timed out", Errno.TIMEDOUT),
            Map.entry("Transport endpoint is not connected", Errno.NOTCONN),
            Map.entry("Socket is not connected", Errno.NOTCONN),
            Map.entry("Interrupted system call", Errno.INTR),
            Map.entry("Value too large for defined data type", Errno.OVERFLOW));

    private HostErrors() {
    }

    public static Errno errno(IOException e) {
        Errno byType = switch (e) {
            case NoSuchFileException x -> Errno.NOENT;
            case FileAlreadyExistsException x -> Errno.EXIST;
            case DirectoryNotEmptyException x -> Errno.NOTEMPTY;
            case NotDirectoryException x -> Errno.NOTDIR;
            case NotLinkException x -> Errno.INVAL;
            case FileSystemLoopException x -> Errno.LOOP;
            case AtomicMoveNotSupportedException x -> Errno.XDEV;
            case AccessDeniedException x -> accessDenied(x);
            case ClosedChannelException x -> Errno.BADF;
            case ConnectException x -> Errno.CONNREFUSED;
            case SocketTimeoutException x -> Errno.TIMEDOUT;
            default -> null;
        };
        if (byType != null) {
            return byType;
        }
        String text = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return byReason(text);
    }

    /** The errno for a strerror text, {@link Errno#IO} when the text is unknown or missing. */
    static Errno byReason(String text) {
        if (text == null) {
            return Errno.IO;
        }
        Errno exact = BY_REASON.get(text);
        if (exact != null) {
            return exact;
        }
        // The JDK appends context to ELOOP ("... or unable to access attributes of symbolic link").
        if (text.startsWith("Too many levels of symbolic links")) {
            return Errno.LOOP;
        }
        for (var entry : BY_REASON.entrySet()) {
            if (text.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return Errno.IO;
    }

    /** The JDK reports EACCES as AccessDeniedException with no reason, and EPERM with its text. */
    private static Errno accessDenied(AccessDeniedException e) {
        return "Operation not permitted".equals(e.getReason()) ? Errno.PERM : Errno.ACCES;
    }
}
