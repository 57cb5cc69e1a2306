package io.chunkwise.array;

/**
 * What {@link ChunkedArray#mapOverlap} puts beyond the array's edges, following Dask's
 * {@code map_overlap} boundaries. Each equals one NumPy {@code np.pad} mode (checked against
 * {@code np.pad} in the tests, for any depth):
 * <ul>
 *   <li>{@link #reflect()}: mirror including the edge value, {@code 3 2 1 | 1 2 3 | 3 2 1}: NumPy's
 *       {@code 'symmetric'} (not NumPy's {@code 'reflect'}, which skips the edge value);</li>
 *   <li>{@link #nearest()}: repeat the edge value: NumPy's {@code 'edge'};</li>
 *   <li>{@link #periodic()}: wrap around to the other side: NumPy's {@code 'wrap'};</li>
 *   <li>{@link #constant(double)}: a fixed value (cast to the array's dtype): NumPy's
 *       {@code 'constant'};</li>
 *   <li>{@link #none()}: no padding: blocks at the edges see a smaller halo (none beyond the
 *       array), so the function receives a smaller block there.</li>
 * </ul>
 * Depths larger than the axis repeat the pattern as {@code np.pad} does (Dask fails there).
 */
public final class Boundary {
    /** The kinds of boundary. */
    public enum Kind { REFLECT, NEAREST, PERIODIC, CONSTANT, NONE }

    private static final Boundary REFLECT = new Boundary(Kind.REFLECT, 0);
    private static final Boundary NEAREST = new Boundary(Kind.NEAREST, 0);
    private static final Boundary PERIODIC = new Boundary(Kind.PERIODIC, 0);
    private static final Boundary NONE = new Boundary(Kind.NONE, 0);

    private final Kind kind;
    private final double value;

    private Boundary(Kind kind, double value) {
        this.kind = kind;
        this.value = value;
    }

    /** Mirror at the edge, repeating the edge value (NumPy {@code 'symmetric'}, Dask {@code 'reflect'}). */
    public static Boundary reflect() {
        return REFLECT;
    }

    /** Repeat the edge value (NumPy {@code 'edge'}, Dask {@code 'nearest'}). */
    public static Boundary nearest() {
        return NEAREST;
    }

    /** Wrap around (NumPy {@code 'wrap'}, Dask {@code 'periodic'}). */
    public static Boundary periodic() {
        return PERIODIC;
    }

    /** A constant value beyond the edges, cast to the array's dtype (NumPy {@code 'constant'}). */
    public static Boundary constant(double v) {
        return new Boundary(Kind.CONSTANT, v);
    }

    /** No padding: edge blocks see only the neighbours that exist (Dask {@code 'none'}). */
    public static Boundary none() {
        return NONE;
    }

    public Kind kind() {
        return kind;
    }

    /** The fill value of a {@link #constant(double)} boundary (0 for the others). */
    public double value() {
        return value;
    }

    /** The {@code np.pad} mode with the same result, or null for {@link #none()}. */
    public String numpyMode() {
        return switch (kind) {
            case REFLECT -> "symmetric";
            case NEAREST -> "edge";
            case PERIODIC -> "wrap";
            case CONSTANT -> "constant";
            case NONE -> null;
        };
    }

    /**
     * The index inside {@code [0, n)} whose value appears at position {@code i} (which may lie
     * outside) along an axis of length {@code n > 0}, or -1 where the constant goes.
     */
    long source(long i, long n) {
        if (i >= 0 && i < n) {
            return i;
        }
        return switch (kind) {
            case NEAREST -> i < 0 ? 0 : n - 1;
            case PERIODIC -> Math.floorMod(i, n);
            case REFLECT -> {
                long m = Math.floorMod(i, 2 * n);
                yield m < n ? m : 2 * n - 1 - m;
            }
            case CONSTANT -> -1;
            case NONE -> throw new IllegalStateException("internal: no padding beyond the edge with boundary none");
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Boundary b && b.kind == kind && Double.compare(b.value, value) == 0;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return kind == Kind.CONSTANT ? "constant(" + value + ")" : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
