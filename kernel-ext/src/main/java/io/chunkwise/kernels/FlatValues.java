package io.chunkwise.kernels;

/**
 * Values that are a function of the flat C-order index alone (constants, ranges, counter-based
 * random numbers). A pass fills register tiles from them directly, with no chunk buffer in between.
 */
public interface FlatValues {
    /**
     * Writes the values of flat indices {@code flat .. flat+n} into {@code d[0..n)} for float
     * dtypes or {@code l[0..n)} (widened as a register holds them) for the others.
     */
    void fill(long flat, int n, double[] d, long[] l);
}
