package dev.tandem.wasi;

/**
 * WASI preview1's error numbers ({@code errno} in {@code wasi_snapshot_preview1}), in code order:
 * {@link #code()} is the ordinal, which is what the ABI returns. Names follow the witx without the
 * {@code E} prefix ({@code NOENT} is {@code ENOENT}); {@link #TOOBIG} is {@code E2BIG}.
 *
 * <p>The sandbox answers every refused escape (a {@code ..} above a directory descriptor, an
 * absolute path, a symbolic link leading out) with {@link #NOTCAPABLE}, WASI's own "capabilities
 * insufficient", which wasi-libc reports as {@code ENOTCAPABLE}.
 */
public enum Errno {
    SUCCESS,
    TOOBIG,
    ACCES,
    ADDRINUSE,
    ADDRNOTAVAIL,
    AFNOSUPPORT,
    AGAIN,
    ALREADY,
    BADF,
    BADMSG,
    BUSY,
    CANCELED,
    CHILD,
    CONNABORTED,
    CONNREFUSED,
    CONNRESET,
    DEADLK,
    DESTADDRREQ,
    DOM,
    DQUOT,
    EXIST,
    FAULT,
    FBIG,
    HOSTUNREACH,
    IDRM,
    ILSEQ,
    INPROGRESS,
    INTR,
    INVAL,
    IO,
    ISCONN,
    ISDIR,
    LOOP,
    MFILE,
    MLINK,
    MSGSIZE,
    MULTIHOP,
    NAMETOOLONG,
    NETDOWN,
    NETRESET,
    NETUNREACH,
    NFILE,
    NOBUFS,
    NODEV,
    NOENT,
    NOEXEC,
    NOLCK,
    NOLINK,
    NOMEM,
    NOMSG,
    NOPROTOOPT,
    NOSPC,
    NOSYS,
    NOTCONN,
    NOTDIR,
    NOTEMPTY,
    NOTRECOVERABLE,
    NOTSOCK,
    NOTSUP,
    NOTTY,
    NXIO,
    OVERFLOW,
    OWNERDEAD,
    PERM,
    PIPE,
    PROTO,
    PROTONOSUPPORT,
    PROTOTYPE,
    RANGE,
    ROFS,
    SPIPE,
    SRCH,
    STALE,
    TIMEDOUT,
    TXTBSY,
    XDEV,
    NOTCAPABLE;

    private static final Errno[] VALUES = values();

    /** The value a WASI call returns. */
    public int code() {
        return ordinal();
    }

    /** The errno with this code; {@code IllegalArgumentException} for a code WASI does not define. */
    public static Errno of(int code) {
        if (code < 0 || code >= VALUES.length) {
            throw new IllegalArgumentException("no WASI errno " + code);
        }
        return VALUES[code];
    }
}
