package dev.tandem.aot.rt;

import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.ValType;
import dev.tandem.wasm.numeric.V128;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * How a Wasm function type becomes a JVM method signature, in one place for the compiler and the
 * loader. i32, i64, f32 and f64 are int, long, float and double; v128 is {@link V128}; both
 * reference types are Object. Results: none is void, one is its type, several are an
 * {@code Object[]} of boxed values. A function whose parameters need more than 254 JVM slots (the
 * JVM allows 255, one goes to the context) takes them boxed in one {@code Object[]}.
 */
public final class Signatures {

    /** Parameter slots a generated method may use for Wasm parameters (255 minus the context). */
    public static final int MAX_PARAM_SLOTS = 254;

    private Signatures() {
    }

    public static Class<?> javaType(ValType type) {
        return switch (type) {
            case I32 -> int.class;
            case I64 -> long.class;
            case F32 -> float.class;
            case F64 -> double.class;
            case V128 -> V128.class;
            case FUNCREF, EXTERNREF -> Object.class;
        };
    }

    /** JVM slots of a value: 2 for long and double. */
    public static int slots(ValType type) {
        return type == ValType.I64 || type == ValType.F64 ? 2 : 1;
    }

    public static boolean isWide(FuncType type) {
        int slots = 0;
        for (ValType t : type.params()) {
            slots += slots(t);
        }
        return slots > MAX_PARAM_SLOTS;
    }

    public static Class<?> returnType(FuncType type) {
        List<ValType> results = type.results();
        return switch (results.size()) {
            case 0 -> void.class;
            case 1 -> javaType(results.get(0));
            default -> Object[].class;
        };
    }

    /** The parameters as the generated method takes them, without the context. */
    public static Class<?>[] parameterTypes(FuncType type) {
        if (isWide(type)) {
            return new Class<?>[] {Object[].class};
        }
        List<ValType> params = type.params();
        Class<?>[] classes = new Class<?>[params.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = javaType(params.get(i));
        }
        return classes;
    }

    /** The signature without the context: what {@link AotFunctionCode#exact()} has. */
    public static MethodType exact(FuncType type) {
        return MethodType.methodType(returnType(type), parameterTypes(type));
    }

    /** The generated method's signature: the exact one plus the context class last. */
    public static MethodType direct(FuncType type, Class<?> contextClass) {
        return exact(type).appendParameterTypes(contextClass);
    }
}
