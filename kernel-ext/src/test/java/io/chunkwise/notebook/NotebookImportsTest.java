package io.chunkwise.notebook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notebook package compiles against jupyter-jvm-basekernel only: IJava is reached by reflection, never
 * imported, so the extension builds and loads without it; and nothing outside notebook imports notebook.
 */
class NotebookImportsTest {
    private static final Path ROOT = Path.of("src/main/java/io/chunkwise");

    private static List<Path> sources(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void notebookNeverImportsIJava() throws IOException {
        List<String> bad = new ArrayList<>();
        List<Path> files = sources(ROOT.resolve("notebook"));
        for (Path f : files) {
            for (String line : Files.readAllLines(f)) {
                if (line.strip().startsWith("import ") && line.contains("io.github.spencerpark.ijava")) {
                    bad.add(f + ": " + line.strip());
                }
            }
        }
        assertTrue(files.size() > 20, "found the notebook sources");
        assertTrue(bad.isEmpty(), "IJava must be found by reflection only: " + bad);
    }

    @Test
    void onlyTheNotebookImportsTheNotebook() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : sources(ROOT)) {
            if (f.startsWith(ROOT.resolve("notebook"))) {
                continue;
            }
            for (String line : Files.readAllLines(f)) {
                if (line.strip().startsWith("import io.chunkwise.notebook")) {
                    bad.add(f + ": " + line.strip());
                }
            }
        }
        assertTrue(bad.isEmpty(), "the kernel reaches the notebook by class name only: " + bad);
    }
}
