package dev.tandem.aot.unwind;

/**
 * The names of generated methods, which is how a JVM frame says which Wasm function it runs:
 * {@code f12} is function 12 (index space, imports first), {@code f12_3} is the third piece of
 * function 12 when it was split across methods. Other generated methods (call dispatch) have other
 * names and are not Wasm frames.
 */
public final class MethodNames {

    private MethodNames() {
    }

    public static String function(int functionIndex) {
        return "f" + functionIndex;
    }

    public static String piece(int functionIndex, int piece) {
        return "f" + functionIndex + "_" + piece;
    }

    /** Whether a function's method name is one of its pieces rather than its top method. */
    public static boolean isPiece(String methodName) {
        return methodName.indexOf('_') > 0;
    }

    /** The function a method name stands for, or -1 when it is not a Wasm function's method. */
    public static int functionIndex(String methodName) {
        int n = methodName.length();
        if (n < 2 || methodName.charAt(0) != 'f') {
            return -1;
        }
        long index = 0;
        int i = 1;
        for (; i < n && methodName.charAt(i) != '_'; i++) {
            char c = methodName.charAt(i);
            if (c < '0' || c > '9' || i > 10) {
                return -1;
            }
            index = index * 10 + (c - '0');
        }
        if (i == 1 || index > Integer.MAX_VALUE) {
            return -1;
        }
        for (int j = i + 1; j < n; j++) {
            char c = methodName.charAt(j);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return (int) index;
    }
}
