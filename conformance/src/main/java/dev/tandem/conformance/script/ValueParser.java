package dev.tandem.conformance.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.conformance.expect.Expected;
import dev.tandem.conformance.expect.LaneType;
import dev.tandem.conformance.expect.NanClass;
import dev.tandem.wasm.model.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the suite's value objects ({@code {"type": "f32", "value": "2143289344"}}) into argument
 * values and expected results. Numbers are bit patterns written as unsigned decimals; floats may
 * instead name a NaN class (expected results only); a v128 has a {@code lane_type} and one string
 * per lane; references are "null" or, for externref, a host number. Anything else is an
 * {@link IllegalArgumentException} saying what was wrong.
 */
public final class ValueParser {

    private ValueParser() {
    }

    /** An argument: every value must be concrete (no NaN classes). */
    public static WasmValue argument(JsonNode node) {
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
    public static Expected expected(JsonNode node) {
        String typeName = text(node, "type");
        ValType type = valType(typeName);
        JsonNode value = node.get("value");
        if (value == null) {
            throw new IllegalArgumentException(typeName + " value has no \"value\"");
        }
        return switch (type) {
            case I32 -> new Expected.Exact(WasmValue.i32((int) bits(value.asText(), 32)));
            case I64 -> new Expected.Exact(WasmValue.i64(bits(value.asText(), 64)));
            case F32 -> {
                NanClass nan = NanClass.parse(value.asText());
                yield nan != null ? new Expected.Nan(type, nan)
                        : new Expected.Exact(WasmValue.f32Bits((int) bits(value.asText(), 32)));
            }
            case F64 -> {
                NanClass nan = NanClass.parse(value.asText());
                yield nan != null ? new Expected.Nan(type, nan)
                        : new Expected.Exact(WasmValue.f64Bits(bits(value.asText(), 64)));
            }
            case V128 -> lanes(node, value);
            case FUNCREF -> {
                if (!"null".equals(value.asText())) {
                    throw new IllegalArgumentException("funcref value must be \"null\", not \"" + value.asText() + "\"");
                }
                yield new Expected.Exact(WasmValue.nullRef(type));
            }
            case EXTERNREF -> new Expected.Exact("null".equals(value.asText())
                    ? WasmValue.nullRef(type) : WasmValue.externRef(bits(value.asText(), 64)));
        };
    }

    private static Expected.Lanes lanes(JsonNode node, JsonNode value) {
        String laneTypeName = text(node, "lane_type");
        LaneType laneType = LaneType.parse(laneTypeName);
        if (laneType == null) {
            throw new IllegalArgumentException("unknown lane_type \"" + laneTypeName + "\"");
        }
        if (!value.isArray() || value.size() != laneType.count()) {
            throw new IllegalArgumentException("v128 " + laneType + " needs an array of " + laneType.count() + " lanes");
        }
        List<Expected.Lane> lanes = new ArrayList<>();
        for (JsonNode lane : value) {
            NanClass nan = laneType.isFloat() ? NanClass.parse(lane.asText()) : null;
            lanes.add(nan != null ? Expected.Lane.nan(nan) : Expected.Lane.exact(bits(lane.asText(), laneType.bits())));
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

    private static String text(JsonNode node, String field) {
        JsonNode f = node.get(field);
        if (f == null || !f.isTextual()) {
            throw new IllegalArgumentException("value has no \"" + field + "\"");
        }
        return f.asText();
    }
}
