package io.chunkwise.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands a path pattern such as {@code libs/*.jar} or {@code build/**}{@code /classes} against the file
 * system, relative to a base directory. A pattern without glob characters names one path as is.
 */
final class Globs {
    private Globs() {
    }

    /** The existing paths matching {@code pattern}, sorted; empty if none match. */
    static List<Path> expand(Path base, String pattern) {
        String p = pattern.startsWith("~/") ? System.getProperty("user.home") + pattern.substring(1) : pattern;
        int firstGlob = firstGlobChar(p);
        if (firstGlob < 0) {
            Path path = base.resolve(p).normalize();
            return Files.exists(path) ? List.of(path) : List.of();
        }
        int slash = p.lastIndexOf('/', firstGlob);
        Path root = base.resolve(slash < 0 ? "" : p.substring(0, slash + 1)).normalize();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        PathMatcher matcher = root.getFileSystem().getPathMatcher("glob:" + p.substring(slash + 1));
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> found = new ArrayList<>();
            walk.filter(path -> !path.equals(root) && matcher.matches(root.relativize(path))).sorted().forEach(found::add);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + root + " while expanding " + pattern, e);
        }
    }

    private static int firstGlobChar(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("*?[{".indexOf(p.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
