package io.chunkwise.array;

import java.util.Arrays;

/**
 * Multi-quickselect on {@code long} values: after {@link #select}, every requested position of a
 * segment holds the value a full sort would put there (the rest of the segment is partitioned
 * around them), in expected linear time. Deep recursion falls back to sorting the part.
 */
final class LongSelect {
    private static final int SMALL = 64;

    private LongSelect() {
    }

    /** Places the {@code kth} positions (absolute, ascending, within {@code [from, to)}) of {@code a}. */
    static void select(long[] a, int from, int to, int[] kth) {
        select(a, from, to, kth, 0, kth.length, 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))));
    }

    private static void select(long[] a, int from, int to, int[] kth, int k0, int k1, int depth) {
        while (k0 < k1 && to - from > 1) {
            if (to - from <= SMALL || depth-- == 0) {
                Arrays.sort(a, from, to);
                return;
            }
            long pivot = median(a[from], a[(from + to) >>> 1], a[to - 1]);
            // three-way partition: [from, lt) < pivot, [lt, gt) == pivot, [gt, to) > pivot
            int lt = from;
            int gt = to;
            int i = from;
            while (i < gt) {
                long v = a[i];
                if (v < pivot) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > pivot) {
                    a[i] = a[--gt];
                    a[gt] = v;
                } else {
                    i++;
                }
            }
            int split0 = k0;
            while (split0 < k1 && kth[split0] < lt) {
                split0++;
            }
            int split1 = split0;
            while (split1 < k1 && kth[split1] < gt) {
                split1++;
            }
            // positions in [lt, gt) are placed; recurse into the smaller side, loop on the larger
            if (split0 - k0 < k1 - split1) {
                select(a, from, lt, kth, k0, split0, depth);
                from = gt;
                k0 = split1;
            } else {
                select(a, gt, to, kth, split1, k1, depth);
                to = lt;
                k1 = split0;
            }
        }
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
