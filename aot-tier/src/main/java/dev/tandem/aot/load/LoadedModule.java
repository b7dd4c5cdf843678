package dev.tandem.aot.load;

import dev.tandem.aot.code.CompiledCode;
import dev.tandem.aot.rt.AotContext;
import dev.tandem.aot.rt.FunctionHandles;
import dev.tandem.aot.rt.Signatures;
import dev.tandem.aot.unwind.MethodNames;
import dev.tandem.aot.unwind.ModuleNames;
import dev.tandem.aot.unwind.UnwindRegistry;
import dev.tandem.runtime.FuncTypeIds;
import dev.tandem.runtime.Instance;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.Module;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.Cleaner;

/**
 * A compiled module's classes, defined in a class loader of their own, ready to instantiate: the
 * in-memory path and the {@code .twasm} path both end here.
 *
 * <p>With unwind info, loading registers it in the {@link UnwindRegistry} under the loader's name,
 * and {@link #close()} (or, failing that, the collection of the loader) unregisters it.
 */
public final class LoadedModule implements FunctionHandles, AutoCloseable {

    private static final Cleaner CLEANER = Cleaner.create();
    private static final MethodType CONTEXT_CONSTRUCTOR = MethodType.methodType(void.class, Instance.class, int[].class);

    private final Module module;
    private final CompiledCode code;
    private final AotClassLoader loader;
    private final MethodHandle contextConstructor;
    private final Class<?> contextClass;
    private final int[] typeIds;
    private final MethodHandle[] directs;
    private final UnwindRegistry.Registration registration;
    private final Cleaner.Cleanable cleanable;

    private LoadedModule(Module module, CompiledCode code) {
        this.module = module;
        this.code = code;
        String moduleName = module.names() == null ? null : module.names().moduleName();
        ModuleNames names = module.names() == null ? ModuleNames.NONE
                : new ModuleNames(moduleName, module.names().functionNames());
        this.loader = new AotClassLoader(code.classes(), names);
        try {
            this.contextClass = loader.loadClass(code.contextClass());
            this.contextConstructor = MethodHandles.publicLookup().findConstructor(contextClass, CONTEXT_CONSTRUCTOR)
                    .asType(MethodType.methodType(AotContext.class, Instance.class, int[].class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("generated context class unusable: " + e, e);
        }
        this.typeIds = new int[module.types().size()];
        for (int i = 0; i < typeIds.length; i++) {
            typeIds[i] = FuncTypeIds.of(module.types().get(i));
        }
        this.directs = new MethodHandle[module.codes().size()];
        if (code.unwindInfo() != null) {
            registration = UnwindRegistry.register(loader.getName(), code.unwindInfo());
            cleanable = CLEANER.register(loader, registration);
        } else {
            registration = null;
            cleanable = null;
        }
    }

    /** Defines the module's classes (lazily: each on first use) and registers its unwind info if it has any. */
    public static LoadedModule define(Module module, CompiledCode code) {
        return new LoadedModule(module, code);
    }

    public Module module() {
        return module;
    }

    /** The name of the module's class loader, unique in this JVM. */
    public String loaderName() {
        return loader.getName();
    }

    /** Whether the module's unwind info is registered (compiled with it, and not closed). */
    public boolean registered() {
        return registration != null && UnwindRegistry.lookup(loader.getName()) != null;
    }

    /** A new context for an instance being created (see {@link dev.tandem.runtime.link.CodeBinder}). */
    public AotContext newContext(Instance instance) {
        try {
            return (AotContext) contextConstructor.invokeExact(instance, typeIds);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public FuncType type(int functionIndex) {
        return module.functionType(functionIndex);
    }

    @Override
    public MethodHandle direct(int functionIndex) {
        int defined = functionIndex - module.importedFunctionCount();
        MethodHandle h = directs[defined];
        if (h == null) {
            try {
                Class<?> owner = loader.loadClass(code.classOfDefinedFunction(defined));
                h = MethodHandles.publicLookup().findStatic(owner, MethodNames.function(functionIndex),
                        Signatures.direct(module.functionType(functionIndex), contextClass));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("generated function " + functionIndex + " unusable: " + e, e);
            }
            directs[defined] = h;
        }
        return h;
    }

    /** Unregisters the unwind info now rather than when the classes are collected. Idempotent. */
    @Override
    public void close() {
        if (cleanable != null) {
            cleanable.clean();
        }
    }
}
