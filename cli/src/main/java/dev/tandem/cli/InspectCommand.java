package dev.tandem.cli;

import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.DataSegment;
import dev.tandem.wasm.model.Export;
import dev.tandem.wasm.model.FunctionBody;
import dev.tandem.wasm.model.Import;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.Module;
import java.io.PrintStream;

/**
 * {@code tandem inspect}: what a module is made of, from wasm-core alone: its sections with
 * offsets and sizes, imports and exports with their types, and counts and sizes of functions,
 * memories, tables, globals and segments. A module that decodes but does not validate is shown,
 * with the validator's message, and exits {@link ExitCode#INVALID_MODULE}.
 */
final class InspectCommand {

    static final String HELP = """
            Usage: tandem inspect FILE.wasm|FILE.twasm

            Prints a module's sections (offset and size of each), its imports and exports with their
            types, and how many functions, tables, memories, globals and data and element segments it
            has, with the size of its code and data. Then whether it validates. For a .twasm file:
            which compiler wrote it, with which options, from which .wasm (SHA-256), and the same
            summary of the module it holds.

            Options:
              -h, --help   this help

            Exit: 0 a valid module, 2 usage error, 4 file missing or unreadable, 5 malformed or
                  invalid module, 8 not WebAssembly, 11 bad .twasm file.
            """;

    private final PrintStream out;

    InspectCommand(PrintStream out) {
        this.out = out;
    }

    ExitCode run(Arguments args) throws UserError {
        String file = null;
        while (args.hasNext()) {
            String token = args.next();
            if (Arguments.isFlag(token)) {
                if (token.equals("-h") || token.equals("--help")) {
                    out.print(HELP);
                    return ExitCode.OK;
                }
                throw new UserError(ExitCode.USAGE, "unknown option for inspect: " + token + " (see tandem inspect --help)");
            }
            if (file != null) {
                throw new UserError(ExitCode.USAGE, "inspect takes one file, got a second: " + token);
            }
            file = token;
        }
        if (file == null) {
            throw new UserError(ExitCode.USAGE, "inspect needs a module file (see tandem inspect --help)");
        }
        ModuleInput input = ModuleInput.open(file);
        if (input.kind() == ModuleInput.Kind.TWASM) {
            PrecompiledInspection.print(out, input.path());
            return ExitCode.OK;
        }
        byte[] bytes = input.bytes();
        Module module;
        try {
            module = Wasm.decode(bytes);
        } catch (ModuleException e) {
            throw new UserError(ExitCode.INVALID_MODULE, file + ": malformed module: " + e.getMessage());
        }
        out.printf("%s: %,d bytes, WebAssembly binary format version %d%n", file, bytes.length, bytes[4] & 0xFF);
        printSections(bytes);
        printModule(out, module, true);
        try {
            Wasm.validate(module);
            out.println("valid: yes");
            return ExitCode.OK;
        } catch (ModuleException e) {
            out.println("valid: no: " + e.getMessage());
            return ExitCode.INVALID_MODULE;
        }
    }

    private void printSections(byte[] bytes) {
        out.println("sections:");
        out.printf("  %-24s %10s %10s%n", "section", "offset", "size");
        for (SectionTable.Section s : SectionTable.read(bytes)) {
            out.printf("  %-24s %#10x %,10d%n", s.name(), s.offset(), s.size());
        }
    }

    /**
     * Imports, exports and counts: shared with the .twasm view, whose module has the same
     * declarations but stub bodies ({@code withCode} false: their size says nothing).
     */
    static void printModule(PrintStream out, Module module, boolean withCode) {
        out.printf("imports: %d%n", module.imports().size());
        for (Import i : module.imports()) {
            out.printf("  %-8s %s.%s %s%n", kind(i.kind()), i.module(), i.name(), switch (i.kind()) {
                case FUNCTION -> module.types().get(i.typeIndex()).toString();
                case TABLE -> i.table().elementType() + " " + limits(i.table().limits());
                case MEMORY -> "pages " + limits(i.memory().limits());
                case GLOBAL -> (i.global().mutable() ? "mut " : "") + i.global().type();
            });
        }
        out.printf("exports: %d%n", module.exports().size());
        for (Export e : module.exports()) {
            out.printf("  %-8s %s -> %s%n", kind(e.kind()), e.name(), switch (e.kind()) {
                case FUNCTION -> "function " + e.index() + " " + module.functionType(e.index());
                case TABLE -> "table " + e.index();
                case MEMORY -> "memory " + e.index();
                case GLOBAL -> "global " + e.index();
            });
        }
        long code = 0;
        for (FunctionBody body : module.codes()) {
            code += body.codeEnd() - body.bodyStart();
        }
        out.printf("functions: %d (%d imported, %d defined)%s%n", module.functionCount(),
                module.importedFunctionCount(), module.functionCount() - module.importedFunctionCount(),
                withCode ? String.format(", %,d bytes of code", code) : "");
        for (int m = 0; m < module.memoryCount(); m++) {
            out.printf("memory %d: pages %s%s%n", m, limits(module.memoryType(m).limits()),
                    m < module.importedMemoryCount() ? " (imported)" : "");
        }
        for (int t = 0; t < module.tableCount(); t++) {
            out.printf("table %d: %s %s%s%n", t, module.tableType(t).elementType(), limits(module.tableType(t).limits()),
                    t < module.importedTableCount() ? " (imported)" : "");
        }
        long data = 0;
        for (DataSegment d : module.data()) {
            data += d.length();
        }
        out.printf("globals: %d (%d imported); element segments: %d; data segments: %d, %,d bytes%n",
                module.globalCount(), module.importedGlobalCount(), module.elements().size(), module.data().size(), data);
        out.printf("start function: %s%n", module.startFunction() < 0 ? "none" : Integer.toString(module.startFunction()));
        if (!module.customSections().isEmpty()) {
            StringBuilder names = new StringBuilder();
            module.customSections().forEach(c -> names.append(names.isEmpty() ? "" : ", ").append(c.name()));
            out.println("custom sections: " + names);
        }
    }

    private static String kind(dev.tandem.wasm.model.ExternKind kind) {
        return switch (kind) {
            case FUNCTION -> "func";
            case TABLE -> "table";
            case MEMORY -> "memory";
            case GLOBAL -> "global";
        };
    }

    private static String limits(Limits limits) {
        return limits.min() + (limits.hasMax() ? ".." + limits.max() : ", no maximum");
    }
}
