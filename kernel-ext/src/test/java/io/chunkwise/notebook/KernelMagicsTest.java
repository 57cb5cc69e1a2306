package io.chunkwise.notebook;

import io.chunkwise.kernel.ChunkwiseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extension installed into the real Chunkwise kernel (in-process, no Jupyter client): magics evaluate
 * Java expressions in the notebook's JShell session and cell values render through our renderers; and
 * the reflective path that finds and drives an IJava-shaped kernel.
 */
class KernelMagicsTest {
    private static ChunkwiseKernel kernel;
    private static Magics magics;

    @BeforeAll
    static void start() throws Exception {
        kernel = new ChunkwiseKernel();
        magics = kernel.getMagics();
        assertTrue(ChunkwiseExtension.install(kernel, magics), "the first install installs");
        kernel.eval("var hx = Chunkwise.random(5, new long[]{300, 400}, 100);");
    }

    @Test
    void installingAgainChangesNothing() {
        assertFalse(ChunkwiseExtension.install(kernel, magics));
        String msg = ChunkwiseExtension.install();
        assertTrue(msg.contains("in the Chunkwise kernel"), msg);
    }

    @Test
    void histEvaluatesTheExpressionInTheSession() throws Exception {
        DisplayData d = magics.applyLineMagic("hist", List.of("hx.mul(hx)", "--bins", "50"));
        Object expected = kernel.evalExpression("hx.mul(hx).histogram(50).compute()");
        assertEquals(expected.toString(), Bundles.text(d));
        Bundles.png(d);
    }

    @Test
    void expressionSplitIntoWordsIsJoinedBack() throws Exception {
        DisplayData d = magics.applyLineMagic("compute", List.of("Chunkwise.arange(10,", "5).sum()"));
        assertTrue(Bundles.text(d).startsWith("Chunkwise.arange(10, 5).sum() = 45\n"), Bundles.text(d));
    }

    @Test
    void expressionThatDoesNotCompileReportsTheCompileError() {
        Exception e = assertThrows(Exception.class, () -> magics.applyLineMagic("describe", List.of("nope.mul(2)")));
        assertEquals("io.chunkwise.kernel.CompilationException", e.getClass().getName());
        assertTrue(e.getMessage().contains("cannot find symbol"), e.getMessage());
    }

    @Test
    void magicInACellRunsThroughTheKernel() throws Exception {
        assertNull(kernel.eval("%hist hx --bins 10"), "a magic line has no cell value");
        assertNull(kernel.eval("%scheduler"));
    }

    @Test
    void cellValueRendersAsSummaryWithSvgGrid() throws Exception {
        DisplayData d = kernel.eval("hx.mul(hx)");
        assertTrue(Bundles.html(d).contains("<svg"), Bundles.html(d));
        assertEquals(1, Bundles.all(Bundles.htmlDocument(d), "svg").size());
    }

    @Test
    void ijavaShapedKernelIsFoundByReflectionAndEvaluatesThroughEvalRaw() throws Exception {
        IJavaShapedKernel ijava = new IJavaShapedKernel(kernel);
        IJavaShapedKernel.Holder.instance = ijava;
        Optional<KernelLocator.Found> found;
        try {
            found = KernelLocator.findByClass(IJavaShapedKernel.Holder.class.getName(), "IJava");
        } finally {
            IJavaShapedKernel.Holder.instance = null;
        }
        assertTrue(found.isPresent());
        assertSame(ijava, found.get().kernel());
        assertSame(ijava.getMagics(), found.get().magics());
        assertTrue(ChunkwiseExtension.install(found.get().kernel(), found.get().magics(), found.get().evaluator()));
        DisplayData d = ijava.getMagics().applyLineMagic("compute", List.of("hx.sum()"));
        assertTrue(Bundles.text(d).startsWith("hx.sum() = "), Bundles.text(d));
        MagicUsageException e = assertThrows(MagicUsageException.class,
                () -> ijava.getMagics().applyLineMagic("compute", List.of("hx.sum().compute().item()")));
        assertTrue(e.getMessage().startsWith("%compute: 'hx.sum().compute().item()' is a java.lang.Double;"),
                e.getMessage());
        assertTrue(Bundles.html(ijava.getRenderer().render(kernel.evalExpression("hx"))).contains("<svg"),
                "renderers are installed in that kernel's renderer");
    }

    @Test
    void absentOrEmptyHolderFindsNothing() {
        assertEquals(Optional.empty(), KernelLocator.findByClass("io.github.spencerpark.ijava.NoSuchClass", "IJava"));
        IJavaShapedKernel.Holder.instance = null;
        assertEquals(Optional.empty(), KernelLocator.findByClass(IJavaShapedKernel.Holder.class.getName(), "IJava"));
    }

    @Test
    void holderReturningSomethingElseIsAClearError() {
        IJavaShapedKernel.Holder.instance = "not a kernel";
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> KernelLocator.findByClass(IJavaShapedKernel.Holder.class.getName(), "IJava"));
            assertTrue(e.getMessage().contains("returned a java.lang.String, not a jupyter-jvm-basekernel BaseKernel"),
                    e.getMessage());
        } finally {
            IJavaShapedKernel.Holder.instance = null;
        }
    }

    @Test
    void installOutsideAnyKernelSaysSoAndDoesNotFail() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                InstallOutsideKernelMain.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("returned: Chunkwise: no running Jupyter kernel found (neither the Chunkwise kernel"
                + " nor IJava), so nothing was installed."), out);
    }
}
