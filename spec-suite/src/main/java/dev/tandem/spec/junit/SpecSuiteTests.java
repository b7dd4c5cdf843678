package dev.tandem.spec.junit;

import dev.tandem.spec.SpecLocation;
import dev.tandem.spec.script.SpecScript;
import dev.tandem.spec.script.SpecScriptReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The one rule for every test that reads the spec suite: where {@link SpecLocation} finds no suite,
 * the test is skipped (JUnit aborted) with the reason, saying where it looked and how to point it
 * elsewhere: never failed, never passed. A suite that is there but unreadable fails the test.
 *
 * <p>A {@code @Test} calls {@link #directory()} or {@link #scripts()}; a {@code @TestFactory} returns
 * {@link #forSuite} or {@link #forScripts}, which yield one aborted test when the suite is absent (an
 * abort thrown by the factory itself shows in Surefire's report as no test at all, the reason nowhere).
 */
public final class SpecSuiteTests {

    /** The test name of the one aborted test a factory yields when the suite is absent. */
    public static final String ABSENT = "spec suite";

    /** Scripts per suite directory, read once per test JVM: several test classes walk the same suite. */
    private static final Map<Path, List<SpecScript>> READ = new ConcurrentHashMap<>();

    private SpecSuiteTests() {
    }

    /** The suite's directory; aborts the calling test, with the reason, when there is none. */
    public static Path directory() {
        SpecLocation location = SpecLocation.resolve();
        if (!location.exists()) {
            Assumptions.abort(location.notFoundMessage());
        }
        return location.path();
    }

    /** Every script of the suite, in file-name order; aborts the calling test when there is no suite. */
    public static List<SpecScript> scripts() {
        return READ.computeIfAbsent(directory(), dir -> {
            try {
                return List.copyOf(SpecScriptReader.readAll(dir));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the spec suite at " + dir + ": " + e.getMessage(), e);
            }
        });
    }

    /** The tests {@code build} makes from the suite's directory, or one aborted test when there is no suite. */
    public static Stream<DynamicNode> forSuite(Function<Path, Stream<? extends DynamicNode>> build) {
        SpecLocation location = SpecLocation.resolve();
        if (!location.exists()) {
            return Stream.of(DynamicTest.dynamicTest(ABSENT, () -> Assumptions.abort(location.notFoundMessage())));
        }
        return build.apply(location.path()).map(DynamicNode.class::cast);
    }

    /** The tests {@code build} makes from the suite's scripts, or one aborted test when there is no suite. */
    public static Stream<DynamicNode> forScripts(Function<List<SpecScript>, Stream<? extends DynamicNode>> build) {
        return forSuite(dir -> build.apply(scripts()));
    }
}
