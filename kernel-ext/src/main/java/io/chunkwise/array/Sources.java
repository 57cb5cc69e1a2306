package io.chunkwise.array;

import io.chunkwise.graph.InMemorySource;

/**
 * Builders behind the {@code Chunkwise} front door. Internal: not API, call {@code Chunkwise}.
 */
public final class Sources {
    private Sources() {
    }

    public static ChunkedArray flat(Object data, DType dtype, long[] shape, int... chunks) {
        if (data == null) {
            throw new IllegalArgumentException("data is null; expected a primitive array");
        }
        DenseArray dense = DenseArray.of(data, dtype, shape);
        return ChunkedArray.fromSource(new InMemorySource(dense), Chunks.normalize(shape, dtype, chunks));
    }

    public static ChunkedArray rows(Object[] rows, DType dtype, int... chunks) {
        if (rows == null) {
            throw new IllegalArgumentException("data is null; expected a 2-d primitive array");
        }
        RowsSource src = RowsSource.of(rows, dtype);
        return ChunkedArray.fromSource(src, Chunks.normalize(src.shape(), dtype, chunks));
    }

    public static ChunkedArray full(double value, DType dtype, long[] shape, int... chunks) {
        return generated(GeneratedSource.Kind.FULL, shape, dtype, 0, value, 0, chunks);
    }

    public static ChunkedArray arange(long n, int chunk) {
        if (n < 0) {
            throw new IllegalArgumentException("arange needs n >= 0, got " + n);
        }
        return generated(GeneratedSource.Kind.ARANGE, new long[] {n}, DType.INT64, 0, 0, 0, chunk);
    }

    public static ChunkedArray linspace(double start, double stop, long num, int chunk) {
        if (num < 0) {
            throw new IllegalArgumentException("linspace needs num >= 0, got " + num);
        }
        return generated(GeneratedSource.Kind.LINSPACE, new long[] {num}, DType.FLOAT64, 0, start, stop, chunk);
    }

    public static ChunkedArray random(long seed, long[] shape, int... chunks) {
        return generated(GeneratedSource.Kind.RANDOM, shape, DType.FLOAT64, seed, 0, 0, chunks);
    }

    public static ChunkedArray normal(long seed, double mean, double std, long[] shape, int... chunks) {
        return generated(GeneratedSource.Kind.NORMAL, shape, DType.FLOAT64, seed, mean, std, chunks);
    }

    private static ChunkedArray generated(GeneratedSource.Kind kind, long[] shape, DType dtype, long seed,
                                          double a, double b, int... chunks) {
        Chunks c = Chunks.normalize(shape, dtype, chunks);
        return ChunkedArray.fromSource(new GeneratedSource(kind, shape.clone(), dtype, seed, a, b), c);
    }

    public static ChunkedArray where(ChunkedArray cond, ChunkedArray a, ChunkedArray b) {
        return Elementwise.where(cond, a, b);
    }

    /** A 0-d array holding a weak scalar that takes the other branch's dtype where NEP 50 allows. */
    public static ChunkedArray scalarLike(double v, DType other) {
        boolean integral = v == Math.rint(v) && !Double.isInfinite(v);
        DType t = other.isFloat() ? other : integral ? (other == DType.BOOL ? DType.INT64 : other) : DType.FLOAT64;
        return full(v, t, new long[0]);
    }
}
