package io.chunkwise.notebook;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code src/test/python/test_notebook_extension.py} (renderers, magics, live progress and interrupt
 * at message level, through jupyter_client) against the kernelspec that {@code mvn package} built, and
 * reports each Python test as a JUnit test. Runs in {@code mvn verify} (failsafe); skipped only when
 * {@code /usr/bin/python3} lacks jupyter_client.
 */
class NotebookEndToEndIT {
    static final String PYTHON = "/usr/bin/python3";
    static final String SUITE = "test_notebook_extension";
    static final long TIMEOUT_MINUTES = 15;

    @TestFactory
    Stream<DynamicTest> notebookExtensionWorksInTheBuiltKernel() throws Exception {
        assumeTrue(hasJupyterClient(), PYTHON + " lacks jupyter_client (install python3-jupyter-client)");
        String configured = System.getProperty("chunkwise.kernelspec");
        Path spec = (configured != null ? Path.of(configured) : Path.of("target", "kernelspec", "chunkwise"))
                .toAbsolutePath();
        assertTrue(Files.isRegularFile(spec.resolve("kernel.json")), "no kernelspec at " + spec + "; run mvn package");
        Path log = Files.createTempFile("chunkwise-notebook-e2e", ".log");
        ProcessBuilder pb = new ProcessBuilder(PYTHON, "run_suite.py", SUITE)
                .directory(Path.of("src", "test", "python").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CHUNKWISE_KERNELSPEC", spec.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process p = pb.start();
        boolean finished = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        List<String> out = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        out.forEach(System.out::println);
        assertTrue(finished, "the suite did not finish in " + TIMEOUT_MINUTES + " minutes");
        Map<String, List<String>> results = new LinkedHashMap<>();
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (String line : out) {
            String[] parts = line.split(" ", 3);
            if (line.startsWith("##cw-result ") && parts.length == 3) {
                results.put(parts[2], List.of(parts[1]));
            } else if (line.startsWith("##cw-detail ") && parts.length >= 2) {
                details.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts.length > 2 ? parts[2] : "");
            }
        }
        assertFalse(results.isEmpty(), "the suite reported no test:\n" + String.join("\n", out));
        int exit = p.exitValue();
        return Stream.concat(results.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String detail = String.join("\n", details.getOrDefault(e.getKey(), List.of()));
            switch (e.getValue().get(0)) {
                case "ok" -> { }
                case "skip" -> abort(detail);
                default -> fail(e.getValue().get(0) + ":\n" + detail);
            }
        })), Stream.of(DynamicTest.dynamicTest("suite exit status", () -> assertEquals(0, exit, String.join("\n", out)))));
    }

    private static boolean hasJupyterClient() throws InterruptedException {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import jupyter_client").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
