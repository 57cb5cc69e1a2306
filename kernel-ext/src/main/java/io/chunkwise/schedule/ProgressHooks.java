package io.chunkwise.schedule;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Process-wide hooks that attach a progress listener to every computation, so that a layer above
 * the core (the notebook's progress bar) can observe {@code compute()} calls without the core
 * knowing about it. Each factory is asked once per computation; it may return null to skip it.
 */
public final class ProgressHooks {
    private static final CopyOnWriteArrayList<Supplier<ProgressListener>> FACTORIES = new CopyOnWriteArrayList<>();

    private ProgressHooks() {
    }

    /** Adds a factory (idempotent for the same instance). */
    public static void add(Supplier<ProgressListener> factory) {
        FACTORIES.addIfAbsent(factory);
    }

    public static void remove(Supplier<ProgressListener> factory) {
        FACTORIES.remove(factory);
    }

    /** Listeners for one new computation. */
    static java.util.List<ProgressListener> listenersForNewComputation() {
        java.util.List<ProgressListener> out = new java.util.ArrayList<>();
        for (Supplier<ProgressListener> f : FACTORIES) {
            ProgressListener l = f.get();
            if (l != null) {
                out.add(l);
            }
        }
        return out;
    }
}
