package io.chunkwise.kernel;

/**
 * Hands the value of an expression from JShell-generated code back to the kernel.
 *
 * <p>Not API: public only because the code that {@link ChunkwiseKernel#evalExpression} generates calls
 * {@link #put}. Going through this slot, rather than a JShell temporary variable, keeps no reference to
 * the value in the session once the kernel has taken it.
 */
public final class EvalResultSlot {
    private static volatile Object value;

    private EvalResultSlot() {
    }

    /** Stores {@code v} for the kernel to take. */
    public static void put(Object v) {
        value = v;
    }

    /** Returns and forgets the stored value. */
    static Object take() {
        Object v = value;
        value = null;
        return v;
    }
}
