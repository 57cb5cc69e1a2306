package io.chunkwise.array;

import io.chunkwise.graph.DerivedSource;
import io.chunkwise.graph.Expr;

/**
 * Builds {@code unique} and {@code bincount} arrays of integer (or bool) arrays. Their length
 * depends on the data: a counting pass finds it when the shape or chunks are first asked for (see
 * {@link #wrap}); the values are computed on the first read and kept.
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
     * A lazy array over a source whose length a counting pass finds: the pass runs once, when the
     * shape or chunks are first asked for (or at compute), not when the array is built.
     */
    private static ChunkedArray wrap(DerivedSource src) {
        return new ChunkedArray(new Expr.Source(src, src.name()), () -> Chunks.normalize(src.shape(), src.dtype()));
    }
}
