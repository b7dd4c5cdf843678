package dev.tandem.wasm.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TrapKindTest {

    /** Every run-time failure text of the suite names a kind, and every kind is used by the suite. */
    @Test
    void coversEveryTrapTextOfTheSpecSuite() throws IOException {
        Set<String> texts = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(SpecSuite.jsonDir())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode command : json.readTree(file.toFile()).get("commands")) {
                    String type = command.get("type").asText();
                    if (type.equals("assert_trap") || type.equals("assert_exhaustion") || type.equals("assert_uninstantiable")) {
                        texts.add(command.get("text").asText());
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
