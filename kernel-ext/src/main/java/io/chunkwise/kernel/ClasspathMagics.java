package io.chunkwise.kernel;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The built-in line magics {@code %jars <glob>...} and {@code %classpath <path-or-glob>...}, which add
 * jars (and, for {@code %classpath}, directories) to the session's classpath. Relative paths are
 * resolved against the kernel's working directory. Both print what they added.
 */
final class ClasspathMagics {
    private final Consumer<String> classpath;
    private final Path base;

    /** Magics that hand every path they accept to {@code classpath}; patterns resolve against {@code base}. */
    ClasspathMagics(Consumer<String> classpath, Path base) {
        this.classpath = classpath;
        this.base = base;
    }

    /** Registers {@code jars} and {@code classpath} in {@code magics}. */
    void registerIn(Magics magics) {
        magics.registerLineMagic("jars", this::jars);
        magics.registerLineMagic("classpath", this::classpath);
    }

    /** Adds every jar matching the patterns; fails if a pattern matches no jar. */
    List<String> jars(List<String> patterns) {
        return add("jars", patterns, true);
    }

    /** Adds every jar or directory matching the patterns; fails if a pattern matches nothing. */
    List<String> classpath(List<String> patterns) {
        return add("classpath", patterns, false);
    }

    private List<String> add(String magic, List<String> patterns, boolean jarsOnly) {
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("%" + magic + " needs at least one path or glob, e.g. %" + magic
                    + (jarsOnly ? " libs/*.jar" : " build/classes"));
        }
        List<Path> accepted = new ArrayList<>();
        for (String pattern : patterns) {
            List<Path> matches = Globs.expand(base, pattern).stream()
                    .filter(p -> jarsOnly ? isJar(p) : isJar(p) || Files.isDirectory(p))
                    .toList();
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("%" + magic + ": nothing matches '" + pattern + "' (looked for "
                        + (jarsOnly ? "jar files" : "jar files or directories") + " relative to " + base
                        + "); check the path or use an absolute one");
            }
            accepted.addAll(matches);
        }
        List<String> added = new ArrayList<>();
        for (Path p : accepted) {
            String path = p.toAbsolutePath().toString();
            classpath.accept(path);
            added.add(path);
            System.out.println("Added to classpath: " + path);
        }
        return added;
    }

    private static boolean isJar(Path p) {
        return Files.isRegularFile(p) && p.getFileName().toString().toLowerCase().endsWith(".jar");
    }
}
