package dev.tandem.deserialize.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.aot.AotCompiler;
import dev.tandem.aot.TwasmLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSetTest {

    @Test
    void aSetHoldsEachModuleAndItsTwoPrecompiledFiles(@TempDir Path dir) throws Exception {
        List<Integer> progress = new ArrayList<>();
        ModuleSet set = ModuleSet.prepare(dir, 5, 3, 4, 2, progress::add);
        assertEquals(4, set.count());
        assertEquals(List.of(4), progress, "progress every 100 modules and at the end");
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(ModuleGenerator.generate(5, i, 3), Files.readAllBytes(set.wasm(i)));
            assertTrue(TwasmLoader.read(set.twasm(i, true)).options().unwindInfo());
            assertFalse(TwasmLoader.read(set.twasm(i, false)).options().unwindInfo());
        }
        assertEquals("generated-f3", ModuleSet.workloadName(3));
        assertTrue(set.twasmBytes(4, true) > set.twasmBytes(2, true));
    }

    @Test
    void aSetIsReusedExtendedAndRemadeWhenItsMakerChanged(@TempDir Path dir) throws Exception {
        ModuleSet.prepare(dir, 5, 3, 3, 1, done -> { });
        Path first = dir.resolve("m00000.unwind.twasm");
        FileTime made = FileTime.fromMillis(1_000);
        Files.setLastModifiedTime(first, made);

        ModuleSet.prepare(dir, 5, 3, 2, 1, done -> { });
        assertEquals(made, Files.getLastModifiedTime(first), "a smaller request reuses the set");
        ModuleSet bigger = ModuleSet.prepare(dir, 5, 3, 6, 1, done -> { });
        assertEquals(6, bigger.count());
        assertEquals(made, Files.getLastModifiedTime(first), "extending keeps what is there");
        assertTrue(Files.exists(dir.resolve("m00005.plain.twasm")));

        ModuleSet.prepare(dir, 6, 3, 2, 1, done -> { });
        assertFalse(Files.exists(dir.resolve("m00005.plain.twasm")), "another seed: the old set is deleted");
        assertArrayEquals(ModuleGenerator.generate(6, 0, 3), Files.readAllBytes(dir.resolve("m00000.wasm")));
    }

    @Test
    void openRefusesASetThatIsNotThere(@TempDir Path dir) {
        assertEquals(dir + " holds no generated set of 10 modules of 3 functions compiled by " + AotCompiler.VERSION
                + " (prepare it first)",
                assertThrows(IllegalStateException.class, () -> ModuleSet.open(dir, 3, 10)).getMessage());
        ModuleSet.prepare(dir, 5, 3, 4, 1, done -> { });
        assertEquals(4, ModuleSet.open(dir, 3, 4).count());
        assertThrows(IllegalStateException.class, () -> ModuleSet.open(dir, 3, 5));
    }
}
