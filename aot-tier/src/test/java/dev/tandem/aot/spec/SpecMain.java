package dev.tandem.aot.spec;

import dev.tandem.aot.AotTier;
import dev.tandem.conformance.run.SkipList;
import dev.tandem.conformance.run.SuiteRunner;
import dev.tandem.conformance.run.Summary;
import dev.tandem.conformance.runtime.RuntimeSpecTier;
import dev.tandem.spec.SpecFiles;
import dev.tandem.spec.script.Command;
import dev.tandem.spec.script.SpecScript;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A development aid: runs spec files on the AOT tier and prints each failure (the CLI does the same once it has the tier). */
public final class SpecMain {

    public static void main(String[] args) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.addAll(SpecFiles.list(Path.of(a)));
        }
        Summary s = SuiteRunner.run(new RuntimeSpecTier("aot", () -> new AotTier(dev.tandem.aot.AotOptions.defaults().withMethodLimit(Integer.getInteger("budget", 6000)).withUnwindInfo(!Boolean.getBoolean("nounwind")))), SkipList.builtIn(), files, new SuiteRunner.Listener() {
            @Override
            public void failed(SpecScript script, Command command, String detail) {
                System.out.println(script.name() + ":" + command.line() + ": " + detail);
            }

            @Override
            public void unreadable(Path file, IOException error) {
                System.out.println(file + ": " + error);
            }
        });
        System.out.println(s.line());
    }
}
