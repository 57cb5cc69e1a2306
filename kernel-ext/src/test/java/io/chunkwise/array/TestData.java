package io.chunkwise.array;

import java.util.Random;

/** Deterministic test arrays of every dtype, with values that exercise wrap-around and NaN. */
final class TestData {
    private TestData() {
    }

    static DenseArray random(DType t, long seed, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        Random r = new Random(seed);
        Object buf = Buffers.allocate(t, (int) n);
        for (int i = 0; i < n; i++) {
            switch (t) {
                case FLOAT64 -> ((double[]) buf)[i] = i % 97 == 5 ? Double.NaN : r.nextGaussian() * 100;
                case FLOAT32 -> ((float[]) buf)[i] = i % 89 == 3 ? Float.NaN : (float) (r.nextGaussian() * 100);
                case BOOL -> ((byte[]) buf)[i] = (byte) (r.nextBoolean() ? 1 : 0);
                default -> Buffers.setLong(buf, t, i, r.nextLong());
            }
        }
        return DenseArray.of(buf, t, shape);
    }

    /** Positive values (for log, sqrt, pow) without NaN. */
    static DenseArray positive(DType t, long seed, long... shape) {
        DenseArray a = random(t, seed, shape);
        Object buf = a.data();
        for (int i = 0; i < a.size(); i++) {
            double v = Math.abs(Buffers.getDouble(buf, t, i));
            if (Double.isNaN(v)) {
                v = 1.5;
            }
            if (t.isFloat()) {
                Buffers.setDouble(buf, t, i, v % 50 + 0.5);
            } else {
                Buffers.setLong(buf, t, i, (long) (v % 50) + 1);
            }
        }
        return a;
    }
}
