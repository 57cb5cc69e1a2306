package io.chunkwise.schedule;

/**
 * The cancellation flag of the computation running on the current worker thread. Task code calls
 * {@link #check()} between tiles so that an interrupt stops work within milliseconds.
 */
public final class Cancellation {
    private static final ThreadLocal<java.util.concurrent.atomic.AtomicBoolean> FLAG = new ThreadLocal<>();

    private Cancellation() {
    }

    static void bind(java.util.concurrent.atomic.AtomicBoolean flag) {
        FLAG.set(flag);
    }

    static void unbind() {
        FLAG.remove();
    }

    /** Throws {@link ComputationCancelledException} if the current computation was cancelled. */
    public static void check() {
        java.util.concurrent.atomic.AtomicBoolean f = FLAG.get();
        if ((f != null && f.get()) || (f == null && Thread.currentThread().isInterrupted())) {
            throw new ComputationCancelledException("computation cancelled");
        }
    }
}
