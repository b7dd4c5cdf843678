package dev.tandem.aot.codegen;

import dev.tandem.aot.AotOptions;
import dev.tandem.aot.rt.Signatures;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Type;

/**
 * Where everything of one module goes among the generated classes, decided before any code is
 * emitted (a call site names its callee's class):
 * <ul>
 *   <li>{@code Context}: the per-instance state class ({@link ContextClassWriter});</li>
 *   <li>{@code Functions0, Functions1, ...}: the functions, as static methods, packed by
 *       {@link ClassPlanner} so no class nears the JVM's 65,535 constant-pool entries and no class
 *       is so big that its first use (when the JVM verifies it) stalls;</li>
 *   <li>{@code Dispatch0, ...}: one small method per function signature that calls a
 *       {@link dev.tandem.runtime.FunctionRef} (imports, {@code call_indirect}).</li>
 * </ul>
 */
public final class ModulePlan {

    /** Signatures per dispatch class: keeps each one far below every class-file limit. */
    static final int SIGNATURES_PER_DISPATCH_CLASS = 256;
    /** Globals, tables and imported functions past these are reached through the instance, not a field. */
    static final int GLOBAL_FIELDS = 1000;
    static final int TABLE_FIELDS = 100;
    static final int IMPORT_FIELDS = 1000;

    private final Module module;
    private final AotOptions options;
    private final String prefix;
    private final int[] classOfDefined;
    private final int classCount;
    private final int[] signatureOfType;
    private final List<FuncType> signatures = new ArrayList<>();
    /** Per signature, the defined functions a call_indirect may reach directly (sorted), see {@link IndirectClassWriter}. */
    private final List<int[]> indirectTargets = new ArrayList<>();
    /** Per signature, the number of the class holding its indirect dispatch. */
    private int[] indirectClassOf;
    private int indirectClassCount;

    /**
     * @param references the module's declared function references (C.refs): the only functions of
     *                   this instance a table or a funcref can hold
     */
    ModulePlan(Module module, AotOptions options, int[] classOfDefined, int classCount, java.util.BitSet references) {
        this.module = module;
        this.options = options;
        this.prefix = "tandem/aot/" + packageName(module) + "/";
        this.classOfDefined = classOfDefined;
        this.classCount = classCount;
        Map<FuncType, Integer> ids = new HashMap<>();
        signatureOfType = new int[module.types().size()];
        for (int i = 0; i < signatureOfType.length; i++) {
            FuncType t = module.types().get(i);
            signatureOfType[i] = ids.computeIfAbsent(t, k -> {
                signatures.add(k);
                return signatures.size() - 1;
            });
        }
        List<List<Integer>> targets = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            targets.add(new ArrayList<>());
        }
        for (int f = references.nextSetBit(module.importedFunctionCount()); f >= 0; f = references.nextSetBit(f + 1)) {
            targets.get(signatureOfType[module.functionTypeIndex(f)]).add(f);
        }
        indirectClassOf = new int[signatures.size()];
        int cases = 0;
        int current = 0;
        for (int sig = 0; sig < signatures.size(); sig++) {
            int[] t = targets.get(sig).stream().mapToInt(Integer::intValue).toArray();
            indirectTargets.add(t);
            if (cases > 0 && cases + t.length > INDIRECT_CASES_PER_CLASS) {
                current++;
                cases = 0;
            }
            indirectClassOf[sig] = current;
            cases += t.length + 1;
        }
        indirectClassCount = signatures.isEmpty() ? 0 : current + 1;
    }

    /**
     * The bits of a global whose value is known when compiling: one the module defines, immutable,
     * initialised by a numeric constant (not by {@code global.get} of an import). Null otherwise.
     */
    Long constantGlobal(int index) {
        int defined = index - module.importedGlobalCount();
        if (defined < 0 || module.globalType(index).mutable()) {
            return null;
        }
        dev.tandem.wasm.model.ConstExpr init = module.globals().get(defined).init();
        dev.tandem.wasm.code.CodeReader reader = new dev.tandem.wasm.code.CodeReader(init.code(), init.start(),
                init.end(), true);
        try {
            return switch (reader.next()) {
                case dev.tandem.wasm.code.Opcodes.I32_CONST -> (long) reader.i32();
                case dev.tandem.wasm.code.Opcodes.I64_CONST -> reader.i64();
                case dev.tandem.wasm.code.Opcodes.F32_CONST -> (long) reader.f32Bits();
                case dev.tandem.wasm.code.Opcodes.F64_CONST -> reader.f64Bits();
                default -> null;
            };
        } catch (dev.tandem.wasm.ModuleException e) {
            throw new IllegalStateException("global " + index + " initializer unreadable after validation", e);
        }
    }

    /** Direct call_indirect cases per indirect class: far below the constant-pool limit (six entries a case). */
    static final int INDIRECT_CASES_PER_CLASS = 3_000;

    int[] indirectTargets(int signature) {
        return indirectTargets.get(signature);
    }

    int indirectClassCount() {
        return indirectClassCount;
    }

    int indirectClassNumber(int signature) {
        return indirectClassOf[signature];
    }

    String indirectClass(int signature) {
        return indirectClassName(indirectClassOf[signature]);
    }

    String indirectClassName(int number) {
        return prefix + "Indirect" + number;
    }

    static String indirectMethod(int signature) {
        return "indirect" + signature;
    }

    /** Descriptor of the indirect dispatch for {@code type}: its parameters, the FunctionRef, the caller's context. */
    String indirectDescriptor(FuncType type) {
        String dispatch = dispatchDescriptor(type);
        int close = dispatch.indexOf(')');
        return dispatch.substring(0, close) + "L" + contextClass() + ";" + dispatch.substring(close);
    }

    /** A Java identifier from the module's name, for readable class names in JVM stack traces. */
    private static String packageName(Module module) {
        String name = module.names() == null ? null : module.names().moduleName();
        if (name == null || name.isEmpty()) {
            return "module";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : name.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
            if (sb.length() == 40) {
                break;
            }
        }
        return Character.isLetter(sb.charAt(0)) ? sb.toString() : "m" + sb;
    }

    public Module module() {
        return module;
    }

    public AotOptions options() {
        return options;
    }

    /** Internal name of the context class. */
    public String contextClass() {
        return prefix + "Context";
    }

    public int functionClassCount() {
        return classCount;
    }

    /** Internal name of the n-th function class. */
    public String functionClassName(int n) {
        return prefix + "Functions" + n;
    }

    /** Class number of a module-defined function (index space, imports first). */
    public int classNumberOf(int functionIndex) {
        return classOfDefined[functionIndex - module.importedFunctionCount()];
    }

    /** Internal name of the class holding a module-defined function. */
    public String functionClass(int functionIndex) {
        return functionClassName(classNumberOf(functionIndex));
    }

    /** The class number of every defined function, in order. */
    public int[] classNumbers() {
        return classOfDefined.clone();
    }

    int signatureOfType(int typeIndex) {
        return signatureOfType[typeIndex];
    }

    int signatureOf(FuncType type) {
        int i = signatures.indexOf(type);
        if (i < 0) {
            throw new IllegalArgumentException("type not in module: " + type);
        }
        return i;
    }

    List<FuncType> signatures() {
        return signatures;
    }

    int dispatchClassCount() {
        return (signatures.size() + SIGNATURES_PER_DISPATCH_CLASS - 1) / SIGNATURES_PER_DISPATCH_CLASS;
    }

    String dispatchClass(int signature) {
        return prefix + "Dispatch" + signature / SIGNATURES_PER_DISPATCH_CLASS;
    }

    static String dispatchMethod(int signature) {
        return "call" + signature;
    }

    /** Descriptor of a generated function of type {@code type}: its parameters, then the context. */
    String directDescriptor(FuncType type) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> c : Signatures.parameterTypes(type)) {
            sb.append(Type.getDescriptor(c));
        }
        sb.append('L').append(contextClass()).append(';').append(')');
        sb.append(Type.getDescriptor(Signatures.returnType(type)));
        return sb.toString();
    }

    /** Descriptor of a chunk method: the spill frame's two arrays and the context, an exit code back. */
    String chunkDescriptor() {
        return "([J[Ljava/lang/Object;L" + contextClass() + ";)I";
    }

    /** Descriptor of the dispatch method for {@code type}: its parameters, then the FunctionRef. */
    static String dispatchDescriptor(FuncType type) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> c : Signatures.parameterTypes(type)) {
            sb.append(Type.getDescriptor(c));
        }
        sb.append("Ldev/tandem/runtime/FunctionRef;)");
        sb.append(Type.getDescriptor(Signatures.returnType(type)));
        return sb.toString();
    }

    static Type jvmType(ValType type) {
        return Type.getType(Signatures.javaType(type));
    }
}
