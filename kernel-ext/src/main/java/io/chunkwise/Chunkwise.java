package io.chunkwise;

import io.chunkwise.array.ChunkedArray;
import io.chunkwise.array.DType;
import io.chunkwise.array.DenseArray;
import io.chunkwise.array.Sources;
import io.chunkwise.graph.Engine;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door: static factories for lazy chunked arrays, joins, and computing several arrays in
 * one pass. Chunk arguments: one value applies to every axis, one per axis otherwise, {@code -1}
 * means the whole axis, and none means "auto" (about {@value io.chunkwise.array.Chunks#AUTO_TARGET_BYTES}
 * bytes per chunk, aligned to a file's native blocks).
 */
public final class Chunkwise {
    private Chunkwise() {
    }

    // ---- from memory ----

    public static ChunkedArray fromArray(double[] data, int chunk) {
        return Sources.flat(data, DType.FLOAT64, new long[] {data.length}, chunk);
    }

    public static ChunkedArray fromArray(float[] data, int chunk) {
        return Sources.flat(data, DType.FLOAT32, new long[] {data.length}, chunk);
    }

    public static ChunkedArray fromArray(long[] data, int chunk) {
        return Sources.flat(data, DType.INT64, new long[] {data.length}, chunk);
    }

    public static ChunkedArray fromArray(int[] data, int chunk) {
        return Sources.flat(data, DType.INT32, new long[] {data.length}, chunk);
    }

    public static ChunkedArray fromArray(short[] data, int chunk) {
        return Sources.flat(data, DType.INT16, new long[] {data.length}, chunk);
    }

    public static ChunkedArray fromArray(byte[] data, int chunk) {
        return Sources.flat(data, DType.INT8, new long[] {data.length}, chunk);
    }

    /** A matrix read in place (not copied): rows of equal length. */
    public static ChunkedArray fromArray(double[][] data, int... chunks) {
        return Sources.rows(data, DType.FLOAT64, chunks);
    }

    public static ChunkedArray fromArray(float[][] data, int... chunks) {
        return Sources.rows(data, DType.FLOAT32, chunks);
    }

    public static ChunkedArray fromArray(long[][] data, int... chunks) {
        return Sources.rows(data, DType.INT64, chunks);
    }

    public static ChunkedArray fromArray(int[][] data, int... chunks) {
        return Sources.rows(data, DType.INT32, chunks);
    }

    public static ChunkedArray fromArray(short[][] data, int... chunks) {
        return Sources.rows(data, DType.INT16, chunks);
    }

    public static ChunkedArray fromArray(byte[][] data, int... chunks) {
        return Sources.rows(data, DType.INT8, chunks);
    }

    /**
     * An n-d C-order buffer (not copied) read as {@code dtype}, e.g. a {@code short[]} read as UINT16.
     * The buffer's Java type must be the dtype's storage type.
     */
    public static ChunkedArray fromBuffer(Object primitiveArray, DType dtype, long[] shape, int... chunks) {
        return Sources.flat(primitiveArray, dtype, shape, chunks);
    }

    /** A computed array as a lazy one (for mixing results back into expressions). */
    public static ChunkedArray fromDense(DenseArray array, int... chunks) {
        return Sources.flat(array.data(), array.dtype(), array.shape(), chunks);
    }

    // ---- generated ----

    public static ChunkedArray zeros(DType dtype, long[] shape, int... chunks) {
        return Sources.full(0, dtype, shape, chunks);
    }

    public static ChunkedArray ones(DType dtype, long[] shape, int... chunks) {
        return Sources.full(1, dtype, shape, chunks);
    }

    public static ChunkedArray full(double value, DType dtype, long[] shape, int... chunks) {
        return Sources.full(value, dtype, shape, chunks);
    }

    /** 0, 1, ..., n-1 as INT64. */
    public static ChunkedArray arange(long n, int chunk) {
        return Sources.arange(n, chunk);
    }

    /** {@code num} evenly spaced FLOAT64 values from start to stop inclusive, as NumPy's linspace. */
    public static ChunkedArray linspace(double start, double stop, long num, int chunk) {
        return Sources.linspace(start, stop, num, chunk);
    }

    /**
     * Uniform FLOAT64 values in [0, 1). Each value depends only on the seed and its index, so the
     * same seed gives the same array under any chunking and scheduler.
     */
    public static ChunkedArray random(long seed, long[] shape, int... chunks) {
        return Sources.random(seed, shape, chunks);
    }

    /** Normal FLOAT64 values (Box–Muller on the same counter-based generator as {@link #random}). */
    public static ChunkedArray normal(long seed, double mean, double std, long[] shape, int... chunks) {
        if (!(std >= 0) || Double.isInfinite(std) || Double.isNaN(mean) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("normal needs a finite mean and a finite std >= 0; got mean "
                    + mean + ", std " + std);
        }
        return Sources.normal(seed, mean, std, shape, chunks);
    }

    // ---- files ----

    /** Opens a GeoTIFF lazily: metadata now, pixels only when chunks are computed. */
    public static io.chunkwise.io.geotiff.GeoTiff openGeoTiff(java.nio.file.Path path) {
        return io.chunkwise.io.geotiff.GeoTiff.open(path);
    }

    public static io.chunkwise.io.geotiff.GeoTiff openGeoTiff(String path) {
        return openGeoTiff(java.nio.file.Path.of(path));
    }

    /** Opens a .npy file memory-mapped and lazily; no chunks means "auto". */
    public static ChunkedArray openNpy(java.nio.file.Path path, int... chunks) {
        return io.chunkwise.io.npy.Npy.open(path, chunks);
    }

    /** A lazy array over a Zarr v2 directory store; no chunks means "auto", in multiples of the Zarr chunks. */
    public static ChunkedArray openZarr(java.nio.file.Path dir, int... chunks) {
        return io.chunkwise.io.zarr.Zarr.open(dir, chunks);
    }

    // ---- combining ----

    /** {@code a} where {@code cond} is true (non-zero), else {@code b}; all three broadcast. */
    public static ChunkedArray where(ChunkedArray cond, ChunkedArray a, ChunkedArray b) {
        return Sources.where(cond, a, b);
    }

    /** As {@link #where(ChunkedArray, ChunkedArray, ChunkedArray)} with scalar branches (weak scalars). */
    public static ChunkedArray where(ChunkedArray cond, double a, ChunkedArray b) {
        return Sources.where(cond, Sources.scalarLike(a, b.dtype()), b);
    }

    public static ChunkedArray where(ChunkedArray cond, ChunkedArray a, double b) {
        return Sources.where(cond, a, Sources.scalarLike(b, a.dtype()));
    }

    // ---- joins: concatenate, stack (issue 3A) ----

    /**
     * Arrays joined along an existing axis, as NumPy's {@code concatenate}: shapes must match except
     * along {@code axis}; the dtype is their promotion; the chunk lists along the axis are joined.
     */
    public static ChunkedArray concatenate(int axis, ChunkedArray... arrays) {
        return io.chunkwise.array.Joins.concatenate(axis, arrays);
    }

    /** Arrays of one shape joined along a new axis (one chunk per array along it), as NumPy's {@code stack}. */
    public static ChunkedArray stack(int axis, ChunkedArray... arrays) {
        return io.chunkwise.array.Joins.stack(axis, arrays);
    }

    // ---- linear algebra: dot, tensordot (issue 3C) ----

    /** The matrix product of two 2-d arrays, as {@code np.dot} for 2-d input; see {@link ChunkedArray#matmul}. */
    public static ChunkedArray dot(ChunkedArray a, ChunkedArray b) {
        return a.matmul(b);
    }

    /** Computes several arrays in one pass per grid, reading inputs they share once. */
    public static List<DenseArray> compute(ChunkedArray... arrays) {
        return compute(Scheduler.defaultScheduler(), arrays);
    }

    public static List<DenseArray> compute(Scheduler scheduler, ChunkedArray... arrays) {
        List<Engine.Root> roots = new ArrayList<>();
        for (ChunkedArray a : arrays) {
            roots.add(new Engine.Root(a.expr(), a.chunks()));
        }
        return Engine.compute(roots, scheduler);
    }
}
