package dev.tandem.truffle.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.wasm.ModuleException;
import dev.tandem.wasm.Wasm;
import dev.tandem.wasm.model.Module;
import dev.tandem.wasm.validate.ValidatedModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lowers every function of every valid module of the spec suite (thousands of modules, all of
 * Wasm 2.0) and checks what the interpreter relies on without checking at run time: every branch
 * lands on the start of an instruction, every stack height is inside the frame, and the code ends
 * with a return.
 */
class LoweringInvariantsTest {

    @Test
    void everySpecFunctionLowersToWellFormedCode() throws IOException {
        List<Path> binaries;
        try (Stream<Path> files = Files.list(SpecSuiteTests.directory())) {
            binaries = files.filter(p -> p.toString().endsWith(".wasm")).sorted().toList();
        }
        int functions = 0;
        for (Path binary : binaries) {
            ValidatedModule module;
            try {
                module = Wasm.load(Files.readAllBytes(binary));
            } catch (ModuleException e) {
                continue; // the suite's malformed and invalid modules never reach a tier
            }
            Module m = module.module();
            for (int f = m.importedFunctionCount(); f < m.functionCount(); f++) {
                check(binary.getFileName() + " function " + f, FunctionLowering.lower(module, f));
                functions++;
            }
        }
        assertTrue(functions > 5_000, "only " + functions + " functions lowered: is the suite complete?");
    }

    private static void check(String where, LoweredFunction function) {
        int[] code = function.code();
        BitSet starts = new BitSet();
        int last = -1;
        for (int pc = 0; pc < code.length; pc += Disassembler.length(code, pc)) {
            starts.set(pc);
            last = pc;
        }
        assertEquals(Op.RETURN, code[last], where + ": does not end with a return");
        for (int pc = 0; pc < code.length; pc += Disassembler.length(code, pc)) {
            String at = where + " at " + pc;
            switch (code[pc]) {
                case Op.BR, Op.BR_IF -> {
                    assertTrue(starts.get(code[pc + 1]), at + ": branch into an instruction");
                    assertSp(at, function, code[pc + 2] + code[pc + 3]);
                }
                case Op.IF, Op.JUMP -> assertTrue(starts.get(code[pc + 1]), at + ": jump into an instruction");
                case Op.BR_TABLE -> {
                    int distinct = code[pc + 3];
                    for (int i = 0; i < distinct; i++) {
                        assertTrue(starts.get(code[pc + 4 + 2 * i]), at + ": br_table target into an instruction");
                        assertSp(at, function, code[pc + 5 + 2 * i] + code[pc + 2]);
                    }
                    for (int i = 0; i < code[pc + 1]; i++) {
                        int entry = code[pc + 4 + 2 * distinct + i];
                        assertTrue(entry >= 0 && entry < distinct, at + ": br_table entry " + entry);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void assertSp(String at, LoweredFunction function, int spAfter) {
        assertTrue(spAfter >= function.localCount() && spAfter <= function.frameSize(),
                at + ": stack height " + spAfter + " outside the frame");
    }
}
