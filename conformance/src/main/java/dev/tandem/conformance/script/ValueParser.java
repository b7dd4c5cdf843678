package dev.tandem.conformance.script;

import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.conformance.expect.Expected;
import dev.tandem.conformance.expect.LaneType;
import dev.tandem.conformance.expect.NanClass;
import dev.tandem.spec.script.Action;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.Value;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives the suite's values ({@link Value}, as the one reader keeps them: {@code f32 "2143289344"})
 * their meaning for the runner: argument values and expected results. Numbers are bit patterns written as unsigned decimals; floats may
 * instead name a NaN class (expected results only); a v128 has a {@code lane_type} and one string
 * per lane; references are "null" or, for externref, a host number. Anything else is an
 * {@link IllegalArgumentException} saying what was wrong.
 */
public final class ValueParser {

    private ValueParser() {
    }

    /** The arguments of an action. */
    public static List<WasmValue> arguments(Action action) {
        return action.args().stream().map(ValueParser::argument).toList();
    }

    /** The expected results of an {@code assert_return}. */
    public static List<Expected> expected(Command.AssertReturn command) {
        return command.expected().stream().map(ValueParser::expected).toList();
    }

    /** Parses every value of {@code command}, for a reader that refuses a bad value up front. */
    public static void check(Command command) {
        switch (command) {
            case Command.Perform c -> arguments(c.action());
            case Command.AssertReturn c -> {
                arguments(c.action());
                expected(c);
            }
            case Command.AssertTrap c -> arguments(c.action());
            case Command.AssertExhaustion c -> arguments(c.action());
            default -> {
            }
        }
    }

    /** An argument: every value must be concrete (no NaN classes). */
    public static WasmValue argument(Value node) {
        Expected e = expected(node);
        if (e instanceof Expected.Exact(WasmValue v)) {
            return v;
        }
        if (e instanceof Expected.Lanes lanes) {
            long[] words = new long[2];
            for (int i = 0; i < lanes.lanes().size(); i++) {
                Expected.Lane lane = lanes.lanes().get(i);
                if (lane.nanClass() != null) {
                    throw new IllegalArgumentException("an argument cannot be " + lane.nanClass());
                }
                put(words, lanes.laneType(), i, lane.bits());
            }
            return WasmValue.v128(words[0], words[1]);
        }
        throw new IllegalArgumentException("an argument cannot be " + e);
    }

    /** An expected result. */
    public static Expected expected(Value value) {
        ValType type = valType(value.type());
        if (type == ValType.V128) {
            return lanes(value);
        }
        String text = value.scalar();
        return switch (type) {
            case I32 -> new Expected.Exact(WasmValue.i32((int) bits(text, 32)));
            case I64 -> new Expected.Exact(WasmValue.i64(bits(text, 64)));
            case F32 -> {
                NanClass nan = NanClass.parse(text);
                yield nan != null ? new Expected.Nan(type, nan) : new Expected.Exact(WasmValue.f32Bits((int) bits(text, 32)));
            }
            case F64 -> {
                NanClass nan = NanClass.parse(text);
                yield nan != null ? new Expected.Nan(type, nan) : new Expected.Exact(WasmValue.f64Bits(bits(text, 64)));
            }
            case FUNCREF -> {
                if (!"null".equals(text)) {
                    throw new IllegalArgumentException("funcref value must be \"null\", not \"" + text + "\"");
                }
                yield new Expected.Exact(WasmValue.nullRef(type));
            }
            case EXTERNREF -> new Expected.Exact("null".equals(text)
                    ? WasmValue.nullRef(type) : WasmValue.externRef(bits(text, 64)));
            case V128 -> throw new AssertionError("handled above");
        };
    }

    private static Expected.Lanes lanes(Value value) {
        if (value.laneType() == null) {
            throw new IllegalArgumentException("value has no \"lane_type\"");
        }
        LaneType laneType = LaneType.parse(value.laneType());
        if (laneType == null) {
            throw new IllegalArgumentException("unknown lane_type \"" + value.laneType() + "\"");
        }
        if (value.text().size() != laneType.count()) {
            throw new IllegalArgumentException("v128 " + laneType + " needs an array of " + laneType.count() + " lanes");
        }
        List<Expected.Lane> lanes = new ArrayList<>();
        for (String lane : value.text()) {
            NanClass nan = laneType.isFloat() ? NanClass.parse(lane) : null;
            lanes.add(nan != null ? Expected.Lane.nan(nan) : Expected.Lane.exact(bits(lane, laneType.bits())));
        }
        return new Expected.Lanes(laneType, lanes);
    }

    /** The suite's type name as a value type. */
    public static ValType valType(String name) {
        for (ValType t : ValType.values()) {
            if (t.toString().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown value type \"" + name + "\"");
    }

    /**
     * A decimal bit pattern of {@code width} bits: unsigned as wast2json writes it, or negative
     * (two's complement) as hand-written files might. Out of range is an error, not a wrap.
     */
    static long bits(String text, int width) {
        long v;
        try {
            v = text.startsWith("-") ? Long.parseLong(text) : Long.parseUnsignedLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is no " + width + "-bit number");
        }
        if (width < 64) {
            boolean fits = text.startsWith("-") ? v >= -(1L << (width - 1)) : (v >>> width) == 0;
            if (!fits) {
                throw new IllegalArgumentException("\"" + text + "\" does not fit in " + width + " bits");
            }
            v &= (1L << width) - 1;
        }
        return v;
    }

    private static void put(long[] words, LaneType type, int index, long bits) {
        int offset = index * type.bits();
        words[offset / 64] |= bits << (offset % 64);
    }
}
