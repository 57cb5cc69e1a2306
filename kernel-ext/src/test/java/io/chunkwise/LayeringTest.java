package io.chunkwise;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core (array, graph, schedule, kernels, io, the front door) never imports display, notebook or kernel. */
class LayeringTest {
    @Test
    void coreNeverImportsDisplayNotebookOrKernel() throws IOException {
        Path root = Path.of("src/main/java/io/chunkwise");
        List<String> violations = new ArrayList<>();
        List<Path> core = new ArrayList<>();
        for (String pkg : new String[] {"array", "graph", "schedule", "kernels", "io", "examples"}) {
            try (Stream<Path> files = Files.walk(root.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(core::add);
            }
        }
        core.add(root.resolve("Chunkwise.java"));
        for (Path f : core) {
            for (String line : Files.readAllLines(f)) {
                String l = line.trim();
                if ((l.startsWith("import ") && (l.contains("io.chunkwise.display") || l.contains("io.chunkwise.notebook")
                        || l.contains("io.chunkwise.kernel.") || l.contains("io.github.spencerpark")))
                        || (!l.startsWith("*") && !l.startsWith("//") && l.matches(".*io\\.chunkwise\\.(display|notebook|kernel)\\..*"))) {
                    violations.add(f + ": " + l);
                }
            }
        }
        assertTrue(core.size() > 20, "found the core sources");
        assertTrue(violations.isEmpty(), "core imports the notebook side: " + violations);
    }
}
