package io.chunkwise.array;

/**
 * What {@link ChunkedArray#slice} selects along one axis: a range with a step (Python's
 * {@code start:stop:step}, negative values counting from the end and out-of-range bounds clamped, as
 * NumPy does), the whole axis, or a single index that drops the axis. Immutable.
 *
 * <p>{@code null} bounds in {@link #range(Long, Long, long)} mean "omitted" as in Python:
 * {@code Slice.range(null, null, -1)} is {@code ::-1}.
 */
public final class Slice {
    private final Long start;
    private final Long stop;
    private final long step;
    private final boolean index;

    private Slice(Long start, Long stop, long step, boolean index) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.index = index;
    }

    /** Indices {@code start <= i < stop} ({@code start:stop}); negative bounds count from the end. */
    public static Slice range(long start, long stop) {
        return new Slice(start, stop, 1, false);
    }

    /** Python's {@code start:stop:step}; a negative step walks backwards; a zero step is an error. */
    public static Slice range(long start, long stop, long step) {
        return range((Long) start, (Long) stop, step);
    }

    /** As {@link #range(long, long, long)} with omitted ({@code null}) bounds allowed, e.g. {@code ::-1}. */
    public static Slice range(Long start, Long stop, long step) {
        if (step == 0) {
            throw new IllegalArgumentException("slice step cannot be zero (in " + spell(start, stop, step)
                    + "); use a positive step to walk forwards or a negative one to walk backwards");
        }
        return new Slice(start, stop, step, false);
    }

    /** The whole axis ({@code :}). */
    public static Slice all() {
        return new Slice(null, null, 1, false);
    }

    /** One index, dropping the axis; a negative index counts from the end. */
    public static Slice at(long i) {
        return new Slice(i, null, 1, true);
    }

    /** True for {@link #at}: the axis is dropped. */
    public boolean dropsAxis() {
        return index;
    }

    /** The selected input indices along an axis of length {@code n} (the index of {@link #at} checked). */
    AxisMap.Range resolve(long n, int axis) {
        if (index) {
            long i = start < 0 ? start + n : start;
            if (i < 0 || i >= n) {
                throw new IndexOutOfBoundsException("index " + start + " is out of bounds for axis " + axis
                        + " with size " + n + "; expected " + (-n) + " to " + (n - 1));
            }
            return new AxisMap.Range(i, 1, 1);
        }
        long first = adjust(start, n, step < 0 ? n - 1 : 0);
        long end = adjust(stop, n, step < 0 ? -1 : n);
        long count;
        if (step > 0) {
            count = first < end ? (end - first - 1) / step + 1 : 0;
        } else {
            long mag = step == Long.MIN_VALUE ? Long.MAX_VALUE : -step;
            count = end < first ? (first - end - 1) / mag + 1 : 0;
        }
        long st = count <= 1 ? (step > 0 ? 1 : -1) : step;
        return new AxisMap.Range(count == 0 ? 0 : first, st, count);
    }

    /** Python's PySlice_AdjustIndices for one bound. */
    private long adjust(Long bound, long n, long omitted) {
        if (bound == null) {
            return omitted;
        }
        long b = bound;
        if (b < 0) {
            b += n;
            if (b < 0) {
                b = step < 0 ? -1 : 0;
            }
        } else if (b >= n) {
            b = step < 0 ? n - 1 : n;
        }
        return b;
    }

    private static String spell(Long start, Long stop, long step) {
        return (start == null ? "" : start) + ":" + (stop == null ? "" : stop) + (step == 1 ? "" : ":" + step);
    }

    /** Python's spelling: {@code 2:10:3}, {@code ::-1}, {@code 5} for an index. */
    @Override
    public String toString() {
        return index ? String.valueOf(start) : spell(start, stop, step);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Slice s && java.util.Objects.equals(start, s.start) && java.util.Objects.equals(stop, s.stop)
                && step == s.step && index == s.index;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(start, stop, step, index);
    }
}
