package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.kernels.ReduceOp;

import java.util.Arrays;

/**
 * Builds the block-wise operations (mapBlocks, mapOverlap, coarsen, cumsum/cumprod): checks the
 * arguments and derives the exact output shape, dtype and chunks at build time, before any data is
 * read.
 */
final class BlockOps {
    private BlockOps() {
    }

    static ChunkedArray mapBlocks(ChunkedArray x, BlockFunction fn, DType outType, Chunks outChunks) {
        requireNonNull(fn, "mapBlocks", "the block function");
        requireNonNull(outType, "mapBlocks", "the output dtype");
        requireNonNull(outChunks, "mapBlocks", "the output chunks");
        Chunks in = x.chunks();
        if (outChunks.ndim() != x.ndim()) {
            throw new IllegalArgumentException("mapBlocks: the output chunks " + outChunks + " are " + outChunks.ndim()
                    + "-d but the input is " + x.ndim() + "-d; block i of the output comes from block i of the input, "
                    + "so give one chunk list per input axis");
        }
        for (int a = 0; a < x.ndim(); a++) {
            if (outChunks.count(a) != in.count(a)) {
                throw new IllegalArgumentException("mapBlocks: the output chunks have " + outChunks.count(a)
                        + " blocks along axis " + a + " but the input has " + in.count(a) + " (input chunks " + in
                        + ", output chunks " + outChunks + "); block i of the output comes from block i of the input, "
                        + "so the counts must match: rechunk the input first");
            }
        }
        BlockMapSource s = new BlockMapSource(x.expr(), in, outChunks, fn, outType);
        return new ChunkedArray(new Expr.Source(s, s.name()), outChunks);
    }

    static ChunkedArray mapOverlap(ChunkedArray x, int[] depthIn, Boundary boundary, BlockFunction fn, DType outType) {
        requireNonNull(fn, "mapOverlap", "the block function");
        requireNonNull(outType, "mapOverlap", "the output dtype");
        requireNonNull(boundary, "mapOverlap", "the boundary (e.g. Boundary.reflect())");
        int[] depth = perAxis("mapOverlap", "depth", depthIn, x.ndim(), 0);
        long padded = 1;
        int[] max = x.chunks().maxChunk();
        for (int a = 0; a < depth.length; a++) {
            padded *= max[a] + 2L * depth[a];
        }
        if (padded > Chunks.MAX_CHUNK_ELEMENTS) {
            throw new IllegalArgumentException("mapOverlap: a block of " + Shapes.format(max) + " with depth "
                    + Arrays.toString(depth) + " would hold " + padded + " elements, more than one Java array ("
                    + Chunks.MAX_CHUNK_ELEMENTS + "); use smaller chunks");
        }
        OverlapSource s = new OverlapSource(x.expr(), x.chunks(), depth, boundary, fn, outType);
        return new ChunkedArray(new Expr.Source(s, s.name()), x.chunks());
    }

    static ChunkedArray coarsen(ChunkedArray x, Reducer reducer, int[] factorsIn) {
        requireNonNull(reducer, "coarsen", "the reducer (Reducer.MEAN, SUM, MIN or MAX)");
        int nd = x.ndim();
        int[] factors = perAxis("coarsen", "factor", factorsIn, nd, 1);
        long[] shape = x.shape();
        for (int a = 0; a < nd; a++) {
            if (shape[a] % factors[a] != 0) {
                throw new IllegalArgumentException("coarsen: axis " + a + " has length " + shape[a]
                        + ", which is not a multiple of the factor " + factors[a] + " (shape " + Shapes.format(shape)
                        + ", factors " + Arrays.toString(factors) + "); slice the array to a multiple first, e.g. "
                        + sliceHint(shape, factors));
            }
        }
        int[][] lengths = new int[nd][];
        for (int a = 0; a < nd; a++) {
            lengths[a] = coarseLengths(x.chunks().lengths(a), shape[a] / factors[a], factors[a]);
        }
        DType acc = switch (reducer) {
            case MEAN -> DType.FLOAT64;
            case SUM -> reducer.resultType(x.dtype());
            case MIN, MAX -> x.dtype().isFloat() ? DType.FLOAT64 : x.dtype() == DType.UINT64 ? DType.UINT64 : DType.INT64;
        };
        CoarsenSource s = new CoarsenSource(x.astype(acc).expr(), factors, reducer, reducer.resultType(x.dtype()));
        return new ChunkedArray(new Expr.Source(s, s.name()), Chunks.ofLengths(s.shape(), lengths));
    }

    /**
     * Input chunks divided by the factor where they all divide; otherwise balanced chunks of at most
     * the input's largest chunk divided by the factor (rounded up).
     */
    private static int[] coarseLengths(int[] in, long extent, int f) {
        boolean divides = true;
        int max = 1;
        for (int l : in) {
            divides &= l % f == 0;
            max = Math.max(max, l);
        }
        if (divides || extent == 0) {
            int[] out = new int[in.length];
            for (int i = 0; i < in.length; i++) {
                out[i] = in[i] / f;
            }
            return extent == 0 ? new int[] {0} : out;
        }
        // as many chunks as the input's largest chunk divided by the factor needs, evenly balanced
        int n = (int) Math.min(extent, Math.max(1, (extent * f + max - 1) / max));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) (extent / n + (i < extent % n ? 1 : 0));
        }
        return out;
    }

    private static String sliceHint(long[] shape, int[] factors) {
        StringBuilder sb = new StringBuilder("x.slice(");
        for (int a = 0; a < shape.length; a++) {
            long keep = shape[a] / factors[a] * factors[a];
            sb.append(a == 0 ? "" : ", ").append(keep == shape[a] ? "Slice.all()" : "Slice.range(0, " + keep + ")");
        }
        return sb.append(')').toString();
    }

    static ChunkedArray cumulative(ChunkedArray x, int axisIn, boolean product) {
        String op = product ? "cumprod" : "cumsum";
        int nd = x.ndim();
        int axis = axisIn < 0 ? axisIn + nd : axisIn;
        if (axis < 0 || axis >= nd) {
            throw new IllegalArgumentException(op + ": axis " + axisIn + " is out of range for a " + nd
                    + "-d array; expected -" + nd + " to " + (nd - 1));
        }
        DType in = x.dtype();
        DType out = in.isFloat() ? in : in.isUnsigned() ? DType.UINT64 : DType.INT64;
        Expr input = x.astype(out).expr();
        boolean sequential = out.isFloat();
        Expr carries = null;
        if (x.chunks().count(axis) > 1) {
            CarrySource c = new CarrySource(input, x.chunks(), axis, product, sequential);
            long[] shape = Arrays.copyOf(c.shape(), nd);
            carries = new Expr.Reduce(ReduceOp.MAX, new Expr.Source(c, c.name()), new int[] {nd}, false, 0, out, shape,
                    c.grid());
        }
        CumulativeSource s = new CumulativeSource(input, carries, x.chunks(), axis, product, sequential);
        return new ChunkedArray(new Expr.Source(s, s.name()), x.chunks());
    }

    /** One value for every axis or one per axis, each at least {@code min}. */
    private static int[] perAxis(String op, String what, int[] values, int nd, int min) {
        if (values == null || (values.length != 1 && values.length != nd)) {
            throw new IllegalArgumentException(op + ": " + (values == null ? "no " + what : Arrays.toString(values))
                    + " given for a " + nd + "-d array; give one " + what + " for every axis or one per axis");
        }
        int[] out = new int[nd];
        for (int a = 0; a < nd; a++) {
            out[a] = values.length == 1 ? values[0] : values[a];
            if (out[a] < min) {
                throw new IllegalArgumentException(op + ": " + what + " " + out[a] + " along axis " + a
                        + " is invalid; expected " + min + " or more");
            }
        }
        return out;
    }

    private static void requireNonNull(Object o, String op, String what) {
        if (o == null) {
            throw new IllegalArgumentException(op + ": " + what + " is null");
        }
    }
}
