package dev.tandem.wasi.calls;

import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.GuestMemory;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fd.Descriptor;
import dev.tandem.wasi.fd.DescriptorTable;
import dev.tandem.wasi.fd.ListeningSocket;
import dev.tandem.wasi.fd.OpenDirectory;
import dev.tandem.wasi.fd.OpenFile;
import dev.tandem.wasi.fd.StdioStream;
import dev.tandem.wasi.fd.StreamSocket;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code poll_oneoff}: waits until a clock subscription expires or a descriptor is ready, and
 * reports every subscription that is, at that moment.
 *
 * <p>Files are always ready (a read reports the bytes left). Sockets are looked at without
 * waiting: data found is kept for the next receive, a waiting connection for the next accept.
 * Standard input is ready when {@code available()} says so; a poll on it with no clock to bound
 * the wait reports it ready, since Java cannot wait for a stream without reading it, and the read
 * that follows waits instead. While something is pending, the poll looks again every
 * {@value #RECHECK_MILLIS} ms until the earliest clock expires.
 */
final class PollCalls {

    private static final int SUBSCRIPTION_SIZE = 48;
    private static final int EVENT_SIZE = 32;
    private static final int CLOCK = 0;
    private static final int FD_READ = 1;
    private static final int FD_WRITE = 2;
    private static final int ABSTIME = 1;
    private static final int HANGUP = 1;
    private static final int RECHECK_MILLIS = 10;

    private record Subscription(long userdata, int type, int fd, long deadline, Errno clockError) {
    }

    private record Event(long userdata, Errno error, int type, long bytes, int flags) {

        static Event clock(Subscription s) {
            return new Event(s.userdata, s.clockError == null ? Errno.SUCCESS : s.clockError, CLOCK, 0, 0);
        }
    }

    private final GuestMemory memory;
    private final DescriptorTable descriptors;

    PollCalls(WasiProcess process) {
        this.memory = process.memory();
        this.descriptors = process.descriptors();
    }

    void pollOneoff(int in, int out, int count, int resultPtr) throws ErrnoException, IOException {
        if (count == 0) {
            throw new ErrnoException(Errno.INVAL, "no subscriptions");
        }
        memory.check(in, (long) SUBSCRIPTION_SIZE * Integer.toUnsignedLong(count));
        memory.check(out, (long) EVENT_SIZE * Integer.toUnsignedLong(count));
        memory.check(resultPtr, 4);
        List<Subscription> subscriptions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            subscriptions.add(subscription(in + i * SUBSCRIPTION_SIZE));
        }
        List<Event> events = waitForEvents(subscriptions);
        for (int i = 0; i < events.size(); i++) {
            write(out + i * EVENT_SIZE, events.get(i));
        }
        memory.putI32(resultPtr, events.size());
    }

    private List<Event> waitForEvents(List<Subscription> subscriptions) throws IOException {
        List<Event> events = new ArrayList<>();
        while (true) {
            boolean pending = false;
            List<Subscription> pendingStdin = new ArrayList<>();
            for (Subscription s : subscriptions) {
                if (s.type == CLOCK) {
                    continue;
                }
                Event e = fdEvent(s);
                if (e != null) {
                    events.add(e);
                } else {
                    pending = true;
                    if (descriptors.isOpen(s.fd) && isStdio(s.fd)) {
                        pendingStdin.add(s);
                    }
                }
            }
            long now = ClockCalls.monotonic();
            long earliest = Long.MAX_VALUE;
            for (Subscription s : subscriptions) {
                if (s.type == CLOCK) {
                    if (s.deadline <= now) {
                        events.add(Event.clock(s));
                    }
                    earliest = Math.min(earliest, s.deadline);
                }
            }
            if (!events.isEmpty()) {
                return events;
            }
            if (earliest == Long.MAX_VALUE && pendingStdin.size() > 0) {
                for (Subscription s : pendingStdin) {
                    events.add(new Event(s.userdata, Errno.SUCCESS, s.type, 0, 0));
                }
                return events;
            }
            long wait = earliest - now;
            if (pending) {
                wait = Math.min(wait, RECHECK_MILLIS * 1_000_000L);
            }
            LockSupport.parkNanos(wait);
        }
    }

    /** The event for a descriptor subscription that is ready now (or failed), or null. */
    private Event fdEvent(Subscription s) throws IOException {
        Descriptor d;
        try {
            d = descriptors.get(s.fd);
        } catch (ErrnoException e) {
            return new Event(s.userdata, Errno.BADF, s.type, 0, 0);
        }
        if (s.type == FD_WRITE) {
            return ready(s, 0);
        }
        return switch (d) {
            case OpenFile f -> ready(s, Math.max(0, f.channel().size() - f.channel().position()));
            case OpenDirectory x -> ready(s, 0);
            case StdioStream stream -> {
                if (stream.in() == null) {
                    yield ready(s, 0);
                }
                int available = stream.in().available();
                yield available > 0 ? ready(s, available) : null;
            }
            case StreamSocket socket -> {
                boolean open = SocketCalls.fillWithoutWaiting(socket);
                int buffered = socket.peeked().remaining();
                if (!open) {
                    yield new Event(s.userdata, Errno.SUCCESS, s.type, 0, HANGUP);
                }
                yield buffered > 0 ? ready(s, buffered) : null;
            }
            case ListeningSocket listener -> {
                if (!listener.hasPending()) {
                    SocketChannel waiting = SocketCalls.nonBlocking(listener.channel(), () -> listener.channel().accept());
                    listener.setPending(waiting);
                }
                yield listener.hasPending() ? ready(s, 1) : null;
            }
        };
    }

    private boolean isStdio(int fd) {
        try {
            return descriptors.get(fd) instanceof StdioStream;
        } catch (ErrnoException e) {
            return false;
        }
    }

    private static Event ready(Subscription s, long bytes) {
        return new Event(s.userdata, Errno.SUCCESS, s.type, bytes, 0);
    }

    /**
     * Reads one subscription: userdata u64 at 0, tag u8 at 8; a clock's id u32 at 16, timeout u64 at
     * 24, precision u64 at 32, flags u16 at 40; a descriptor's fd u32 at 16. Clock deadlines become
     * monotonic time.
     */
    private Subscription subscription(int at) throws ErrnoException {
        long userdata = memory.i64(at);
        int type = memory.u8(at + 8);
        return switch (type) {
            case CLOCK -> clockSubscription(userdata, memory.i32(at + 16), memory.i64(at + 24), memory.u16(at + 40));
            case FD_READ, FD_WRITE -> new Subscription(userdata, type, memory.i32(at + 16), 0, null);
            default -> throw new ErrnoException(Errno.INVAL, "subscription type " + type);
        };
    }

    /** Timeouts are unsigned: one past {@code Long.MAX_VALUE} nanoseconds (292 years) means "never". */
    private static Subscription clockSubscription(long userdata, int clock, long timeout, int flags) {
        long now = ClockCalls.monotonic();
        try {
            long clockNow = ClockCalls.now(clock);
            long deadline;
            if (timeout < 0) {
                deadline = Long.MAX_VALUE;
            } else if ((flags & ABSTIME) == 0) {
                deadline = saturatedAdd(now, timeout);
            } else {
                deadline = clock == ClockCalls.MONOTONIC ? timeout : saturatedAdd(now, timeout - clockNow);
            }
            return new Subscription(userdata, CLOCK, -1, deadline, null);
        } catch (ErrnoException unknownClock) {
            return new Subscription(userdata, CLOCK, -1, now, unknownClock.errno());
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return b > 0 && sum < a ? Long.MAX_VALUE : sum;
    }

    private void write(int at, Event e) throws ErrnoException {
        for (int offset = 0; offset < EVENT_SIZE; offset += 8) {
            memory.putI64(at + offset, 0);
        }
        memory.putI64(at, e.userdata);
        memory.putU16(at + 8, e.error.code());
        memory.putU8(at + 10, e.type);
        memory.putI64(at + 16, e.bytes);
        memory.putU16(at + 24, e.flags);
    }
}
