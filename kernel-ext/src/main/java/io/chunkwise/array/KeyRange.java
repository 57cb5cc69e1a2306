package io.chunkwise.array;

import java.util.ArrayList;
import java.util.List;

/**
 * A range {@code [lo, hi]} of sort keys (unsigned) holding some wanted ranks, as {@link RadixSelect}
 * narrows it: {@code below} values lie under it and {@code count} inside (-1 while unknown). A pass
 * either gathers its values or counts them into at most 2^bits buckets of equal key width.
 */
final class KeyRange {
    final long lo;
    final long hi;
    final long below;
    final long count;
    final List<Integer> ranks = new ArrayList<>();
    boolean gather;
    int slot;

    KeyRange(long lo, long hi, long below, long count) {
        this.lo = lo;
        this.hi = hi;
        this.below = below;
        this.count = count;
    }

    /** Signed-order bounds, for comparisons with {@code <}. */
    long sLo() {
        return lo ^ Long.MIN_VALUE;
    }

    long sHi() {
        return hi ^ Long.MIN_VALUE;
    }

    /** The shift that maps {@code key - lo} to a bucket so that there are at most 2^bits buckets. */
    int shift(int bits) {
        long span = hi - lo;
        int needed = 64 - Long.numberOfLeadingZeros(span);
        return Math.max(0, needed - bits);
    }

    /** Number of buckets with {@link #shift}. */
    int buckets(int bits) {
        return (int) (((hi - lo) >>> shift(bits)) + 1);
    }

    /** The key range of bucket {@code b}. */
    KeyRange bucket(int b, int shift, long below, long count) {
        long from = lo + ((long) b << shift);
        long to = shift == 64 ? hi : from + ((1L << shift) - 1);
        if (Long.compareUnsigned(to, hi) > 0 || Long.compareUnsigned(to, from) < 0) {
            to = hi;
        }
        return new KeyRange(from, to, below, count);
    }

    @Override
    public String toString() {
        return "[" + Long.toUnsignedString(lo, 16) + ", " + Long.toUnsignedString(hi, 16) + "] below " + below
                + " count " + count + " ranks " + ranks;
    }
}
