package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the system Python (Debian's numpy + rasterio/GDAL) as a live oracle. Tests are skipped, with
 * a message, only when {@code /usr/bin/python3} or one of the needed modules is missing.
 */
final class Python {
    static final Path PYTHON = Path.of("/usr/bin/python3");

    private Python() {
    }

    /** Skips the calling test unless python3 can import every module. */
    static void require(String... modules) {
        assumeTrue(Files.isExecutable(PYTHON), "no " + PYTHON + ": GDAL interop test skipped");
        String imports = "import " + String.join(", ", modules);
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", imports).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
                    "python3 lacks one of " + List.of(modules) + ": GDAL interop test skipped");
        } catch (IOException e) {
            assumeTrue(false, "cannot run python3 (" + e.getMessage() + "): skipped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs a script with arguments; returns its standard output, failing the test on a non-zero exit. */
    static String run(Path dir, String script, String... args) {
        try {
            Path file = Files.createTempFile(dir, "oracle", ".py");
            Files.writeString(file, script);
            List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), file.toString()));
            cmd.addAll(List.of(args));
            Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.PIPE).start();
            byte[] err = new byte[0];
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            err = p.getErrorStream().readAllBytes();
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("python oracle failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Files.delete(file);
            return out;
        } catch (IOException e) {
            throw new AssertionError("cannot run python3: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
