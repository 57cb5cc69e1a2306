package io.chunkwise.notebook;

/**
 * Marks the threads that are running one of our magics, so that computations they start report their
 * outcome (for messages like "computation cancelled after 12 of 400 tasks") even without a front end.
 */
final class MagicScope {
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private MagicScope() {
    }

    static void enter() {
        DEPTH.get()[0]++;
    }

    static void exit() {
        DEPTH.get()[0]--;
    }

    /** Whether the current thread is inside a magic. */
    static boolean active() {
        return DEPTH.get()[0] > 0;
    }
}
