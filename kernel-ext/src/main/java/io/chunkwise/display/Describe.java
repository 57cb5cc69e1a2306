package io.chunkwise.display;

/**
 * Describe-style statistics of an array, as pandas' {@code describe()} reports them plus the NaN count.
 *
 * @param count values counted (NaN excluded)
 * @param nanCount NaN values skipped
 * @param mean arithmetic mean
 * @param std standard deviation (the caller says which ddof)
 * @param min smallest value
 * @param q25 25th percentile
 * @param q50 median
 * @param q75 75th percentile
 * @param max largest value
 */
public record Describe(long count, long nanCount, double mean, double std, double min, double q25, double q50,
                      double q75, double max) {
    public Describe {
        if (count < 0 || nanCount < 0) {
            throw new IllegalArgumentException("counts must not be negative but got count=" + count
                    + ", nanCount=" + nanCount);
        }
    }
}
