package io.chunkwise.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Installs the Chunkwise notebook support into a running Jupyter kernel: renderers for lazy and dense
 * arrays, histograms and GeoTIFF handles; the line magics {@code %compute %hist %describe %preview %graph
 * %scheduler %chunkwise}; and the live progress bar for computations run from a cell.
 *
 * <p>In the Chunkwise kernel this happens at start. In a stock IJava kernel, load the jar and call
 * {@link #install()}:
 * <pre>{@code
 * %jars path/to/kernel-ext.jar
 * io.chunkwise.notebook.ChunkwiseExtension.install()
 * }</pre>
 * or let the kernel do it at start with the environment variables {@code IJAVA_CLASSPATH=path/to/kernel-ext.jar}
 * and {@code IJAVA_STARTUP_SCRIPT=io.chunkwise.notebook.ChunkwiseExtension.install();}.
 *
 * <p>Every install method is idempotent: renderers are registered once per renderer and magics once per
 * registry, however often it is called (basekernel would otherwise accumulate duplicate renderers).
 */
public final class ChunkwiseExtension {
    private static final Set<Object> DONE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static final Map<BaseKernel, Boolean> KERNELS = Collections.synchronizedMap(new WeakHashMap<>());

    private ChunkwiseExtension() {
    }

    /**
     * Installs into the running kernel (the Chunkwise kernel, else IJava's, found by reflection) and
     * returns a one-line report of what happened; outside a kernel it installs nothing and says so
     * (also on {@code System.err}) instead of failing.
     */
    public static synchronized String install() {
        Optional<KernelLocator.Found> found;
        try {
            found = KernelLocator.find();
        } catch (IllegalStateException e) {
            String msg = "Chunkwise: nothing installed: " + e.getMessage();
            System.err.println(msg);
            return msg;
        }
        if (found.isEmpty()) {
            String msg = "Chunkwise: no running Jupyter kernel found (neither the Chunkwise kernel nor IJava), so"
                    + " nothing was installed. In another jupyter-jvm-basekernel kernel call"
                    + " ChunkwiseExtension.install(kernel, magics).";
            System.err.println(msg);
            return msg;
        }
        KernelLocator.Found k = found.get();
        boolean fresh = install(k.kernel(), k.magics(), k.evaluator());
        return "Chunkwise notebook support " + (fresh ? "installed in " : "was already installed in ") + k.description()
                + ": rich display of arrays, histograms and GeoTIFFs, a live progress bar, and magics"
                + " (%chunkwise lists them).";
    }

    /**
     * Installs into {@code kernel}, registering the magics in {@code magics} (null: renderers and progress
     * only). Expressions in magics are evaluated through the kernel's {@code evalRaw(String)} if it has
     * one (IJava does) or the Chunkwise kernel's own evaluator.
     *
     * @return whether anything was newly installed
     */
    public static synchronized boolean install(BaseKernel kernel, Magics magics) {
        return install(kernel, magics, ExpressionEvaluator.forKernel(kernel));
    }

    /**
     * As {@link #install(BaseKernel, Magics)} with an explicit way to evaluate the magics' expressions
     * (null: magics that take an expression report that they cannot evaluate it).
     *
     * @return whether anything was newly installed
     */
    public static synchronized boolean install(BaseKernel kernel, Magics magics, ExpressionEvaluator evaluator) {
        if (kernel == null) {
            throw new IllegalArgumentException("ChunkwiseExtension.install needs a kernel but got null; call"
                    + " install() to find the running one");
        }
        boolean fresh = installRenderers(kernel.getRenderer());
        if (magics != null && DONE.add(magics)) {
            ChunkwiseMagics.register(magics, NotebookContext.of(kernel, evaluator));
            fresh = true;
        }
        if (KERNELS.put(kernel, Boolean.TRUE) == null) {
            NotebookProgress.INSTANCE.addStream(kernel.getIO().display);
            NotebookProgress.INSTANCE.hook();
            fresh = true;
        }
        return fresh;
    }

    /**
     * Registers the Chunkwise renderers into {@code renderer} unless this was done before.
     *
     * @return whether they were newly registered
     */
    public static synchronized boolean installRenderers(Renderer renderer) {
        if (!DONE.add(renderer)) {
            return false;
        }
        Renderers.registerAll(renderer);
        return true;
    }
}
