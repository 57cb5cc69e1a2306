package io.chunkwise.io.geotiff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The GDAL-made GeoTIFF fixtures and their MANIFEST.json oracle, found in the {@code shared}
 * directory beside the repository (walking up from the working directory). Tests that need them
 * are skipped, with a message, when that directory is absent.
 */
final class Fixtures {
    private static Path dir;
    private static Map<String, Object> manifest;

    private Fixtures() {
    }

    /** The fixture directory, or a skipped test when it is absent. */
    static synchronized Path dir() {
        if (dir == null) {
            for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("shared").resolve("data").resolve("geotiff");
                if (Files.isRegularFile(candidate.resolve("MANIFEST.json"))) {
                    dir = candidate;
                    break;
                }
            }
        }
        assumeTrue(dir != null, "the GeoTIFF fixtures (shared/data/geotiff beside the repository) are absent: skipped");
        return dir;
    }

    static Path file(String name) {
        return dir().resolve(name);
    }

    @SuppressWarnings("unchecked")
    static synchronized Map<String, Object> manifest() {
        if (manifest == null) {
            try {
                manifest = (Map<String, Object>) Json.parse(Files.readString(dir().resolve("MANIFEST.json")));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return manifest;
    }

    /** The manifest entries of the valid files. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> validFiles() {
        return ((List<Map<String, Object>>) manifest().get("files")).stream()
                .filter(f -> Boolean.TRUE.equals(f.get("valid"))).toList();
    }

    /** Names of the valid fixture files (a placeholder when the fixtures are absent, so tests skip). */
    static List<String> validNames() {
        try {
            return validFiles().stream().map(f -> (String) f.get("file")).toList();
        } catch (org.opentest4j.TestAbortedException e) {
            return List.of("fixtures-absent"); // the test then asks for the file and is skipped
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> entry(String name) {
        return validFiles().stream().filter(f -> f.get("file").equals(name)).findFirst().orElseThrow();
    }

    static double num(Object o) {
        if (o instanceof String s) {
            return s.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(s);
        }
        return ((BigDecimal) o).doubleValue();
    }
}
