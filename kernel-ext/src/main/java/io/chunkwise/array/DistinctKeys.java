package io.chunkwise.array;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A set of sort keys kept as sorted, duplicate-free runs (signed order) that merge like a
 * log-structured tree: a new run merges with the last while it is at least half as long, so adding
 * N keys costs O(N log N) and the set holds at most about twice its distinct keys. For 16-bit keys a
 * 65,536-bit map is used instead.
 */
final class DistinctKeys {
    private final long[] bitmap;
    private final List<long[]> runs = new ArrayList<>();
    private long[] scratch = new long[0];

    DistinctKeys(int width) {
        bitmap = width <= 16 ? new long[1 << 10] : null;
    }

    /** A reusable buffer of at least {@code n} keys for the caller to fill and {@link #add}. */
    long[] scratch(int n) {
        if (scratch.length < n) {
            scratch = new long[n];
        }
        return scratch;
    }

    /** Adds {@code len} keys of {@code keys} (the array may be reordered). */
    void add(long[] keys, int len) {
        if (bitmap != null) {
            for (int i = 0; i < len; i++) {
                int k = (int) keys[i];
                bitmap[k >>> 6] |= 1L << k;
            }
            return;
        }
        for (int i = 0; i < len; i++) {
            keys[i] ^= Long.MIN_VALUE;
        }
        Arrays.sort(keys, 0, len);
        int m = 0;
        for (int i = 0; i < len; i++) {
            if (m == 0 || keys[i] != keys[m - 1]) {
                keys[m++] = keys[i];
            }
        }
        push(Arrays.copyOf(keys, m));
    }

    private void push(long[] run) {
        runs.add(run);
        while (runs.size() > 1 && runs.get(runs.size() - 1).length * 2 >= runs.get(runs.size() - 2).length) {
            long[] last = runs.remove(runs.size() - 1);
            long[] prev = runs.remove(runs.size() - 1);
            runs.add(merge(prev, last));
        }
    }

    /** Adds every key of another set. */
    void addAll(DistinctKeys other) {
        if (bitmap != null) {
            for (int i = 0; i < bitmap.length; i++) {
                bitmap[i] |= other.bitmap[i];
            }
            return;
        }
        for (long[] r : other.runs) {
            push(r);
        }
    }

    /** The distinct keys, ascending (unsigned key order, i.e. value order). */
    long[] sortedKeys() {
        if (bitmap != null) {
            int n = 0;
            for (long w : bitmap) {
                n += Long.bitCount(w);
            }
            long[] out = new long[n];
            int at = 0;
            for (int i = 0; i < bitmap.length; i++) {
                long w = bitmap[i];
                while (w != 0) {
                    out[at++] = ((long) i << 6) + Long.numberOfTrailingZeros(w);
                    w &= w - 1;
                }
            }
            return out;
        }
        long[] all = new long[0];
        for (long[] r : runs) {
            all = merge(all, r);
        }
        for (int i = 0; i < all.length; i++) {
            all[i] ^= Long.MIN_VALUE;
        }
        return all;
    }

    /** Sorted union of two sorted duplicate-free arrays. */
    private static long[] merge(long[] a, long[] b) {
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int m = 0;
        while (i < a.length && j < b.length) {
            long x = a[i];
            long y = b[j];
            if (x < y) {
                out[m++] = x;
                i++;
            } else if (y < x) {
                out[m++] = y;
                j++;
            } else {
                out[m++] = x;
                i++;
                j++;
            }
        }
        while (i < a.length) {
            out[m++] = a[i++];
        }
        while (j < b.length) {
            out[m++] = b[j++];
        }
        return m == out.length ? out : Arrays.copyOf(out, m);
    }
}
