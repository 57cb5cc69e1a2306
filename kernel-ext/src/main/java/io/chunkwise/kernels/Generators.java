package io.chunkwise.kernels;

/**
 * Counter-based random numbers: the value at flat index {@code i} is a fixed function of (seed, i),
 * SplitMix64's finaliser applied to {@code seed + i * golden}, so any chunking, tile order or
 * scheduler gives the same array.
 */
public final class Generators {
    static final long GOLDEN = 0x9E3779B97F4A7C15L;
    static final long M1 = 0xBF58476D1CE4E5B9L;
    static final long M2 = 0x94D049BB133111EBL;
    static final double INV_2_53 = 0x1.0p-53;
    private static final double TWO_PI = 2 * Math.PI;

    private Generators() {
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * M1;
        z = (z ^ (z >>> 27)) * M2;
        return z ^ (z >>> 31);
    }

    /** The stream key of a user seed. */
    public static long key(long seed) {
        return mix(seed ^ 0x5DEECE66DL);
    }

    /** The uniform [0, 1) double at flat index {@code i} of the stream {@code key}. */
    public static double uniformAt(long key, long i) {
        return (mix(key + i * GOLDEN) >>> 11) * INV_2_53;
    }

    /** Uniform [0, 1) doubles for flat indices {@code flat .. flat+n} into {@code out[off..off+n)}. */
    public static void uniform(long key, long flat, double[] out, int off, int n) {
        if (Simd.ENABLED) {
            VectorLoops.uniform(key, flat, out, off, n);
        } else {
            uniformScalar(key, flat, out, off, n);
        }
    }

    /** {@link #uniform} by the scalar loop alone (the reference the SIMD loop is checked against). */
    static void uniformScalar(long key, long flat, double[] out, int off, int n) {
        for (int j = 0; j < n; j++) {
            out[off + j] = uniformAt(key, flat + j);
        }
    }

    /**
     * Normal doubles (Box-Muller over two uniforms per element, indices {@code 2i} and {@code 2i+1})
     * scaled to {@code mean + std * z}, into {@code out[off..off+n)}.
     */
    public static void normal(long key, double mean, double std, long flat, double[] out, int off, int n) {
        for (int j = 0; j < n; j++) {
            long k = (flat + j) * 2;
            double u1 = uniformAt(key, k);
            double u2 = uniformAt(key, k + 1);
            double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(TWO_PI * u2);
            out[off + j] = mean + std * z;
        }
    }
}
