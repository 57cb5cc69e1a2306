package io.chunkwise.array;

import java.util.ArrayList;
import java.util.List;

/**
 * Key ranges proposed from a sample for {@link RadixSelect}'s first pass: around each wanted rank's
 * position in the sorted sample, a margin of several standard deviations of a sample quantile
 * (plus a share for runs of similar neighbouring values), merged where they overlap. Counts are
 * estimates; the pass counts them exactly.
 */
final class Proposals {
    /** Standard deviations of margin on either side of a rank's sample position. */
    static final double SIGMAS = 5;

    private Proposals() {
    }

    /**
     * Ranges for {@code ranks} (ascending) among {@code n} values, from {@code sample} (signed-order
     * keys, sorted), with estimated counts ({@code below} unknown, -1).
     */
    static List<KeyRange> ranges(long[] sample, long[] ranks, long n, long maxKey) {
        int s = sample.length;
        List<KeyRange> out = new ArrayList<>();
        KeyRange current = null;
        int currentLoIdx = -1;
        int currentHiIdx = -1;
        for (int r = 0; r < ranks.length; r++) {
            double p = n == 1 ? 0 : (double) ranks[r] / (n - 1);
            double center = p * (s - 1);
            double margin = SIGMAS * Math.sqrt(s * p * (1 - p)) + s / 2000.0 + 8;
            int loIdx = (int) Math.floor(center - margin);
            int hiIdx = (int) Math.ceil(center + margin);
            KeyRange next = range(sample, loIdx, hiIdx, n, maxKey);
            if (current != null && Long.compareUnsigned(next.lo, current.hi) <= 0) { // overlaps: widen
                currentHiIdx = Math.max(currentHiIdx, hiIdx);
                next = range(sample, currentLoIdx, currentHiIdx, n, maxKey);
                next.ranks.addAll(current.ranks);
                out.set(out.size() - 1, next);
            } else {
                currentLoIdx = loIdx;
                currentHiIdx = hiIdx;
                out.add(next);
            }
            current = next;
            current.ranks.add(r);
        }
        return out;
    }

    /** The keys from sample position {@code loIdx} to {@code hiIdx} (beyond the sample: the key space's ends). */
    private static KeyRange range(long[] sample, int loIdx, int hiIdx, long n, long maxKey) {
        int s = sample.length;
        long lo = loIdx <= 0 ? 0 : sample[loIdx] ^ Long.MIN_VALUE;
        long hi = hiIdx >= s - 1 ? maxKey : sample[hiIdx] ^ Long.MIN_VALUE;
        // estimated count: the sample keys inside [lo, hi], ties included, scaled to n
        int first = lowerBound(sample, lo ^ Long.MIN_VALUE);
        int last = upperBound(sample, hi ^ Long.MIN_VALUE);
        long estimate = (long) Math.ceil((double) (last - first) / s * n);
        return new KeyRange(lo, hi, -1, Math.max(1, estimate));
    }

    private static int lowerBound(long[] a, long v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(long[] a, long v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
