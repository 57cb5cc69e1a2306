package io.chunkwise.array;

import io.chunkwise.io.ChunkSource;
import io.chunkwise.kernels.FlatValues;
import io.chunkwise.kernels.Generators;

import java.util.Arrays;

/**
 * Arrays computed from their index alone: constants, ranges and counter-based random numbers. A
 * value depends only on (seed, flat index), never on the chunking or the scheduler. A pass computes
 * them straight into its register tiles ({@link FlatValues}); {@link #read} fills a chunk buffer
 * with the same values for everything else.
 */
record GeneratedSource(Kind kind, long[] shape, DType dtype, long seed, double a, double b)
        implements ChunkSource, FlatValues {
    enum Kind { FULL, ARANGE, LINSPACE, RANDOM, NORMAL }

    @Override
    public Object read(Region region) {
        return readInto(region, Buffers.allocate(dtype, (int) region.elements()));
    }

    /** Writes the values of {@code region} into {@code buf} (at least the region's size) and returns it. */
    Object readInto(Region region, Object buf) {
        int n = (int) region.elements();
        if (n == 0) {
            return buf;
        }
        switch (kind) {
            case FULL -> fill(buf, n);
            // one-dimensional, and stored as the register form (INT64 longs, FLOAT64 doubles)
            case ARANGE -> fill(region.start()[0], n, null, (long[]) buf);
            case LINSPACE -> fill(region.start()[0], n, (double[]) buf, null);
            case RANDOM, NORMAL -> random(region, (double[]) buf);
        }
        return buf;
    }

    /** A constant in its storage buffer (the register form widens unsigned types; storage does not need to). */
    private void fill(Object buf, int n) {
        switch (dtype) {
            case FLOAT64 -> Arrays.fill((double[]) buf, 0, n, a);
            case FLOAT32 -> Arrays.fill((float[]) buf, 0, n, (float) a);
            case INT64, UINT64 -> Arrays.fill((long[]) buf, 0, n, integerValue());
            case INT32, UINT32 -> Arrays.fill((int[]) buf, 0, n, (int) integerValue());
            case INT16, UINT16 -> Arrays.fill((short[]) buf, 0, n, (short) integerValue());
            default -> Arrays.fill((byte[]) buf, 0, n, (byte) integerValue());
        }
    }

    /** The constant {@code a} cast to this integer (or BOOL) dtype as NumPy's astype does, widened to a long. */
    private long integerValue() {
        Object one = Buffers.allocate(dtype, 1);
        Buffers.setDouble(one, dtype, 0, a);
        return Buffers.getLong(one, dtype, 0);
    }

    private void random(Region region, double[] out) {
        int nd = region.ndim();
        long[] strides = Buffers.strides(shape);
        int row = nd == 0 ? 1 : region.size()[nd - 1];
        int rows = row == 0 ? 0 : (int) (region.elements() / row);
        int[] idx = new int[Math.max(0, nd - 1)];
        long key = Generators.key(seed);
        for (int r = 0; r < rows; r++) {
            long flat = 0;
            for (int ax = 0; ax < nd - 1; ax++) {
                flat += (region.start()[ax] + idx[ax]) * strides[ax];
            }
            if (nd > 0) {
                flat += region.start()[nd - 1];
            }
            if (kind == Kind.RANDOM) {
                Generators.uniform(key, flat, out, r * row, row);
            } else {
                Generators.normal(key, a, b, flat, out, r * row, row);
            }
            for (int ax = nd - 2; ax >= 0; ax--) {
                if (++idx[ax] < region.size()[ax]) {
                    break;
                }
                idx[ax] = 0;
            }
        }
    }

    @Override
    public void fill(long flat, int n, double[] d, long[] l) {
        switch (kind) {
            case FULL -> {
                if (dtype.isFloat()) {
                    Arrays.fill(d, 0, n, dtype == DType.FLOAT32 ? (float) a : a);
                } else {
                    Arrays.fill(l, 0, n, integerValue());
                }
            }
            case ARANGE -> {
                for (int i = 0; i < n; i++) {
                    l[i] = flat + i;
                }
            }
            case LINSPACE -> {
                long num = shape[0];
                double step = num > 1 ? (b - a) / (num - 1) : 0;
                for (int i = 0; i < n; i++) {
                    long k = flat + i;
                    d[i] = k == num - 1 && num > 1 ? b : k * step + a;
                }
            }
            case RANDOM -> Generators.uniform(Generators.key(seed), flat, d, 0, n);
            case NORMAL -> Generators.normal(Generators.key(seed), a, b, flat, d, 0, n);
        }
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
