package dev.tandem.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tandem.runtime.FunctionRef;
import dev.tandem.runtime.Global;
import dev.tandem.runtime.HostFunction;
import dev.tandem.runtime.Imports;
import dev.tandem.runtime.Instance;
import dev.tandem.runtime.LinkException;
import dev.tandem.runtime.Memory;
import dev.tandem.runtime.Table;
import dev.tandem.runtime.testing.TestTier;
import dev.tandem.wasm.model.FuncType;
import dev.tandem.wasm.model.GlobalType;
import dev.tandem.wasm.model.Limits;
import dev.tandem.wasm.model.MemoryType;
import dev.tandem.wasm.model.TableType;
import dev.tandem.wasm.model.ValType;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Each import matching rule of Wasm 2.0, against imports.wat: {@code env.f (i32) -> i64},
 * {@code env.table 2..4 funcref}, {@code env.memory 1..2}, {@code env.const i32},
 * {@code env.var mut f64}. Each test starts from imports that match and changes one.
 */
class ImportMatchingTest {

    private static final FuncType F_TYPE = new FuncType(List.of(ValType.I32), List.of(ValType.I64));

    private static Table table(ValType type, long min, long max) {
        return new Table(new TableType(type, new Limits(min, max)));
    }

    private static Memory memory(long min, long max) {
        return new Memory(new MemoryType(new Limits(min, max)));
    }

    private static Imports.Builder matching() {
        return Imports.builder()
                .function("env", "f", new HostFunction(F_TYPE, args -> new Object[] {0L}))
                .table("env", "table", table(ValType.FUNCREF, 2, 4))
                .memory("env", "memory", memory(1, 2))
                .global("env", "const", new Global(new GlobalType(ValType.I32, false), 1))
                .global("env", "var", new Global(new GlobalType(ValType.F64, true)));
    }

    private static Instance instantiate(Imports imports) throws LinkException {
        return new TestTier().instantiate("imports", imports);
    }

    private static void assertIncompatible(String message, UnaryOperator<Imports.Builder> change) {
        LinkException e = assertThrows(LinkException.class, () -> instantiate(change.apply(matching()).build()));
        assertEquals(LinkException.INCOMPATIBLE_IMPORT_TYPE, e.specText());
        assertEquals("incompatible import type: " + message, e.getMessage());
    }

    @Test
    void matchingImportsLinkAndAreSharedNotCopied() throws LinkException {
        Imports imports = matching().build();
        Instance instance = instantiate(imports);
        assertSame(imports.resolve("env", "memory"), instance.memory(0));
        assertSame(imports.resolve("env", "table"), instance.table(0));
        assertSame(imports.resolve("env", "var"), instance.global(1));
        assertSame(imports.resolve("env", "f"), instance.function(0));
    }

    @Test
    void aMissingFieldOrModuleIsAnUnknownImport() {
        LinkException missingModule = assertThrows(LinkException.class, () -> instantiate(Imports.none()));
        assertEquals(LinkException.UNKNOWN_IMPORT, missingModule.specText());
        assertEquals("unknown import: env.f", missingModule.getMessage());
        Imports.Builder withoutVar = Imports.builder();
        Imports all = matching().build();
        for (String name : List.of("f", "table", "memory", "const")) {
            withoutVar.add("env", name, all.resolve("env", name));
        }
        LinkException missingField = assertThrows(LinkException.class, () -> instantiate(withoutVar.build()));
        assertEquals("unknown import: env.var", missingField.getMessage());
    }

    @Test
    void aValueOfAnotherKindIsIncompatible() {
        assertIncompatible("env.f: expected function [i32] -> [i64], got memory 1..2",
                b -> b.memory("env", "f", memory(1, 2)));
        assertIncompatible("env.memory: expected memory 1..2, got table funcref 2..4",
                b -> b.table("env", "memory", table(ValType.FUNCREF, 2, 4)));
        assertIncompatible("env.table: expected table funcref 2..4, got global i32",
                b -> b.global("env", "table", new Global(new GlobalType(ValType.I32, false))));
        assertIncompatible("env.const: expected global i32, got function [i32] -> [i64]",
                b -> b.function("env", "const", new HostFunction(F_TYPE, args -> null)));
    }

    @Test
    void functionTypesMustBeEqual() {
        assertIncompatible("env.f: expected function [i32] -> [i64], got function [i32] -> [i32]",
                b -> b.function("env", "f", new HostFunction(new FuncType(List.of(ValType.I32), List.of(ValType.I32)), args -> null)));
        assertIncompatible("env.f: expected function [i32] -> [i64], got function [i32, i32] -> [i64]",
                b -> b.function("env", "f", new HostFunction(
                        new FuncType(List.of(ValType.I32, ValType.I32), List.of(ValType.I64)), args -> null)));
    }

    @Test
    void tableElementTypesMustBeEqual() {
        assertIncompatible("env.table: expected table funcref 2..4, got table externref 2..4",
                b -> b.table("env", "table", table(ValType.EXTERNREF, 2, 4)));
    }

    @Test
    void tableLimitsFollowSubtyping() throws LinkException {
        assertIncompatible("env.table: expected table funcref 2..4, got table funcref 1..4",
                b -> b.table("env", "table", table(ValType.FUNCREF, 1, 4)));
        assertIncompatible("env.table: expected table funcref 2..4, got table funcref 2..5",
                b -> b.table("env", "table", table(ValType.FUNCREF, 2, 5)));
        assertIncompatible("env.table: expected table funcref 2..4, got table funcref 2..",
                b -> b.table("env", "table", table(ValType.FUNCREF, 2, Limits.NO_MAX)));
        // Larger minimum, smaller maximum: a subtype.
        instantiate(matching().table("env", "table", table(ValType.FUNCREF, 3, 3)).build());
    }

    @Test
    void aTableMatchesByItsCurrentSizeNotItsInitialOne() throws LinkException {
        Table grown = table(ValType.FUNCREF, 1, 4);
        assertIncompatible("env.table: expected table funcref 2..4, got table funcref 1..4", b -> b.table("env", "table", grown));
        grown.grow(null, 1);
        instantiate(matching().table("env", "table", grown).build());
    }

    @Test
    void memoryLimitsFollowSubtyping() throws LinkException {
        assertIncompatible("env.memory: expected memory 1..2, got memory 0..2", b -> b.memory("env", "memory", memory(0, 2)));
        assertIncompatible("env.memory: expected memory 1..2, got memory 1..3", b -> b.memory("env", "memory", memory(1, 3)));
        assertIncompatible("env.memory: expected memory 1..2, got memory 1..", b -> b.memory("env", "memory", memory(1, Limits.NO_MAX)));
        instantiate(matching().memory("env", "memory", memory(2, 2)).build());
    }

    @Test
    void aMemoryMatchesByItsCurrentSize() throws LinkException {
        Memory grown = memory(0, 2);
        assertIncompatible("env.memory: expected memory 1..2, got memory 0..2", b -> b.memory("env", "memory", grown));
        grown.grow(1);
        instantiate(matching().memory("env", "memory", grown).build());
    }

    @Test
    void importsWithoutMaximumAcceptAnyMaximum() throws LinkException {
        for (long max : new long[] {Limits.NO_MAX, 1, 100}) {
            new TestTier().instantiate("import_unbounded", Imports.builder()
                    .table("env", "table", table(ValType.EXTERNREF, 1, max))
                    .memory("env", "memory", memory(0, max))
                    .build());
        }
    }

    @Test
    void globalValueTypesMustBeEqual() {
        assertIncompatible("env.const: expected global i32, got global i64",
                b -> b.global("env", "const", new Global(new GlobalType(ValType.I64, false))));
    }

    @Test
    void globalMutabilityMustBeEqualBothWays() {
        assertIncompatible("env.const: expected global i32, got global mut i32",
                b -> b.global("env", "const", new Global(new GlobalType(ValType.I32, true))));
        assertIncompatible("env.var: expected global mut f64, got global f64",
                b -> b.global("env", "var", new Global(new GlobalType(ValType.F64, false))));
    }

    @Test
    void aFunctionExportedByAnotherInstanceMatchesByType() throws LinkException {
        Instance provider = new TestTier().instantiate("globals", Imports.builder()
                .global("env", "base", new Global(new GlobalType(ValType.I32, false), 3)).build());
        FunctionRef f = (FunctionRef) provider.export("f");
        assertIncompatible("env.f: expected function [i32] -> [i64], got function [] -> [i32]",
                b -> b.function("env", "f", f));
    }
}
