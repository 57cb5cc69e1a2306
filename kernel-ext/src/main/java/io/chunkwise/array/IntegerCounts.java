package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;

/**
 * Builds {@code unique} and {@code bincount} arrays of integer (or bool) arrays. Their length
 * depends on the data, so building one runs its counting pass now (see {@link #wrap}); the values
 * are computed on the first read and kept.
 */
final class IntegerCounts {
    private IntegerCounts() {
    }

    static ChunkedArray unique(ChunkedArray x) {
        requireIntegers("unique", x, "x.floor().astype(DType.INT64)");
        return wrap(new UniqueSource(x.expr(), x.chunks()));
    }

    static ChunkedArray bincount(ChunkedArray x, long minLength) {
        requireIntegers("bincount", x, "x.floor().astype(DType.INT64)");
        if (minLength < 0) {
            throw new IllegalArgumentException("bincount: minlength must be >= 0 but got " + minLength);
        }
        return wrap(new BincountSource(x.expr(), x.chunks(), minLength));
    }

    private static void requireIntegers(String what, ChunkedArray x, String fix) {
        if (x.dtype().isFloat()) {
            throw new IllegalArgumentException(what + " needs an integer or bool array but " + x.name() + " is "
                    + x.dtype() + "; convert it first if its values are whole numbers, e.g. " + fix);
        }
    }

    /**
     * A lazy array over a source whose length a counting pass finds. The chunk grid must be known
     * when the array is built, so this asks the source for its shape now, which runs that pass.
     */
    private static ChunkedArray wrap(DerivedSource src) {
        long[] shape = src.shape();
        return new ChunkedArray(new Expr.Source(src, src.name()), Chunks.normalize(shape, src.dtype()));
    }
}
