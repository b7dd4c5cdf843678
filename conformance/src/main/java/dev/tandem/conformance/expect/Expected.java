package dev.tandem.conformance.expect;

import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import java.util.stream.Collectors;

/** One result an {@code assert_return} expects, and whether an actual value satisfies it. */
public sealed interface Expected permits Expected.Exact, Expected.Nan, Expected.Lanes {

    /** The value type the result must have. */
    ValType type();

    boolean matches(WasmValue actual);

    /**
     * A value that must be equal bit for bit (integers and floats, NaN payloads included), or a
     * reference: null of the same type, or an extern reference with the same host number.
     */
    record Exact(WasmValue value) implements Expected {
        @Override
        public ValType type() {
            return value.type();
        }

        @Override
        public boolean matches(WasmValue actual) {
            return value.equals(actual);
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /** Any NaN of the class (f32 or f64). */
    record Nan(ValType type, NanClass nanClass) implements Expected {
        public Nan {
            if (type != ValType.F32 && type != ValType.F64) {
                throw new IllegalArgumentException("a NaN class needs f32 or f64, not " + type);
            }
        }

        @Override
        public boolean matches(WasmValue actual) {
            if (actual.type() != type) {
                return false;
            }
            return type == ValType.F32 ? nanClass.matchesF32(actual.f32Bits()) : nanClass.matchesF64(actual.f64Bits());
        }

        @Override
        public String toString() {
            return type + ":" + nanClass;
        }
    }

    /** A v128 compared lane by lane, each lane exact or (float lanes) a NaN class. */
    record Lanes(LaneType laneType, List<Lane> lanes) implements Expected {
        public Lanes {
            lanes = List.copyOf(lanes);
            if (lanes.size() != laneType.count()) {
                throw new IllegalArgumentException(laneType + " needs " + laneType.count() + " lanes, not " + lanes.size());
            }
        }

        @Override
        public ValType type() {
            return ValType.V128;
        }

        @Override
        public boolean matches(WasmValue actual) {
            if (actual.type() != ValType.V128) {
                return false;
            }
            for (int i = 0; i < lanes.size(); i++) {
                if (!lanes.get(i).matches(laneType, laneType.lane(actual.low(), actual.high(), i))) {
                    return false;
                }
            }
            return true;
        }

        /** The actual value split the same way, for a failure message that can be read lane by lane. */
        public String describe(WasmValue actual) {
            if (actual.type() != ValType.V128) {
                return actual.toString();
            }
            StringBuilder sb = new StringBuilder("v128:").append(laneType).append(" [");
            for (int i = 0; i < laneType.count(); i++) {
                sb.append(i == 0 ? "" : " ").append(Lane.format(laneType, laneType.lane(actual.low(), actual.high(), i)));
            }
            return sb.append(']').toString();
        }

        @Override
        public String toString() {
            return "v128:" + laneType + " "
                    + lanes.stream().map(l -> l.describe(laneType)).collect(Collectors.joining(" ", "[", "]"));
        }
    }

    /** One expected lane: exact bits, or a NaN class when {@code nanClass} is set. */
    record Lane(long bits, NanClass nanClass) {

        public static Lane exact(long bits) {
            return new Lane(bits, null);
        }

        public static Lane nan(NanClass nanClass) {
            return new Lane(0, nanClass);
        }

        boolean matches(LaneType type, long actual) {
            if (nanClass == null) {
                return bits == actual;
            }
            return type == LaneType.F32 ? nanClass.matchesF32((int) actual) : nanClass.matchesF64(actual);
        }

        String describe(LaneType type) {
            return nanClass != null ? nanClass.toString() : format(type, bits);
        }

        /** Integers unsigned, floats as numbers; a NaN with its bits, since its payload is what differs. */
        static String format(LaneType type, long bits) {
            return switch (type) {
                case F32 -> Float.isNaN(Float.intBitsToFloat((int) bits))
                        ? String.format("nan(0x%08x)", (int) bits) : Float.toString(Float.intBitsToFloat((int) bits));
                case F64 -> Double.isNaN(Double.longBitsToDouble(bits))
                        ? String.format("nan(0x%016x)", bits) : Double.toString(Double.longBitsToDouble(bits));
                default -> Long.toUnsignedString(bits);
            };
        }
    }
}
