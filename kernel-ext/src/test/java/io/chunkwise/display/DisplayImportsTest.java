package io.chunkwise.display;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The display package knows nothing of Jupyter: it may not import the notebook, the kernel or basekernel. */
class DisplayImportsTest {
    private static final List<String> FORBIDDEN = List.of("io.chunkwise.notebook", "io.chunkwise.kernel",
            "io.github.spencerpark");

    @Test
    void importsNoNotebookKernelOrBasekernelTypes() throws IOException {
        Path dir = Path.of("src", "main", "java", "io", "chunkwise", "display");
        assertTrue(Files.isDirectory(dir), "run from the module directory; missing " + dir.toAbsolutePath());
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    String t = line.trim();
                    if (t.startsWith("import ") && FORBIDDEN.stream().anyMatch(t::contains)) {
                        bad.add(f.getFileName() + ": " + t);
                    }
                }
            }
        }
        assertEquals(List.of(), bad);
    }
}
