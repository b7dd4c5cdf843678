package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.spec.junit.SpecSuiteTests;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrapKindTest {

    /** Every run-time failure text of the suite names a kind, and every kind is used by the suite. */
    @Test
    void coversEveryTrapTextOfTheSpecSuite() {
        Set<String> texts = new TreeSet<>();
        for (SpecScript script : SpecSuiteTests.scripts()) {
            for (Command command : script.commands()) {
                switch (command) {
                    case Command.AssertTrap c -> texts.add(c.text());
                    case Command.AssertExhaustion c -> texts.add(c.text());
                    case Command.AssertModule c when c.expect() == Command.Rejection.UNINSTANTIABLE -> texts.add(c.text());
                    default -> {
                    }
                }
            }
        }
        Set<TrapKind> used = texts.stream().map(TrapKind::forSpecText).collect(Collectors.toSet());
        assertEquals(Set.of(TrapKind.values()), used, "suite texts: " + texts);
    }

    @Test
    void matchesSuffixedSpecTextsByPrefix() {
        assertEquals(TrapKind.UNINITIALIZED_ELEMENT, TrapKind.forSpecText("uninitialized element 2"));
        assertEquals(TrapKind.UNDEFINED_ELEMENT, TrapKind.forSpecText("undefined element"));
    }

    @Test
    void rejectsTextsThatAreNoTrap() {
        var e = assertThrows(IllegalArgumentException.class, () -> TrapKind.forSpecText("type mismatch"));
        assertTrue(e.getMessage().contains("\"type mismatch\""), e.getMessage());
    }

    @Test
    void noTextIsAPrefixOfAnother() {
        for (TrapKind a : TrapKind.values()) {
            for (TrapKind b : TrapKind.values()) {
                assertTrue(a == b || !b.text().startsWith(a.text()), a + " / " + b);
            }
        }
        assertEquals(TrapKind.values().length, Arrays.stream(TrapKind.values()).map(TrapKind::text).distinct().count());
    }
}
