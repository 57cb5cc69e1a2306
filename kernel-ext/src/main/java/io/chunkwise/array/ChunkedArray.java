package io.chunkwise.array;

import io.chunkwise.graph.Engine;
import io.chunkwise.graph.Expr;
import io.chunkwise.io.ChunkSink;
import io.chunkwise.io.ChunkSource;
import io.chunkwise.kernels.Op;
import io.chunkwise.kernels.ReduceOp;
import io.chunkwise.schedule.Scheduler;

import java.util.List;

/**
 * A lazy, chunked n-dimensional array: a shape, a chunk grid, a dtype and the expression that
 * produces it. Nothing is read or computed until {@link #compute()} (or a reduction's compute, a
 * histogram, {@link #persist()} or a store); building an expression and reading its metadata never
 * touches data. Instances are immutable and safe to share between threads.
 *
 * <p>Elementwise operations broadcast like NumPy and promote dtypes by NumPy 2's rules, with Java
 * {@code long} and {@code double} scalars as NumPy's "weak" Python scalars. Integer arithmetic wraps
 * around as in NumPy (see {@link #warnings()}). Reductions of float arrays accumulate in float64 and
 * return FLOAT64 (more accurate than NumPy's float32 accumulation); integer sums return INT64 (UINT64
 * for unsigned input); min, max and arg-reductions keep the input dtype.
 */
public final class ChunkedArray {
    private final Expr expr;
    private volatile Chunks chunks;
    private final java.util.function.Supplier<Chunks> lazyChunks;

    ChunkedArray(Expr expr, Chunks chunks) {
        this.expr = expr;
        this.chunks = chunks;
        this.lazyChunks = null;
    }

    /**
     * An array whose chunk grid is found when first asked for (e.g. {@code compress}, whose chunk
     * lengths come from a counting pass); the grid is computed once and kept.
     */
    ChunkedArray(Expr expr, java.util.function.Supplier<Chunks> lazyChunks) {
        this.expr = expr;
        this.lazyChunks = lazyChunks;
    }

    /** A lazy array over a source; no chunks means "auto", aligned to the source's native blocks. */
    public static ChunkedArray fromSource(ChunkSource source, int... chunks) {
        return fromSource(source, Chunks.normalize(source.shape(), source.dtype(), source.nativeBlock(), chunks));
    }

    /** A lazy array over a source with an explicit grid. */
    public static ChunkedArray fromSource(ChunkSource source, Chunks chunks) {
        if (!java.util.Arrays.equals(source.shape(), chunks.shape())) {
            throw new IllegalArgumentException("chunks cover shape " + java.util.Arrays.toString(chunks.shape())
                    + " but the source " + source.describe() + " has shape " + java.util.Arrays.toString(source.shape()));
        }
        return new ChunkedArray(new Expr.Source(source, sourceName(source)), chunks);
    }

    private static String sourceName(ChunkSource s) {
        if (s instanceof GeneratedSource g) {
            return g.label();
        }
        if (s instanceof io.chunkwise.graph.DerivedSource d) {
            return d.name();
        }
        if (s instanceof io.chunkwise.graph.InMemorySource || s instanceof RowsSource) {
            return "array"; // Dask's name for from_array
        }
        String n = s.getClass().getSimpleName().replace("Source", "").toLowerCase(java.util.Locale.ROOT);
        return n.isEmpty() ? "source" : n;
    }

    /** The expression node (for the graph, display and I/O layers). */
    public Expr expr() {
        return expr;
    }

    // ---- metadata ----

    public long[] shape() {
        return expr.shape().clone();
    }

    public int ndim() {
        return expr.shape().length;
    }

    /** Number of elements. */
    public long size() {
        long n = 1;
        for (long s : expr.shape()) {
            n *= s;
        }
        return n;
    }

    public DType dtype() {
        return expr.dtype();
    }

    public Chunks chunks() {
        Chunks c = chunks;
        if (c == null) {
            synchronized (this) {
                if (chunks == null) {
                    chunks = lazyChunks.get();
                }
                c = chunks;
            }
        }
        return c;
    }

    /** Bytes the whole array would take in memory. */
    public long nbytes() {
        return size() * dtype().itemSize();
    }

    public long numChunks() {
        return chunks().numChunks();
    }

    /** The name of the last operation, e.g. {@code "mul"}, {@code "sum"}, {@code "random"}. */
    public String name() {
        return expr.name();
    }

    /** Distinct operations in the expression before fusion (Dask's "graph layers"). */
    public int graphLayers() {
        return GraphInfo.layers(this).size();
    }

    /** Tasks that computing this array runs after fusion (one per chunk per pass). */
    public long taskCount() {
        return GraphInfo.taskCount(this);
    }

    /** The layers of the expression, bottom up, with what fuses into what. */
    public List<GraphInfo.Layer> graph() {
        return GraphInfo.layers(this);
    }

    /** Warnings found from metadata alone, e.g. an integer product that can overflow its dtype. */
    public List<String> warnings() {
        return OverflowCheck.warnings(expr);
    }

    // ---- elementwise ----

    public ChunkedArray add(ChunkedArray o) {
        return Elementwise.binary(Op.ADD, this, o);
    }

    public ChunkedArray add(long v) {
        return Elementwise.scalar(Op.ADD, this, v, false);
    }

    public ChunkedArray add(double v) {
        return Elementwise.scalar(Op.ADD, this, v, true);
    }

    public ChunkedArray sub(ChunkedArray o) {
        return Elementwise.binary(Op.SUB, this, o);
    }

    public ChunkedArray sub(long v) {
        return Elementwise.scalar(Op.SUB, this, v, false);
    }

    public ChunkedArray sub(double v) {
        return Elementwise.scalar(Op.SUB, this, v, true);
    }

    public ChunkedArray mul(ChunkedArray o) {
        return Elementwise.binary(Op.MUL, this, o);
    }

    public ChunkedArray mul(long v) {
        return Elementwise.scalar(Op.MUL, this, v, false);
    }

    public ChunkedArray mul(double v) {
        return Elementwise.scalar(Op.MUL, this, v, true);
    }

    /** True division: integer inputs give FLOAT64, as in NumPy. */
    public ChunkedArray div(ChunkedArray o) {
        return Elementwise.binary(Op.DIV, this, o);
    }

    public ChunkedArray div(long v) {
        return Elementwise.scalar(Op.DIV, this, v, false);
    }

    public ChunkedArray div(double v) {
        return Elementwise.scalar(Op.DIV, this, v, true);
    }

    public ChunkedArray pow(ChunkedArray o) {
        return Elementwise.binary(Op.POW, this, o);
    }

    public ChunkedArray pow(long v) {
        return Elementwise.scalar(Op.POW, this, v, false);
    }

    public ChunkedArray pow(double v) {
        return Elementwise.scalar(Op.POW, this, v, true);
    }

    /** Remainder with the sign of the divisor (NumPy's {@code mod}); integer division by zero gives 0. */
    public ChunkedArray mod(ChunkedArray o) {
        return Elementwise.binary(Op.MOD, this, o);
    }

    public ChunkedArray mod(long v) {
        return Elementwise.scalar(Op.MOD, this, v, false);
    }

    public ChunkedArray mod(double v) {
        return Elementwise.scalar(Op.MOD, this, v, true);
    }

    /** Elementwise maximum; NaN propagates. */
    public ChunkedArray maximum(ChunkedArray o) {
        return Elementwise.binary(Op.MAXIMUM, this, o);
    }

    public ChunkedArray maximum(double v) {
        return Elementwise.scalar(Op.MAXIMUM, this, v, v != Math.rint(v));
    }

    /** Elementwise minimum; NaN propagates. */
    public ChunkedArray minimum(ChunkedArray o) {
        return Elementwise.binary(Op.MINIMUM, this, o);
    }

    public ChunkedArray minimum(double v) {
        return Elementwise.scalar(Op.MINIMUM, this, v, v != Math.rint(v));
    }

    public ChunkedArray neg() {
        return Elementwise.unary(Op.NEG, this);
    }

    public ChunkedArray abs() {
        return Elementwise.unary(Op.ABS, this);
    }

    public ChunkedArray sqrt() {
        return Elementwise.unary(Op.SQRT, this);
    }

    public ChunkedArray exp() {
        return Elementwise.unary(Op.EXP, this);
    }

    public ChunkedArray log() {
        return Elementwise.unary(Op.LOG, this);
    }

    public ChunkedArray log10() {
        return Elementwise.unary(Op.LOG10, this);
    }

    public ChunkedArray sin() {
        return Elementwise.unary(Op.SIN, this);
    }

    public ChunkedArray cos() {
        return Elementwise.unary(Op.COS, this);
    }

    public ChunkedArray floor() {
        return Elementwise.unary(Op.FLOOR, this);
    }

    public ChunkedArray ceil() {
        return Elementwise.unary(Op.CEIL, this);
    }

    public ChunkedArray gt(ChunkedArray o) {
        return Elementwise.binary(Op.GT, this, o);
    }

    public ChunkedArray gt(double v) {
        return Elementwise.scalar(Op.GT, this, v, v != Math.rint(v));
    }

    public ChunkedArray ge(ChunkedArray o) {
        return Elementwise.binary(Op.GE, this, o);
    }

    public ChunkedArray ge(double v) {
        return Elementwise.scalar(Op.GE, this, v, v != Math.rint(v));
    }

    public ChunkedArray lt(ChunkedArray o) {
        return Elementwise.binary(Op.LT, this, o);
    }

    public ChunkedArray lt(double v) {
        return Elementwise.scalar(Op.LT, this, v, v != Math.rint(v));
    }

    public ChunkedArray le(ChunkedArray o) {
        return Elementwise.binary(Op.LE, this, o);
    }

    public ChunkedArray le(double v) {
        return Elementwise.scalar(Op.LE, this, v, v != Math.rint(v));
    }

    public ChunkedArray eq(ChunkedArray o) {
        return Elementwise.binary(Op.EQ, this, o);
    }

    public ChunkedArray eq(double v) {
        return Elementwise.scalar(Op.EQ, this, v, v != Math.rint(v));
    }

    public ChunkedArray ne(ChunkedArray o) {
        return Elementwise.binary(Op.NE, this, o);
    }

    public ChunkedArray ne(double v) {
        return Elementwise.scalar(Op.NE, this, v, v != Math.rint(v));
    }

    /** Logical and of two BOOL arrays. */
    public ChunkedArray and(ChunkedArray o) {
        return Elementwise.binary(Op.AND, this, o);
    }

    /** Logical or of two BOOL arrays. */
    public ChunkedArray or(ChunkedArray o) {
        return Elementwise.binary(Op.OR, this, o);
    }

    /** Logical not of a BOOL array. */
    public ChunkedArray not() {
        return Elementwise.unary(Op.NOT, this);
    }

    /** BOOL array, true where the value is NaN (never for integer arrays). */
    public ChunkedArray isnan() {
        return Elementwise.unary(Op.ISNAN, this);
    }

    /** Values limited to {@code [lo, hi]}; NaN stays NaN. */
    public ChunkedArray clip(double lo, double hi) {
        return Elementwise.clip(this, lo, hi);
    }

    /** Converts to another dtype with NumPy's casting (truncation toward zero, integer wrap-around). */
    public ChunkedArray astype(DType dtype) {
        return Elementwise.astype(this, dtype);
    }

    // ---- reductions (each returns a lazy array; compute().item() gives a scalar) ----

    public ChunkedArray sum(int... axes) {
        return Reductions.reduce(this, ReduceOp.SUM, axes, false, 0);
    }

    public ChunkedArray sum(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.SUM, axes, keepDims, 0);
    }

    public ChunkedArray prod(int... axes) {
        return Reductions.reduce(this, ReduceOp.PROD, axes, false, 0);
    }

    public ChunkedArray prod(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.PROD, axes, keepDims, 0);
    }

    public ChunkedArray mean(int... axes) {
        return Reductions.reduce(this, ReduceOp.MEAN, axes, false, 0);
    }

    public ChunkedArray mean(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.MEAN, axes, keepDims, 0);
    }

    public ChunkedArray min(int... axes) {
        return Reductions.reduce(this, ReduceOp.MIN, axes, false, 0);
    }

    public ChunkedArray min(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.MIN, axes, keepDims, 0);
    }

    public ChunkedArray max(int... axes) {
        return Reductions.reduce(this, ReduceOp.MAX, axes, false, 0);
    }

    public ChunkedArray max(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.MAX, axes, keepDims, 0);
    }

    /** Population standard deviation (ddof 0). */
    public ChunkedArray std(int... axes) {
        return Reductions.reduce(this, ReduceOp.STD, axes, false, 0);
    }

    /** Standard deviation dividing by {@code n - ddof}. */
    public ChunkedArray std(int ddof, boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.STD, axes, keepDims, ddof);
    }

    /** Population variance (ddof 0). */
    public ChunkedArray var(int... axes) {
        return Reductions.reduce(this, ReduceOp.VAR, axes, false, 0);
    }

    /** Variance dividing by {@code n - ddof}. */
    public ChunkedArray var(int ddof, boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.VAR, axes, keepDims, ddof);
    }

    public ChunkedArray any(int... axes) {
        return Reductions.reduce(this, ReduceOp.ANY, axes, false, 0);
    }

    public ChunkedArray any(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.ANY, axes, keepDims, 0);
    }

    public ChunkedArray all(int... axes) {
        return Reductions.reduce(this, ReduceOp.ALL, axes, false, 0);
    }

    public ChunkedArray all(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.ALL, axes, keepDims, 0);
    }

    public ChunkedArray countNonzero(int... axes) {
        return Reductions.reduce(this, ReduceOp.COUNT_NONZERO, axes, false, 0);
    }

    public ChunkedArray countNonzero(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.COUNT_NONZERO, axes, keepDims, 0);
    }

    /** Flat (C-order) index of the smallest value; the first NaN wins, as in NumPy. */
    public ChunkedArray argmin() {
        return Reductions.arg(this, ReduceOp.ARGMIN, null);
    }

    /** Index of the smallest value along one axis. */
    public ChunkedArray argmin(int axis) {
        return Reductions.arg(this, ReduceOp.ARGMIN, axis);
    }

    /** Flat (C-order) index of the largest value; the first NaN wins, as in NumPy. */
    public ChunkedArray argmax() {
        return Reductions.arg(this, ReduceOp.ARGMAX, null);
    }

    /** Index of the largest value along one axis. */
    public ChunkedArray argmax(int axis) {
        return Reductions.arg(this, ReduceOp.ARGMAX, axis);
    }

    public ChunkedArray nansum(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANSUM, axes, false, 0);
    }

    public ChunkedArray nansum(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANSUM, axes, keepDims, 0);
    }

    public ChunkedArray nanmean(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMEAN, axes, false, 0);
    }

    public ChunkedArray nanmean(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMEAN, axes, keepDims, 0);
    }

    public ChunkedArray nanmin(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMIN, axes, false, 0);
    }

    public ChunkedArray nanmin(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMIN, axes, keepDims, 0);
    }

    public ChunkedArray nanmax(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMAX, axes, false, 0);
    }

    public ChunkedArray nanmax(boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANMAX, axes, keepDims, 0);
    }

    public ChunkedArray nanstd(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANSTD, axes, false, 0);
    }

    public ChunkedArray nanstd(int ddof, boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANSTD, axes, keepDims, ddof);
    }

    public ChunkedArray nanvar(int... axes) {
        return Reductions.reduce(this, ReduceOp.NANVAR, axes, false, 0);
    }

    public ChunkedArray nanvar(int ddof, boolean keepDims, int... axes) {
        return Reductions.reduce(this, ReduceOp.NANVAR, axes, keepDims, ddof);
    }

    // ---- histograms ----

    /** A lazy histogram of {@code bins} equal bins over {@code [min, max]} (NumPy's rule). */
    public LazyHistogram histogram(int bins, double min, double max) {
        return LazyHistogram.of(this, bins, min, max);
    }

    /** A lazy histogram over the data's own [min, max], found in one min/max pass before counting. */
    public LazyHistogram histogram(int bins) {
        return LazyHistogram.of(this, bins);
    }

    // ---- structure: slicing, rechunk, transpose, reshape, joins (issue 3A) ----

    /**
     * The part selected by one {@link Slice} per axis (fewer slices than axes: the rest whole), as
     * NumPy's {@code x[a:b:s, i, ...]}; {@link Slice#at} drops its axis. Output chunks follow the
     * input chunks' boundaries mapped through the slice (small neighbours merged up to the largest
     * input chunk), and computing reads only the input chunks the slice touches.
     */
    public ChunkedArray slice(Slice... perAxis) {
        return Indexing.slice(this, perAxis);
    }

    /**
     * The entries at {@code indices} along {@code axis} (negative indices count from the end), as
     * NumPy's {@code take}; out-of-range indices fail at once. Output chunks group consecutive
     * indices that fall in one input chunk, no longer than the largest input chunk.
     */
    public ChunkedArray take(long[] indices, int axis) {
        return Indexing.take(this, indices, axis);
    }

    /**
     * The values where {@code mask} (BOOL, this array's shape) is true, in C order, as a 1-d array
     * (NumPy's {@code x[mask]}). Output chunk k holds the selected values of the k-th chunk (that
     * has any) of the flattened array, {@code reshape(-1)}, whose chunks are C-order runs no larger
     * than this array's; their lengths come from a counting pass over the mask, so they are exact.
     */
    public ChunkedArray compress(ChunkedArray mask) {
        return CompressSource.compress(this, mask);
    }

    /**
     * The same values over another chunk grid ({@link Chunks#normalize} spellings: one value for
     * every axis, one per axis, -1 for a whole axis, none for auto). Each new chunk reads its own
     * region, so no task holds more than its output chunk and the input pieces that overlap it.
     */
    public ChunkedArray rechunk(int... chunks) {
        return Indexing.rechunk(this, chunks);
    }

    /** The same values over an explicit chunk grid of this array's shape. */
    public ChunkedArray rechunk(Chunks chunks) {
        return Indexing.rechunk(this, chunks);
    }

    /** Axes permuted: output axis i is input axis {@code axes[i]}; no axes reverses them. */
    public ChunkedArray transpose(int... axes) {
        return Indexing.transpose(this, axes);
    }

    /**
     * The same elements in C order under another shape (one length may be -1, inferred). Chunks
     * stay where axes are unchanged; elsewhere they are C-order runs no larger than the input's.
     */
    public ChunkedArray reshape(long... shape) {
        return Reshaping.reshape(this, shape);
    }

    /** Every length-1 axis removed. */
    public ChunkedArray squeeze() {
        return Indexing.squeeze(this);
    }

    /** The given axes removed; each must have length 1. */
    public ChunkedArray squeeze(int... axes) {
        return Indexing.squeeze(this, axes);
    }

    /** A new length-1 axis at position {@code axis} of the result (negative counts from the end). */
    public ChunkedArray expandDims(int axis) {
        return Indexing.expandDims(this, axis);
    }

    /** The order of entries along {@code axis} reversed. */
    public ChunkedArray flip(int axis) {
        return Indexing.flip(this, axis);
    }

    // ---- user functions and neighbourhoods: mapBlocks, mapOverlap, coarsen, cumulative (issue 3B) ----

    /**
     * Applies {@code fn} to every block (chunk) of this array; the result has the same chunks and the
     * declared dtype, which is never guessed by calling {@code fn}. A block whose result has another
     * shape or dtype fails the computation with a {@link BlockResultException} naming the block.
     */
    public ChunkedArray mapBlocks(BlockFunction fn, DType outType) {
        return BlockOps.mapBlocks(this, fn, outType, chunks());
    }

    /**
     * As {@link #mapBlocks(BlockFunction, DType)} with declared output chunks: block {@code i} of
     * the output (shape {@code outChunks.region(i)}) comes from block {@code i} of this array, so
     * {@code outChunks} must have the same number of blocks along every axis.
     */
    public ChunkedArray mapBlocks(BlockFunction fn, DType outType, Chunks outChunks) {
        return BlockOps.mapBlocks(this, fn, outType, outChunks);
    }

    /**
     * Applies {@code fn} to every block grown by {@code depth} elements on each side (one value for
     * all axes or one per axis), filled from the neighbouring blocks and, beyond the array's edges,
     * by {@code boundary}; the halo is trimmed from each result, so the output has this array's
     * shape and chunks. {@code fn} must return an array of the grown block's shape and
     * {@code outType}. Halos are read as the grown region only, never whole neighbours.
     */
    public ChunkedArray mapOverlap(int[] depth, Boundary boundary, BlockFunction fn, DType outType) {
        return BlockOps.mapOverlap(this, depth, boundary, fn, outType);
    }

    /**
     * Block downsampling: each output element combines a window of {@code factors} elements (one
     * value for all axes or one per axis), like NumPy's reshape-then-reduce; every axis length must
     * be a multiple of its factor. See {@link Reducer} for the result dtypes.
     */
    public ChunkedArray coarsen(Reducer reducer, int... factors) {
        return BlockOps.coarsen(this, reducer, factors);
    }

    /**
     * Running sum along {@code axis}, bit-for-bit NumPy's {@code cumsum}: integer and bool input
     * give INT64 (UINT64 for unsigned), floats keep their dtype and accumulate in it in axis order.
     * Computing it runs one extra pass that finds the carry entering each chunk along the axis (in
     * parallel over chunks for integers, in parallel over the other axes' chunks for floats).
     */
    public ChunkedArray cumsum(int axis) {
        return BlockOps.cumulative(this, axis, false);
    }

    /** Running product along {@code axis}, bit-for-bit NumPy's {@code cumprod} (dtypes as {@link #cumsum}). */
    public ChunkedArray cumprod(int axis) {
        return BlockOps.cumulative(this, axis, true);
    }

    // ---- statistics and linear algebra: quantiles, median, matmul, unique, bincount (issue 3C) ----

    /**
     * The exact {@code q}-quantile of all values (0-d FLOAT64), equal to {@code np.quantile(x, q)}
     * (method 'linear'); NaN if any value is NaN. Computed in a few passes over the data (at most
     * 16 Mi values gathered at once), never holding the whole array; the result is kept once computed.
     */
    public ChunkedArray quantile(double q) {
        return Quantiles.quantile(this, new double[] {q}, true, new int[0]);
    }

    /** The exact quantiles of all values for several q's (1-d FLOAT64, one per q), in the same passes. */
    public ChunkedArray quantile(double[] qs) {
        return Quantiles.quantile(this, qs, false, new int[0]);
    }

    /** The exact {@code q}-quantile along one axis ({@code np.quantile(x, q, axis=axis)}); FLOAT64. */
    public ChunkedArray quantile(double q, int axis) {
        return Quantiles.quantile(this, new double[] {q}, true, new int[] {axis});
    }

    /** Exact quantiles along one axis for several q's: shape (q's, kept axes...), as in NumPy. */
    public ChunkedArray quantile(double[] qs, int axis) {
        return Quantiles.quantile(this, qs, false, new int[] {axis});
    }

    /**
     * The exact median over the given axes (none = all), equal to {@code np.median}: the mean of the
     * middle one or two values, FLOAT32 for FLOAT32 input and FLOAT64 otherwise; NaN where a value is
     * NaN or there are no values.
     */
    public ChunkedArray median(int... axes) {
        return Quantiles.median(this, axes);
    }

    /**
     * The matrix product {@code this · other} of two 2-d arrays, lazily, in parallel output blocks
     * of at most 1024 × 1024 that each read one row panel of this array and one column panel of the
     * other, slab by slab. The dtype follows NumPy's promotion: integers wrap around in their type
     * as in NumPy (exactly NumPy's values), bool gives bool; float inputs accumulate in float64
     * (FLOAT32 results are rounded from float64 sums, slightly more accurate than NumPy's).
     */
    public ChunkedArray matmul(ChunkedArray other) {
        return Matmul.of(this, other);
    }

    /**
     * The sorted distinct values of an integer or bool array (1-d, same dtype), as {@code np.unique};
     * float arrays are rejected. The number of values is found by a pass over the data when the
     * array is built (its shape must be exact); the values are kept from that pass.
     */
    public ChunkedArray unique() {
        return IntegerCounts.unique(this);
    }

    /**
     * How often each value 0, 1, ..., max occurs among all elements of an integer or bool array
     * (INT64, as {@code np.bincount}; NumPy wants 1-d input, here every element counts). The length
     * comes from a min/max pass run when the array is built, which rejects negative values; the
     * counts are computed lazily.
     */
    public ChunkedArray bincount() {
        return IntegerCounts.bincount(this, 0);
    }

    /** As {@link #bincount()}, with at least {@code minLength} bins. */
    public ChunkedArray bincount(int minLength) {
        return IntegerCounts.bincount(this, minLength);
    }

    // ---- execution ----

    /** Computes the array into memory with the default scheduler. */
    public DenseArray compute() {
        return compute(Scheduler.defaultScheduler());
    }

    /**
     * Computes the array into memory. Fails before any work with {@link ResultTooLargeException}
     * when the result cannot be held; interrupting the calling thread cancels the work.
     */
    public DenseArray compute(Scheduler scheduler) {
        return Engine.compute(List.of(new Engine.Root(expr, chunks())), scheduler).get(0);
    }

    /** Computes every chunk and keeps them in memory; the result reads from them. */
    public ChunkedArray persist() {
        return persist(Scheduler.defaultScheduler());
    }

    public ChunkedArray persist(Scheduler scheduler) {
        Engine.checkFits(shape(), dtype(), "persisting " + name());
        Chunks grid = chunks();
        Object[] buffers = Engine.chunks(expr, grid, scheduler);
        return new ChunkedArray(new Expr.Source(new PersistedSource(grid, dtype(), buffers), "persisted " + name()),
                grid);
    }

    /** Streams the array into a sink chunk by chunk (regions aligned to the sink's blocks). */
    public void store(ChunkSink sink) {
        store(sink, Scheduler.defaultScheduler());
    }

    public void store(ChunkSink sink, Scheduler scheduler) {
        int[] block = sink.blockShape();
        Chunks grid = block == null ? chunks() : Chunks.regular(expr.shape(), clampBlock(block));
        Engine.store(expr, grid, sink, scheduler);
    }

    private int[] clampBlock(int[] block) {
        if (block.length != ndim()) {
            throw new IllegalArgumentException("the sink wants blocks of rank " + block.length + " but the array is "
                    + ndim() + "-d");
        }
        int[] b = new int[block.length];
        for (int a = 0; a < b.length; a++) {
            b[a] = (int) Math.max(1, Math.min(block[a], Math.max(1, expr.shape()[a])));
        }
        return b;
    }

    /** Writes a 2-d (or band, row, col) array as a tiled, compressed GeoTIFF, chunk by chunk. */
    public void toGeoTiff(java.nio.file.Path target, io.chunkwise.io.geotiff.GeoTiffWriteOptions options) {
        io.chunkwise.io.geotiff.GeoTiffWriter.write(this, target, options);
    }

    /** Writes a GeoTIFF with the default options (DEFLATE, 256-pixel tiles, no georeferencing). */
    public void toGeoTiff(java.nio.file.Path target) {
        toGeoTiff(target, io.chunkwise.io.geotiff.GeoTiffWriteOptions.defaults());
    }

    /** Writes the array to a .npy file chunk by chunk (temporary file renamed into place). */
    public void toNpy(java.nio.file.Path target) {
        io.chunkwise.io.npy.Npy.write(this, target);
    }

    /** Stores the array as a Zarr v2 directory (no chunks: this array's chunks if regular, else auto). */
    public void toZarr(java.nio.file.Path target, io.chunkwise.io.zarr.ZarrCompression compression, int... chunks) {
        io.chunkwise.io.zarr.Zarr.write(this, target, compression, chunks);
    }

    /** Stores the array as a zlib-compressed Zarr v2 directory. */
    public void toZarr(java.nio.file.Path target, int... chunks) {
        toZarr(target, io.chunkwise.io.zarr.ZarrCompression.zlib(5), chunks);
    }

    @Override
    public String toString() {
        return "ChunkedArray<" + name() + ", shape=" + Shapes.format(expr.shape()) + ", dtype=" + dtype()
                + ", chunksize=" + Shapes.format(chunks().maxChunk()) + ", chunks=" + numChunks() + ">";
    }
}
