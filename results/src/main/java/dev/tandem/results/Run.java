package dev.tandem.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything one benchmark run wrote: one results file per harness. Built from files and folders
 * (every *.json directly inside a folder), as `bench.sh` writes them and as baselines are committed.
 */
public record Run(List<ResultsFile> files) {

    public static Run load(List<Path> paths) throws ResultsException {
        ResultsReader reader = new ResultsReader();
        List<ResultsFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> inside;
                try (Stream<Path> list = Files.list(path)) {
                    inside = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new ResultsException(ResultsException.Kind.MISSING, path + ": cannot list folder: " + e.getMessage());
                }
                if (inside.isEmpty()) {
                    throw new ResultsException(ResultsException.Kind.MISSING, path + ": folder holds no *.json results files");
                }
                for (Path p : inside) files.add(reader.read(p));
            } else {
                files.add(reader.read(path));
            }
        }
        return new Run(List.copyOf(files));
    }

    public Stream<ResultsFile> harness(String harness) {
        return files.stream().filter(f -> f.harness().equals(harness));
    }

    public boolean has(String harness) {
        return harness(harness).findAny().isPresent();
    }
}
