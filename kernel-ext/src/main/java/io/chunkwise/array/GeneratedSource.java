package io.chunkwise.array;

import io.chunkwise.io.ChunkSource;

import java.util.Arrays;

/**
 * Arrays computed from their index alone: constants, ranges and counter-based random numbers. A
 * value depends only on (seed, flat index), never on the chunking or the scheduler.
 */
record GeneratedSource(Kind kind, long[] shape, DType dtype, long seed, double a, double b) implements ChunkSource {
    enum Kind { FULL, ARANGE, LINSPACE, RANDOM, NORMAL }

    private static final double TWO_PI = 2 * Math.PI;
    private static final double INV_2_53 = 0x1.0p-53;

    @Override
    public Object read(Region region) {
        int n = (int) region.elements();
        Object buf = Buffers.allocate(dtype, n);
        if (n == 0) {
            return buf;
        }
        switch (kind) {
            case FULL -> fill(buf, n);
            case ARANGE -> {
                long[] out = (long[]) buf;
                for (int i = 0; i < n; i++) {
                    out[i] = region.start()[0] + i;
                }
            }
            case LINSPACE -> {
                double[] out = (double[]) buf;
                long num = shape[0];
                double step = num > 1 ? (b - a) / (num - 1) : 0;
                for (int i = 0; i < n; i++) {
                    long k = region.start()[0] + i;
                    out[i] = k == num - 1 && num > 1 ? b : k * step + a;
                }
            }
            case RANDOM, NORMAL -> random(region, (double[]) buf);
        }
        return buf;
    }

    private void fill(Object buf, int n) {
        switch (dtype) {
            case FLOAT64 -> Arrays.fill((double[]) buf, a);
            case FLOAT32 -> Arrays.fill((float[]) buf, (float) a);
            default -> {
                Object one = Buffers.allocate(dtype, 1);
                Buffers.setDouble(one, dtype, 0, a);
                long v = Buffers.getLong(one, dtype, 0);
                switch (dtype) {
                    case INT64, UINT64 -> Arrays.fill((long[]) buf, v);
                    case INT32, UINT32 -> Arrays.fill((int[]) buf, (int) v);
                    case INT16, UINT16 -> Arrays.fill((short[]) buf, (short) v);
                    default -> Arrays.fill((byte[]) buf, (byte) v);
                }
            }
        }
    }

    private void random(Region region, double[] out) {
        int nd = region.ndim();
        long[] strides = Buffers.strides(shape);
        int row = nd == 0 ? 1 : region.size()[nd - 1];
        int rows = row == 0 ? 0 : out.length / row;
        int[] idx = new int[Math.max(0, nd - 1)];
        long mixedSeed = mix(seed ^ 0x5DEECE66DL);
        for (int r = 0; r < rows; r++) {
            long flat = 0;
            for (int ax = 0; ax < nd - 1; ax++) {
                flat += (region.start()[ax] + idx[ax]) * strides[ax];
            }
            if (nd > 0) {
                flat += region.start()[nd - 1];
            }
            int o = r * row;
            if (kind == Kind.RANDOM) {
                for (int j = 0; j < row; j++) {
                    out[o + j] = (mix(mixedSeed + (flat + j) * 0x9E3779B97F4A7C15L) >>> 11) * INV_2_53;
                }
            } else {
                for (int j = 0; j < row; j++) {
                    long k = (flat + j) * 2;
                    double u1 = (mix(mixedSeed + k * 0x9E3779B97F4A7C15L) >>> 11) * INV_2_53;
                    double u2 = (mix(mixedSeed + (k + 1) * 0x9E3779B97F4A7C15L) >>> 11) * INV_2_53;
                    double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(TWO_PI * u2);
                    out[o + j] = a + b * z;
                }
            }
            for (int ax = nd - 2; ax >= 0; ax--) {
                if (++idx[ax] < region.size()[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
    }

    /** SplitMix64's finaliser: a bijective 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String describe() {
        return switch (kind) {
            case FULL -> "full(" + a + ")";
            case ARANGE -> "arange";
            case LINSPACE -> "linspace(" + a + ", " + b + ")";
            case RANDOM -> "random(seed=" + seed + ")";
            case NORMAL -> "normal(seed=" + seed + ", mean=" + a + ", std=" + b + ")";
        };
    }

    String label() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
