package io.chunkwise.io.npy;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The live Python oracle: runs scripts with the system's {@code /usr/bin/python3} (Debian's NumPy and
 * zarr). Tests call {@link #assumeModules} first, so they are skipped, with a message, only where
 * that interpreter or a module is missing.
 */
public final class Python {
    public static final Path EXE = Path.of("/usr/bin/python3");
    private static final Map<String, Boolean> HAS = new ConcurrentHashMap<>();

    private Python() {
    }

    /** Skips the calling test unless {@code /usr/bin/python3} imports every module named. */
    public static void assumeModules(String... modules) {
        for (String m : modules) {
            boolean has = HAS.computeIfAbsent(m, k -> Files.isExecutable(EXE) && exec("import " + k, List.of()).ok);
            Assumptions.assumeTrue(has, "skipped: " + EXE + " cannot import " + m + " (install python3-" + m + ")");
        }
    }

    /** Runs {@code script} with {@code args} (sys.argv[1:]); fails the test with Python's stderr on error. */
    public static String run(String script, Object... args) {
        List<String> list = new ArrayList<>();
        for (Object a : args) {
            list.add(String.valueOf(a));
        }
        Result r = exec(script, list);
        if (!r.ok) {
            fail("python failed:\n" + r.err + "\nscript:\n" + script);
        }
        return r.out;
    }

    private record Result(boolean ok, String out, String err) {
    }

    private static Result exec(String script, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(EXE.toString(), "-c", script));
        cmd.addAll(args);
        try {
            Path err = Files.createTempFile("python", ".err");
            try {
                Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(300, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return new Result(false, out, "timed out");
                }
                return new Result(p.exitValue() == 0, out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            return new Result(false, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(false, "", e.toString());
        }
    }
}
