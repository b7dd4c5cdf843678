package dev.tandem.wasi.calls;

import dev.tandem.runtime.HostFunction;
import dev.tandem.wasi.Errno;
import dev.tandem.wasi.ErrnoException;
import dev.tandem.wasi.WasiExit;
import dev.tandem.wasi.WasiProcess;
import dev.tandem.wasi.fs.HostErrors;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every function of {@code wasi_snapshot_preview1}, as host functions with their Wasm types.
 *
 * <p>Each call is a Java method that returns normally on success and throws {@link ErrnoException}
 * (or an {@link IOException}, mapped by {@link HostErrors}) on failure; the wrapper here turns that
 * into the errno the Wasm function returns. {@code proc_exit} alone returns nothing: it throws
 * {@link WasiExit}, which passes through the tier to the embedder.
 */
public final class WasiFunctions {

    /** A call's Java side: reads its arguments (boxed as the runtime passes them) and writes its results to memory. */
    @FunctionalInterface
    interface Call {
        void run(Object[] args) throws ErrnoException, IOException;
    }

    private static final List<ValType> ERRNO = List.of(ValType.I32);

    private WasiFunctions() {
    }

    /** All functions by import name, for one process. */
    public static Map<String, HostFunction> of(WasiProcess process, PrintStream trace) {
        var proc = new ProcessCalls(process);
        var clocks = new ClockCalls(process);
        var fd = new FdCalls(process);
        var stat = new FdStatCalls(process);
        var path = new PathCalls(process);
        var poll = new PollCalls(process);
        var sock = new SocketCalls(process);
        Map<String, HostFunction> m = new LinkedHashMap<>();
        Table t = new Table(m, trace);
        t.add("args_get", "ii", a -> proc.argsGet(i(a, 0), i(a, 1)));
        t.add("args_sizes_get", "ii", a -> proc.argsSizesGet(i(a, 0), i(a, 1)));
        t.add("environ_get", "ii", a -> proc.environGet(i(a, 0), i(a, 1)));
        t.add("environ_sizes_get", "ii", a -> proc.environSizesGet(i(a, 0), i(a, 1)));
        t.add("clock_res_get", "ii", a -> clocks.resolution(i(a, 0), i(a, 1)));
        t.add("clock_time_get", "iIi", a -> clocks.time(i(a, 0), l(a, 1), i(a, 2)));
        t.add("fd_advise", "iIIi", a -> fd.advise(i(a, 0), l(a, 1), l(a, 2), i(a, 3)));
        t.add("fd_allocate", "iII", a -> fd.allocate(i(a, 0), l(a, 1), l(a, 2)));
        t.add("fd_close", "i", a -> fd.close(i(a, 0)));
        t.add("fd_datasync", "i", a -> fd.sync(i(a, 0), false));
        t.add("fd_fdstat_get", "ii", a -> stat.fdstatGet(i(a, 0), i(a, 1)));
        t.add("fd_fdstat_set_flags", "ii", a -> stat.fdstatSetFlags(i(a, 0), i(a, 1)));
        t.add("fd_fdstat_set_rights", "iII", a -> stat.fdstatSetRights(i(a, 0), l(a, 1), l(a, 2)));
        t.add("fd_filestat_get", "ii", a -> stat.filestatGet(i(a, 0), i(a, 1)));
        t.add("fd_filestat_set_size", "iI", a -> stat.filestatSetSize(i(a, 0), l(a, 1)));
        t.add("fd_filestat_set_times", "iIIi", a -> stat.filestatSetTimes(i(a, 0), l(a, 1), l(a, 2), i(a, 3)));
        t.add("fd_pread", "iiiIi", a -> fd.pread(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
        t.add("fd_prestat_get", "ii", a -> stat.prestatGet(i(a, 0), i(a, 1)));
        t.add("fd_prestat_dir_name", "iii", a -> stat.prestatDirName(i(a, 0), i(a, 1), i(a, 2)));
        t.add("fd_pwrite", "iiiIi", a -> fd.pwrite(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
        t.add("fd_read", "iiii", a -> fd.read(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
        t.add("fd_readdir", "iiiIi", a -> stat.readdir(i(a, 0), i(a, 1), i(a, 2), l(a, 3), i(a, 4)));
        t.add("fd_renumber", "ii", a -> fd.renumber(i(a, 0), i(a, 1)));
        t.add("fd_seek", "iIii", a -> fd.seek(i(a, 0), l(a, 1), i(a, 2), i(a, 3)));
        t.add("fd_sync", "i", a -> fd.sync(i(a, 0), true));
        t.add("fd_tell", "ii", a -> fd.tell(i(a, 0), i(a, 1)));
        t.add("fd_write", "iiii", a -> fd.write(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
        t.add("path_create_directory", "iii", a -> path.createDirectory(i(a, 0), i(a, 1), i(a, 2)));
        t.add("path_filestat_get", "iiiii", a -> path.filestatGet(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4)));
        t.add("path_filestat_set_times", "iiiiIIi",
                a -> path.filestatSetTimes(i(a, 0), i(a, 1), i(a, 2), i(a, 3), l(a, 4), l(a, 5), i(a, 6)));
        t.add("path_link", "iiiiiii", a -> path.link(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5), i(a, 6)));
        t.add("path_open", "iiiiiIIii",
                a -> path.open(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), l(a, 5), l(a, 6), i(a, 7), i(a, 8)));
        t.add("path_readlink", "iiiiii", a -> path.readlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5)));
        t.add("path_remove_directory", "iii", a -> path.removeDirectory(i(a, 0), i(a, 1), i(a, 2)));
        t.add("path_rename", "iiiiii", a -> path.rename(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5)));
        t.add("path_symlink", "iiiii", a -> path.symlink(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4)));
        t.add("path_unlink_file", "iii", a -> path.unlinkFile(i(a, 0), i(a, 1), i(a, 2)));
        t.add("poll_oneoff", "iiii", a -> poll.pollOneoff(i(a, 0), i(a, 1), i(a, 2), i(a, 3)));
        m.put("proc_exit", new HostFunction(new FuncType(List.of(ValType.I32), List.of()), a -> {
            if (trace != null) {
                trace.println("wasi: proc_exit(" + a[0] + ")");
            }
            throw new WasiExit(i(a, 0));
        }));
        t.add("proc_raise", "i", a -> {
            throw new ErrnoException(Errno.NOSYS, "signals are not supported");
        });
        t.add("sched_yield", "", a -> Thread.yield());
        t.add("random_get", "ii", a -> proc.randomGet(i(a, 0), i(a, 1)));
        t.add("sock_accept", "iii", a -> sock.accept(i(a, 0), i(a, 1), i(a, 2)));
        t.add("sock_recv", "iiiiii", a -> sock.recv(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4), i(a, 5)));
        t.add("sock_send", "iiiii", a -> sock.send(i(a, 0), i(a, 1), i(a, 2), i(a, 3), i(a, 4)));
        t.add("sock_shutdown", "ii", a -> sock.shutdown(i(a, 0), i(a, 1)));
        return m;
    }

    private static int i(Object[] args, int n) {
        return (Integer) args[n];
    }

    private static long l(Object[] args, int n) {
        return (Long) args[n];
    }

    /** Builds the map: each call wrapped so that its outcome becomes an errno result. */
    private record Table(Map<String, HostFunction> functions, PrintStream trace) {

        /** @param params one letter per parameter: {@code i} for i32, {@code I} for i64 */
        void add(String name, String params, Call call) {
            List<ValType> types = new ArrayList<>(params.length());
            for (char c : params.toCharArray()) {
                types.add(c == 'I' ? ValType.I64 : ValType.I32);
            }
            functions.put(name, new HostFunction(new FuncType(types, ERRNO), args -> {
                Errno errno = invoke(call, args);
                if (trace != null) {
                    trace.println("wasi: " + name + Arrays.toString(args) + " -> " + errno);
                }
                return new Object[] {errno.code()};
            }));
        }

        private static Errno invoke(Call call, Object[] args) {
            try {
                call.run(args);
                return Errno.SUCCESS;
            } catch (ErrnoException e) {
                return e.errno();
            } catch (IOException e) {
                return HostErrors.errno(e);
            } catch (UncheckedIOException e) {
                return HostErrors.errno(e.getCause());
            }
        }
    }
}
