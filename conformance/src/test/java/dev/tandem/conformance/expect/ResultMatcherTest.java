package dev.tandem.conformance.expect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.tandem.conformance.engine.WasmValue;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultMatcherTest {

    @Test
    void floatsCompareBitForBit() {
        Expected zero = new Expected.Exact(WasmValue.f64Bits(0));
        assertNull(ResultMatcher.mismatch(List.of(zero), List.of(WasmValue.f64Bits(0))));
        assertEquals("expected [f64:0.0 (0x0000000000000000)], got [f64:-0.0 (0x8000000000000000)]",
                ResultMatcher.mismatch(List.of(zero), List.of(WasmValue.f64Bits(Long.MIN_VALUE))));
        Expected payload = new Expected.Exact(WasmValue.f32Bits(0x7fa00000));
        assertNull(ResultMatcher.mismatch(List.of(payload), List.of(WasmValue.f32Bits(0x7fa00000))));
        assertEquals("expected [f32:NaN (0x7fa00000)], got [f32:NaN (0x7fc00000)]",
                ResultMatcher.mismatch(List.of(payload), List.of(WasmValue.f32Bits(0x7fc00000))));
    }

    @Test
    void typesMustAgree() {
        Expected i32 = new Expected.Exact(WasmValue.i32(0));
        assertEquals("expected [i32:0], got [i64:0]", ResultMatcher.mismatch(List.of(i32), List.of(WasmValue.i64(0))));
        Expected nan = new Expected.Nan(ValType.F32, NanClass.CANONICAL);
        assertEquals("expected [f32:nan:canonical], got [f64:NaN (0x7ff8000000000000)]",
                ResultMatcher.mismatch(List.of(nan), List.of(WasmValue.f64Bits(0x7ff8000000000000L))));
    }

    @Test
    void countsMustAgree() {
        Expected one = new Expected.Exact(WasmValue.i32(1));
        assertEquals("expected [i32:1, i32:1], got [i32:1]",
                ResultMatcher.mismatch(List.of(one, one), List.of(WasmValue.i32(1))));
        assertEquals("expected [], got [i32:1]", ResultMatcher.mismatch(List.of(), List.of(WasmValue.i32(1))));
    }

    @Test
    void referencesCompareByNullnessTypeAndHostNumber() {
        Expected nullExtern = new Expected.Exact(WasmValue.nullRef(ValType.EXTERNREF));
        assertNull(ResultMatcher.mismatch(List.of(nullExtern), List.of(WasmValue.nullRef(ValType.EXTERNREF))));
        assertEquals("expected [externref:null], got [funcref:null]",
                ResultMatcher.mismatch(List.of(nullExtern), List.of(WasmValue.nullRef(ValType.FUNCREF))));
        assertEquals("expected [externref:null], got [externref:0]",
                ResultMatcher.mismatch(List.of(nullExtern), List.of(WasmValue.externRef(0))));
        Expected three = new Expected.Exact(WasmValue.externRef(3));
        assertNull(ResultMatcher.mismatch(List.of(three), List.of(WasmValue.externRef(3))));
        Expected nullFunc = new Expected.Exact(WasmValue.nullRef(ValType.FUNCREF));
        assertEquals("expected [funcref:null], got [funcref:f0]",
                ResultMatcher.mismatch(List.of(nullFunc), List.of(WasmValue.funcRef("f0"))));
    }

    @Test
    void v128MismatchIsShownLaneByLane() {
        Expected lanes = new Expected.Lanes(LaneType.F64, List.of(Expected.Lane.nan(NanClass.ARITHMETIC), Expected.Lane.exact(0)));
        assertNull(ResultMatcher.mismatch(List.of(lanes), List.of(WasmValue.v128(0xfff8000000000001L, 0))));
        assertEquals("expected [v128:f64x2 [nan:arithmetic 0.0]], got [v128:f64x2 [nan(0x7ff0000000000001) 0.0]]",
                ResultMatcher.mismatch(List.of(lanes), List.of(WasmValue.v128(0x7ff0000000000001L, 0))));
    }
}
