package io.chunkwise.notebook;

import io.chunkwise.kernel.ChunkwiseKernel;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * Finds the kernel this JVM is running: the Chunkwise kernel, or a stock IJava kernel, which is looked
 * up by reflection ({@code io.github.spencerpark.ijava.IJava.getKernelInstance()} and its
 * {@code getMagics()}) so that nothing here depends on IJava.
 */
final class KernelLocator {
    /** IJava's main class, which holds the running kernel. */
    static final String IJAVA_CLASS = "io.github.spencerpark.ijava.IJava";

    /** A running kernel, its magics registry, how to evaluate expressions in it, and what it is. */
    record Found(BaseKernel kernel, Magics magics, ExpressionEvaluator evaluator, String description) {
    }

    private KernelLocator() {
    }

    /** The running kernel, ours first, then IJava's; empty outside a kernel. */
    static Optional<Found> find() {
        ChunkwiseKernel ours = ChunkwiseKernel.getKernelInstance();
        if (ours != null) {
            return Optional.of(new Found(ours, ours.getMagics(), ExpressionEvaluator.forKernel(ours),
                    "the Chunkwise kernel"));
        }
        return findByClass(IJAVA_CLASS, "IJava");
    }

    /**
     * The kernel held by {@code holderClass}'s static {@code getKernelInstance()}, with the magics of its
     * {@code getMagics()}; empty when the class is absent or holds no kernel.
     *
     * @throws IllegalStateException when the class is there but does not look like IJava's
     */
    static Optional<Found> findByClass(String holderClass, String name) {
        Class<?> holder = load(holderClass);
        if (holder == null) {
            return Optional.empty();
        }
        try {
            Object k = holder.getMethod("getKernelInstance").invoke(null);
            if (k == null) {
                return Optional.empty();
            }
            if (!(k instanceof BaseKernel kernel)) {
                throw new IllegalStateException(holderClass + ".getKernelInstance() returned a " + k.getClass().getName()
                        + ", not a jupyter-jvm-basekernel BaseKernel; is a different basekernel version loaded twice?");
            }
            Method getMagics = k.getClass().getMethod("getMagics");
            Object magics = getMagics.invoke(k);
            if (!(magics instanceof Magics m)) {
                throw new IllegalStateException(k.getClass().getName() + ".getMagics() returned "
                        + (magics == null ? "null" : "a " + magics.getClass().getName()) + ", not a basekernel Magics");
            }
            return Optional.of(new Found(kernel, m, ExpressionEvaluator.forKernel(kernel), name));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(holderClass + " is on the classpath but its kernel could not be reached ("
                    + e + "); expected static getKernelInstance() and getMagics() as in IJava 1.3", e);
        }
    }

    private static Class<?> load(String name) {
        for (ClassLoader cl : new ClassLoader[] {KernelLocator.class.getClassLoader(),
            Thread.currentThread().getContextClassLoader()}) {
            if (cl == null) {
                continue;
            }
            try {
                return Class.forName(name, true, cl);
            } catch (ClassNotFoundException | LinkageError ignored) {
                // try the next loader
            }
        }
        return null;
    }
}
