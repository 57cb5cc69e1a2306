package io.chunkwise.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code %classpath} and {@code %jars} make new classes usable by the cells that follow. */
class ClasspathMagicsTest {
    private static ChunkwiseKernel kernel;

    @BeforeAll
    static void startKernel() {
        kernel = new ChunkwiseKernel();
    }

    /** Compiles {@code pkg.Name} with a {@code hi()} method returning {@code text}; returns the classes dir. */
    private static Path compile(Path dir, String pkg, String name, String text) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src").resolve(pkg)).resolve(name + ".java");
        Files.writeString(src, "package " + pkg + "; public class " + name
                + " { public String hi() { return \"" + text + "\"; } }");
        Path classes = dir.resolve("classes");
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertEquals(0, rc, "javac failed");
        return classes;
    }

    @Test
    void classpathMagicAddsADirectoryForTheRestOfTheCell(@TempDir Path dir) throws Exception {
        Path classes = compile(dir, "cpdir", "Greeter", "from dir");
        var out = kernel.eval("%classpath " + classes + "\nnew cpdir.Greeter().hi()");
        assertEquals("from dir", out.getData(MIMEType.TEXT_PLAIN));
        assertTrue(kernel.evalExpression("new cpdir.Greeter()").getClass().getClassLoader() != null);
    }

    @Test
    void jarsMagicExpandsAGlob(@TempDir Path dir) throws Exception {
        Path classes = compile(dir, "cpjar", "Greeter", "from jar");
        Path jar = Files.createDirectories(dir.resolve("libs")).resolve("greeter.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            Path cls = classes.resolve("cpjar/Greeter.class");
            out.putNextEntry(new JarEntry("cpjar/Greeter.class"));
            Files.copy(cls, (OutputStream) out);
            out.closeEntry();
        }
        var out = kernel.eval("%jars " + dir + "/libs/*.jar\nnew cpjar.Greeter().hi()");
        assertEquals("from jar", out.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void jarsMagicRejectsAPatternThatMatchesNothing(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kernel.eval("%jars " + dir + "/*.jar"));
        assertTrue(e.getMessage().contains("nothing matches '" + dir + "/*.jar'"), e.getMessage());
    }
}
