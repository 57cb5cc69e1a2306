package io.chunkwise.kernels;

/**
 * The one switch between the SIMD loops ({@link VectorLoops}, on the incubating Vector API) and the
 * scalar ones. SIMD is on when the JVM was started with {@code --add-modules jdk.incubator.vector}
 * (the Chunkwise kernel does this) and off otherwise, or with {@code -Dchunkwise.simd=false}. The
 * random generator gives the same bits either way; a float sum adds in another (fixed) order, so its
 * last bits may differ between the two settings, never between runs.
 */
public final class Simd {
    /** Whether the SIMD loops run in this JVM. */
    static final boolean ENABLED = detect();

    private Simd() {
    }

    /** A line for users: whether SIMD is on, its width, and how to turn it on when it is off. */
    public static String describe() {
        if (ENABLED) {
            return "on (Vector API, " + VectorLoops.doubleLanes() + " doubles per vector)";
        }
        return "off (start the JVM with --add-modules jdk.incubator.vector to turn it on)";
    }

    private static boolean detect() {
        if (!Boolean.parseBoolean(System.getProperty("chunkwise.simd", "true"))) {
            return false;
        }
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorLoops.doubleLanes() >= 2 && VectorLoops.doubleLanes() == VectorLoops.longLanes();
        } catch (LinkageError e) {
            return false;
        }
    }
}
