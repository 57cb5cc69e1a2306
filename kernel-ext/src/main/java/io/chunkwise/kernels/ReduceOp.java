package io.chunkwise.kernels;

import io.chunkwise.array.DType;

/**
 * The reductions, each a (chunk → partial, combine, finish) trio implemented by {@link Partial}.
 * The {@code NAN*} variants skip NaN values; the others propagate NaN as NumPy does.
 */
public enum ReduceOp {
    SUM, PROD, MEAN, MIN, MAX, VAR, STD, ANY, ALL, COUNT_NONZERO, ARGMIN, ARGMAX,
    NANSUM, NANMEAN, NANMIN, NANMAX, NANVAR, NANSTD;

    public boolean skipsNaN() {
        return name().startsWith("NAN");
    }

    /** The variant's base operation (NANSUM → SUM). */
    public ReduceOp base() {
        return switch (this) {
            case NANSUM -> SUM;
            case NANMEAN -> MEAN;
            case NANMIN -> MIN;
            case NANMAX -> MAX;
            case NANVAR -> VAR;
            case NANSTD -> STD;
            default -> this;
        };
    }

    public String label() {
        String n = name().toLowerCase(java.util.Locale.ROOT);
        return this == COUNT_NONZERO ? "countNonzero" : n;
    }

    /**
     * The result type: sums and products of integers are INT64 (UINT64 for unsigned inputs), of floats
     * FLOAT64 (more accurate than NumPy's float32 accumulation); means and moments FLOAT64;
     * min/max keep the input type; any/all BOOL; counts and arg-indices INT64.
     */
    public DType resultType(DType in) {
        return switch (base()) {
            case SUM, PROD -> in.isFloat() ? DType.FLOAT64 : in.isUnsigned() ? DType.UINT64 : DType.INT64;
            case MEAN, VAR, STD -> DType.FLOAT64;
            case MIN, MAX -> in;
            case ANY, ALL -> DType.BOOL;
            default -> DType.INT64;
        };
    }

    /** The register type the input is converted to before accumulating. */
    public DType accumulateType(DType in) {
        return switch (base()) {
            case MIN, MAX, ARGMIN, ARGMAX -> in;
            case SUM, PROD -> in.isFloat() ? DType.FLOAT64 : in.isUnsigned() ? DType.UINT64 : DType.INT64;
            case MEAN, VAR, STD -> DType.FLOAT64;
            default -> in;
        };
    }
}
