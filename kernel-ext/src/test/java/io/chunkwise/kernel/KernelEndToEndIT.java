package io.chunkwise.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the Python end-to-end suites in {@code src/test/python} against the kernelspec that
 * {@code mvn package} built, with a real Jupyter client, and reports each Python test as a JUnit test.
 *
 * <p>Runs in {@code integration-test} (failsafe, {@code mvn verify}), after packaging. Skipped only when
 * {@code /usr/bin/python3} lacks {@code jupyter_client}/{@code nbclient}; a missing kernelspec fails.
 */
class KernelEndToEndIT {
    static final String PYTHON = "/usr/bin/python3";
    static final List<String> SUITES =
            List.of("test_kernel_protocol", "test_notebook_extension", "test_notebooks", "test_binder");
    static final long SUITE_TIMEOUT_MINUTES = 30;

    /** One Python test's outcome and its detail lines. */
    record Outcome(String outcome, List<String> detail) {
    }

    @TestFactory
    Stream<DynamicTest> pythonSuitesPassAgainstTheBuiltKernelspec() throws Exception {
        assumeTrue(pythonHasJupyterClient(),
                PYTHON + " lacks jupyter_client or nbclient (install python3-jupyter-client python3-nbclient)");
        Path spec = kernelspecDir();
        assertTrue(Files.isRegularFile(spec.resolve("kernel.json")),
                "no kernelspec at " + spec + "; run `mvn package` (or `mvn verify`) first");
        Path scripts = Path.of("src", "test", "python").toAbsolutePath();
        List<String> cmd = new ArrayList<>(List.of(PYTHON, "run_suite.py"));
        cmd.addAll(SUITES);
        Path log = Files.createTempFile("chunkwise-e2e", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(scripts.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("CHUNKWISE_KERNELSPEC", spec.toString());
        pb.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
        Process process = pb.start();
        boolean finished = process.waitFor(SUITE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        output.forEach(System.out::println);
        if (!finished) {
            fail("the Python suites did not finish in " + SUITE_TIMEOUT_MINUTES + " minutes:\n" + String.join("\n", output));
        }
        Map<String, Outcome> outcomes = parse(output);
        assertFalse(outcomes.isEmpty(), "the Python suites reported no test:\n" + String.join("\n", output));
        int exit = process.exitValue();
        return Stream.concat(
                outcomes.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> check(e.getValue()))),
                Stream.of(DynamicTest.dynamicTest("suite exit status", () -> assertEquals(0, exit,
                        "run_suite.py failed:\n" + String.join("\n", output)))));
    }

    private static void check(Outcome o) {
        switch (o.outcome()) {
            case "ok" -> { }
            case "skip" -> abort(String.join("\n", o.detail()));
            default -> fail(o.outcome() + ":\n" + String.join("\n", o.detail()));
        }
    }

    /** Groups {@code ##cw-result} and {@code ##cw-detail} lines of run_suite.py by test id. */
    static Map<String, Outcome> parse(List<String> lines) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("##cw-result ")) {
                String[] parts = line.split(" ", 3);
                List<String> detail = details.computeIfAbsent(parts[2], k -> new ArrayList<>());
                outcomes.put(parts[2], new Outcome(parts[1], detail));
            } else if (line.startsWith("##cw-detail ")) {
                String[] parts = line.split(" ", 3);
                details.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(parts.length > 2 ? parts[2] : "");
            }
        }
        return outcomes;
    }

    private static Path kernelspecDir() {
        String configured = System.getProperty("chunkwise.kernelspec");
        return (configured != null ? Path.of(configured) : Path.of("target", "kernelspec", "chunkwise")).toAbsolutePath();
    }

    private static boolean pythonHasJupyterClient() {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(PYTHON, "-c", "import jupyter_client, nbclient, nbformat")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
