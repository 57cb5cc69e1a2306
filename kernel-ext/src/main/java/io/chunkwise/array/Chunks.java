package io.chunkwise.array;

import java.util.Arrays;

/**
 * The chunk grid of an array: the chunk lengths along every axis (regular or not) over a shape.
 *
 * <p>This is the one gate for every chunk spelling: {@link #normalize} turns a user's spec (one value
 * for every axis, one per axis, {@code -1} for a whole axis, nothing for "auto") into lengths, and
 * {@link #ofLengths} checks explicit lengths add up to the shape. Chunks along an axis are stored as
 * lengths plus cumulative starts, so a grid of a million chunks costs a few kilobytes.
 */
public final class Chunks {
    /**
     * The byte size "auto" aims at per chunk (smaller for arrays that would otherwise give fewer than
     * two chunks per core). Notebook 03 measures the plateau this sits on.
     */
    public static final long AUTO_TARGET_BYTES = 32L << 20;
    /** The most elements one chunk may hold: one Java array. */
    public static final long MAX_CHUNK_ELEMENTS = Integer.MAX_VALUE - 8;

    private final long[] shape;
    private final int[][] lengths;
    private final long[][] starts;

    private Chunks(long[] shape, int[][] lengths) {
        this.shape = shape;
        this.lengths = lengths;
        this.starts = new long[lengths.length][];
        for (int a = 0; a < lengths.length; a++) {
            long[] s = new long[lengths[a].length + 1];
            for (int i = 0; i < lengths[a].length; i++) {
                s[i + 1] = s[i] + lengths[a][i];
            }
            starts[a] = s;
        }
    }

    /**
     * Normalises a chunk spec over a shape. {@code spec} may be empty ("auto"), one value for every
     * axis, or one value per axis; {@code -1} (or a value larger than the axis) means the whole axis.
     */
    public static Chunks normalize(long[] shape, DType dtype, int... spec) {
        return normalize(shape, dtype, null, spec);
    }

    /**
     * As {@link #normalize(long[], DType, int...)}, with "auto" aligned to whole multiples of the
     * source's native blocks ({@code nativeBlock}, one per axis; may be null).
     */
    public static Chunks normalize(long[] shape, DType dtype, int[] nativeBlock, int... spec) {
        checkShape(shape);
        if (spec == null || spec.length == 0) {
            return auto(shape, dtype, nativeBlock);
        }
        if (spec.length != 1 && spec.length != shape.length) {
            throw new IllegalArgumentException("chunks " + Arrays.toString(spec) + " give " + spec.length
                    + " values for a " + shape.length + "-d array of shape " + Arrays.toString(shape)
                    + "; give one value for every axis or one per axis (-1 = whole axis)");
        }
        int[][] lengths = new int[shape.length][];
        long elements = 1;
        for (int a = 0; a < shape.length; a++) {
            int c = spec.length == 1 ? spec[0] : spec[a];
            if (c == 0 || c < -1) {
                throw new IllegalArgumentException("chunk size " + c + " along axis " + a
                        + " is invalid; expected a positive length or -1 for the whole axis");
            }
            long len = c == -1 || c > shape[a] ? shape[a] : c;
            if (len > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("a whole-axis chunk along axis " + a + " would hold "
                        + len + " elements; the most a chunk may hold is " + MAX_CHUNK_ELEMENTS);
            }
            lengths[a] = regular(shape[a], (int) Math.max(1, len));
            elements *= Math.max(1, len);
        }
        checkChunkElements(elements, shape);
        return new Chunks(shape.clone(), lengths);
    }

    /** Explicit (possibly irregular) chunk lengths per axis, checked against the shape. */
    public static Chunks ofLengths(long[] shape, int[][] lengths) {
        checkShape(shape);
        if (lengths.length != shape.length) {
            throw new IllegalArgumentException("chunk lengths are given for " + lengths.length
                    + " axes but the shape " + Arrays.toString(shape) + " has " + shape.length);
        }
        int[][] copy = new int[lengths.length][];
        long elements = 1;
        for (int a = 0; a < lengths.length; a++) {
            long sum = 0;
            int max = 0;
            for (int len : lengths[a]) {
                if (len < 0 || (len == 0 && shape[a] > 0)) {
                    throw new IllegalArgumentException("chunk length " + len + " along axis " + a
                            + " is invalid; expected positive lengths");
                }
                sum += len;
                max = Math.max(max, len);
            }
            if (sum != shape[a]) {
                throw new IllegalArgumentException("chunks along axis " + a + " add up to " + sum
                        + " but the shape is " + shape[a]);
            }
            copy[a] = lengths[a].clone();
            elements *= Math.max(1, max);
        }
        checkChunkElements(elements, shape);
        return new Chunks(shape.clone(), copy);
    }

    /** A regular grid: chunks of {@code chunk[a]} along axis a, the last one truncated. */
    public static Chunks regular(long[] shape, int[] chunk) {
        int[][] lengths = new int[shape.length][];
        for (int a = 0; a < shape.length; a++) {
            lengths[a] = regular(shape[a], chunk[a]);
        }
        return ofLengths(shape, lengths);
    }

    private static Chunks auto(long[] shape, DType dtype, int[] nativeBlock) {
        int n = shape.length;
        long total = 1;
        for (long s : shape) {
            total *= s;
        }
        // aim at AUTO_TARGET_BYTES, but give every core at least two chunks once the array passes 4 MiB
        long perCore = total * dtype.itemSize() / (2L * Runtime.getRuntime().availableProcessors());
        long targetBytes = Math.min(AUTO_TARGET_BYTES, Math.max(4L << 20 >> 2, perCore));
        long targetElements = Math.max(1, targetBytes / dtype.itemSize());
        long[] c = new long[n];
        long[] unit = new long[n];
        for (int a = 0; a < n; a++) {
            unit[a] = nativeBlock != null && nativeBlock[a] > 0 ? Math.min(nativeBlock[a], Math.max(1, shape[a])) : 1;
            c[a] = unit[a];
        }
        // grow the axes from the last (fastest varying) to the first, in whole units, until the target is met
        for (int a = n - 1; a >= 0; a--) {
            long others = 1;
            for (int b = 0; b < n; b++) {
                if (b != a) {
                    others *= c[b];
                }
            }
            long room = Math.max(1, targetElements / others);
            long want = Math.min(Math.max(1, shape[a]), Math.max(unit[a], room / unit[a] * unit[a]));
            if (nativeBlock == null && a < n - 1 && want < shape[a]) {
                // balance the remaining room over the leading axes instead of starving them
                long share = (long) Math.floor(Math.pow(room, 1.0 / (a + 1)));
                want = Math.min(Math.max(1, shape[a]), Math.max(1, share));
            }
            c[a] = want;
        }
        int[][] lengths = new int[n][];
        for (int a = 0; a < n; a++) {
            lengths[a] = regular(shape[a], (int) Math.min(Integer.MAX_VALUE, Math.max(1, c[a])));
        }
        return new Chunks(shape.clone(), lengths);
    }

    private static int[] regular(long extent, int chunk) {
        if (extent == 0) {
            return new int[] {0};
        }
        long count = (extent + chunk - 1) / chunk;
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("chunk size " + chunk + " over an axis of " + extent
                    + " gives " + count + " chunks; use larger chunks");
        }
        int[] out = new int[(int) count];
        Arrays.fill(out, chunk);
        out[out.length - 1] = (int) (extent - (count - 1) * chunk);
        return out;
    }

    private static void checkShape(long[] shape) {
        for (int a = 0; a < shape.length; a++) {
            if (shape[a] < 0) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " has a negative length "
                        + shape[a] + " along axis " + a);
            }
        }
    }

    private static void checkChunkElements(long elements, long[] shape) {
        if (elements > MAX_CHUNK_ELEMENTS) {
            throw new IllegalArgumentException("a chunk of this grid over shape " + Arrays.toString(shape)
                    + " would hold " + elements + " elements; the most a chunk may hold is "
                    + MAX_CHUNK_ELEMENTS + " (one Java array): choose smaller chunks");
        }
    }

    /** The array shape this grid covers. */
    public long[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    /** Number of chunks along axis {@code a}. */
    public int count(int axis) {
        return lengths[axis].length;
    }

    /** Chunk lengths along one axis. */
    public int[] lengths(int axis) {
        return lengths[axis].clone();
    }

    /** Length of chunk {@code i} along {@code axis}. */
    public int length(int axis, int i) {
        return lengths[axis][i];
    }

    /** First index of chunk {@code i} along {@code axis}. */
    public long start(int axis, int i) {
        return starts[axis][i];
    }

    /** The chunk along {@code axis} that holds {@code index}. */
    public int chunkAt(int axis, long index) {
        int i = Arrays.binarySearch(starts[axis], index);
        return i >= 0 ? Math.min(i, lengths[axis].length - 1) : -i - 2;
    }

    /** Total number of chunks (product of per-axis counts). */
    public long numChunks() {
        long n = 1;
        for (int[] l : lengths) {
            n *= l.length;
        }
        return n;
    }

    /** The grid's chunk counts per axis. */
    public int[] grid() {
        int[] g = new int[lengths.length];
        for (int a = 0; a < g.length; a++) {
            g[a] = lengths[a].length;
        }
        return g;
    }

    /** The largest chunk along every axis (what Dask calls {@code chunksize}). */
    public int[] maxChunk() {
        int[] m = new int[lengths.length];
        for (int a = 0; a < m.length; a++) {
            for (int l : lengths[a]) {
                m[a] = Math.max(m[a], l);
            }
        }
        return m;
    }

    /** True when every chunk along every axis but the last has the same length. */
    public boolean isRegular() {
        for (int[] l : lengths) {
            for (int i = 0; i + 1 < l.length; i++) {
                if (l[i] != l[0]) {
                    return false;
                }
            }
            if (l.length > 1 && l[l.length - 1] > l[0]) {
                return false;
            }
        }
        return true;
    }

    /** Chunk index of chunk number {@code linear} in C order. */
    public int[] unravel(long linear) {
        int[] idx = new int[lengths.length];
        for (int a = lengths.length - 1; a >= 0; a--) {
            int n = lengths[a].length;
            idx[a] = (int) (linear % n);
            linear /= n;
        }
        return idx;
    }

    /** The region (start and shape per axis) of the chunk with grid index {@code idx}. */
    public Region region(int[] idx) {
        long[] start = new long[idx.length];
        int[] size = new int[idx.length];
        for (int a = 0; a < idx.length; a++) {
            start[a] = starts[a][idx[a]];
            size[a] = lengths[a][idx[a]];
        }
        return new Region(start, size);
    }

    /** The same grid with axis {@code axis} replaced by the given lengths over a new extent. */
    Chunks withAxis(int axis, long extent, int[] axisLengths) {
        long[] s = shape.clone();
        s[axis] = extent;
        int[][] l = lengths.clone();
        l[axis] = axisLengths.clone();
        return new Chunks(s, l);
    }

    /** A grid built from per-axis lengths that are already known to be valid. */
    static Chunks trusted(long[] shape, int[][] lengths) {
        return new Chunks(shape, lengths);
    }

    int[][] lengthsUnsafe() {
        return lengths;
    }

    /** Elements in the largest chunk. */
    public long maxChunkElements() {
        long e = 1;
        for (int m : maxChunk()) {
            e *= m;
        }
        return e;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chunks c && Arrays.equals(shape, c.shape) && Arrays.deepEquals(lengths, c.lengths);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.deepHashCode(lengths);
    }

    /** Dask-like spelling: {@code ((1000, 1000, 500), (800,))}, shortened for long axes. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int a = 0; a < lengths.length; a++) {
            sb.append(a == 0 ? "" : ", ").append('(');
            int[] l = lengths[a];
            int show = Math.min(l.length, 6);
            for (int i = 0; i < show; i++) {
                sb.append(i == 0 ? "" : ", ").append(l[i]);
            }
            if (l.length > show) {
                sb.append(", ... ").append(l.length - show).append(" more");
            }
            sb.append(l.length == 1 ? ",)" : ")");
        }
        return sb.append(lengths.length == 1 ? ",)" : ")").toString();
    }
}
