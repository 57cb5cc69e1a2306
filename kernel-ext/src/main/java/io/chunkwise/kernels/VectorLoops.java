package io.chunkwise.kernels;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The loops that C2 does not vectorise by itself, written on the Vector API: float sums and sums
 * of products (reductions, which C2 keeps scalar to preserve the order of additions) and the
 * counter-based random generator (64-bit multiplies and a long-to-double conversion). Reached only through
 * {@link Simd#ENABLED}, so this class is never loaded in a JVM without the module.
 */
final class VectorLoops {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;

    private VectorLoops() {
    }

    static int doubleLanes() {
        return D.length();
    }

    static int longLanes() {
        return L.length();
    }

    /** Sum of {@code v[off..off+len)} with four vector accumulators; NaN propagates. */
    static double sum(double[] v, int off, int len) {
        int w = D.length();
        DoubleVector a0 = DoubleVector.zero(D);
        DoubleVector a1 = a0;
        DoubleVector a2 = a0;
        DoubleVector a3 = a0;
        int i = 0;
        for (; i + 4 * w <= len; i += 4 * w) {
            a0 = a0.add(DoubleVector.fromArray(D, v, off + i));
            a1 = a1.add(DoubleVector.fromArray(D, v, off + i + w));
            a2 = a2.add(DoubleVector.fromArray(D, v, off + i + 2 * w));
            a3 = a3.add(DoubleVector.fromArray(D, v, off + i + 3 * w));
        }
        for (; i + w <= len; i += w) {
            a0 = a0.add(DoubleVector.fromArray(D, v, off + i));
        }
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            s += v[off + i];
        }
        return s;
    }

    /**
     * {@link Sums#products}: the products of {@code k} (2 to 4) factor tiles, multiplied left to
     * right and then added (no fused multiply-add), summed with two vector accumulators.
     */
    static double products(double[][] f, int k, int len) {
        int w = D.length();
        double[] a = f[0];
        double[] b = f[1];
        double[] c = k > 2 ? f[2] : b;
        double[] d = k > 3 ? f[3] : b;
        DoubleVector s0 = DoubleVector.zero(D);
        DoubleVector s1 = s0;
        int i = 0;
        for (; i + 2 * w <= len; i += 2 * w) {
            s0 = s0.add(product(a, b, c, d, k, i));
            s1 = s1.add(product(a, b, c, d, k, i + w));
        }
        for (; i + w <= len; i += w) {
            s0 = s0.add(product(a, b, c, d, k, i));
        }
        double s = s0.add(s1).reduceLanes(VectorOperators.ADD);
        for (; i < len; i++) {
            double p = a[i] * b[i];
            if (k > 2) {
                p *= c[i];
            }
            if (k > 3) {
                p *= d[i];
            }
            s += p;
        }
        return s;
    }

    private static DoubleVector product(double[] a, double[] b, double[] c, double[] d, int k, int i) {
        DoubleVector p = DoubleVector.fromArray(D, a, i).mul(DoubleVector.fromArray(D, b, i));
        if (k > 2) {
            p = p.mul(DoubleVector.fromArray(D, c, i));
        }
        if (k > 3) {
            p = p.mul(DoubleVector.fromArray(D, d, i));
        }
        return p;
    }

    /**
     * Uniform [0, 1) doubles for flat indices {@code flat .. flat+n} into {@code out[off..off+n)}:
     * bit for bit the values of {@link Generators#uniformAt}, a vector of lanes at a time.
     */
    static void uniform(long mixedSeed, long flat, double[] out, int off, int n) {
        int w = L.length();
        long[] lane = new long[w];
        for (int k = 0; k < w; k++) {
            lane[k] = k * Generators.GOLDEN;
        }
        LongVector z0 = LongVector.fromArray(L, lane, 0).add(mixedSeed + flat * Generators.GOLDEN);
        long step = w * Generators.GOLDEN;
        int j = 0;
        for (; j + w <= n; j += w) {
            LongVector z = z0;
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 30)).mul(Generators.M1);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 27)).mul(Generators.M2);
            z = z.lanewise(VectorOperators.XOR, z.lanewise(VectorOperators.LSHR, 31)).lanewise(VectorOperators.LSHR, 11);
            ((DoubleVector) z.convert(VectorOperators.L2D, 0)).mul(Generators.INV_2_53).intoArray(out, off + j);
            z0 = z0.add(step);
        }
        for (; j < n; j++) {
            out[off + j] = Generators.uniformAt(mixedSeed, flat + j);
        }
    }
}
