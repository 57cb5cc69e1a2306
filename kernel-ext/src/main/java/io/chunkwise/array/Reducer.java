package io.chunkwise.array;

/**
 * How {@link ChunkedArray#coarsen} combines each window of values. NaN propagates, as in NumPy's
 * {@code mean}, {@code sum}, {@code min} and {@code max}.
 *
 * <p>Result types follow the project's reductions: SUM of integers (and bool) is INT64 (UINT64 for
 * unsigned input), SUM of floats and every MEAN are FLOAT64 (accumulated in float64, where NumPy
 * would return float32 for float32 input); MIN and MAX keep the input dtype.
 */
public enum Reducer {
    MEAN, SUM, MIN, MAX;

    /** The dtype of the coarsened array for an input of dtype {@code in}. */
    public DType resultType(DType in) {
        return switch (this) {
            case MEAN -> DType.FLOAT64;
            case SUM -> in.isFloat() ? DType.FLOAT64 : in.isUnsigned() ? DType.UINT64 : DType.INT64;
            case MIN, MAX -> in;
        };
    }

    /** The NumPy function with the same meaning ({@code "mean"}, {@code "sum"}, ...). */
    public String numpyName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
