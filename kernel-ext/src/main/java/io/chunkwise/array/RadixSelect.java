package io.chunkwise.array;

import io.chunkwise.graph.Expr;
import io.chunkwise.schedule.Cancellation;
import io.chunkwise.schedule.Scheduler;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact order statistics of a chunked expression in a bounded number of passes, never holding more
 * than a small part of the data: the values at given ranks of the sorted (flattened) array.
 *
 * <p>Values are mapped to order-preserving keys ({@link SortKeys}) and the wanted ranks are chased
 * through key ranges. A small sample ({@link KeySample}) first proposes, for every rank, a narrow
 * range likely to hold it; one full pass then counts the values below each range and gathers those
 * inside, which settles every rank whose range was right (the usual case: one pass plus the
 * sample). A rank that falls outside lands in a counted gap between ranges; further passes narrow
 * such ranges radix-style, counting 2^16 (2^20 for the first, whole-key range) equal-width buckets,
 * until a range holds at most {@code gatherCap} values and is gathered, or a bucket is a single key
 * (ties need no gathering). Each narrowing fixes 16 more key bits, so a rank is settled after at
 * most 1 + width/16 full passes (1 + 1, 2, 4 for 16-, 32-, 64-bit types) as long as at most
 * {@value #MAX_HIST_RANGES} ranges need narrowing at once. Every pass counts NaN for float input
 * and stops at the first: NaN makes every quantile NaN.
 *
 * <p>Memory: per worker one slab of values and a count array per narrowed range (8 MiB for the
 * whole-key range, 512 KiB otherwise), plus the gathered keys: at most about {@code gatherCap} in
 * all (a pass stops gathering past twice that and narrows instead).
 */
final class RadixSelect {
    static final int FIRST_BITS = 20;
    static final int LEVEL_BITS = 16;
    static final int MAX_HIST_RANGES = 16;
    static final int SAMPLE = 1 << 17;

    private RadixSelect() {
    }

    /** Whether a NaN was seen (then {@code keys} is null), else the key at every rank; and the full passes run. */
    record Result(boolean hasNaN, long[] keys, int passes) {
    }

    /** The default cap on gathered values: about 1/64 of the heap, between 1 Mi and 16 Mi values. */
    static long defaultGatherCap() {
        long byHeap = Runtime.getRuntime().maxMemory() / 64 / Long.BYTES;
        return Math.max(1L << 20, Math.min(1L << 24, byHeap));
    }

    /**
     * The keys at {@code ranks} (0-based positions in sorted order, ascending, each below the number of
     * values) of {@code expr}, a resolved expression iterated over {@code grid}.
     */
    static Result select(Expr expr, Chunks grid, long[] ranks, long gatherCap, Scheduler scheduler, String label) {
        DType t = expr.dtype();
        int width = SortKeys.width(t);
        long maxKey = width == 64 ? -1L : (1L << width) - 1;
        long n = 1;
        for (long s : expr.shape()) {
            n *= s;
        }
        long[] keys = new long[ranks.length];
        List<KeyRange> pending = new ArrayList<>();
        KeyRange all = new KeyRange(0, maxKey, 0, n);
        for (int r = 0; r < ranks.length; r++) {
            all.ranks.add(r);
        }
        if (n > gatherCap && n > SAMPLE) {
            long[] sample = KeySample.sorted(expr, grid, SAMPLE, scheduler, label + " sample");
            pending.addAll(Proposals.ranges(sample, ranks, n, maxKey));
        } else {
            pending.add(all);
        }
        int pass = 0;
        while (!pending.isEmpty()) {
            Cancellation.check(); // an interrupted outer computation stops between passes at the latest
            pass++;
            List<KeyRange> active = plan(pending, gatherCap);
            int bits = bits(active, maxKey);
            RadixPass.Plan plan = RadixPass.Plan.of(active, bits, pass == 1 && t.isFloat(), maxKey, 2 * gatherCap);
            RadixPass.Outcome out = RadixPass.run(expr, grid, plan, scheduler, label + " pass " + pass);
            if (out.nan() > 0) {
                return new Result(true, null, pass);
            }
            List<KeyRange> next = new ArrayList<>();
            List<Integer> orphans = new ArrayList<>();
            for (KeyRange r : pending) {
                if (!active.contains(r)) {
                    if (r.below < 0) { // a proposal left out: its ranks are found among this pass's counts
                        orphans.addAll(r.ranks);
                    } else {
                        next.add(r);
                    }
                }
            }
            Settle.settle(active, out, bits, ranks, keys, maxKey, orphans, next);
            pending = next;
        }
        return new Result(false, keys, pass);
    }

    /** Bucket bits of a pass: 20 for the first histogram of the whole key range, 16 otherwise. */
    static int bits(List<KeyRange> active, long maxKey) {
        return active.size() == 1 && active.get(0).lo == 0 && active.get(0).hi == maxKey ? FIRST_BITS : LEVEL_BITS;
    }

    /**
     * Chooses this pass's ranges, smallest (known or estimated) count first: gathered while the
     * gathered total stays within the cap, counted into buckets otherwise (up to
     * {@value #MAX_HIST_RANGES}); the rest wait. Ranges are returned sorted by key.
     */
    private static List<KeyRange> plan(List<KeyRange> pending, long gatherCap) {
        List<KeyRange> bySize = new ArrayList<>(pending);
        bySize.sort((a, b) -> Long.compare(a.count, b.count));
        List<KeyRange> active = new ArrayList<>();
        long gathered = 0;
        int hists = 0;
        for (KeyRange r : bySize) {
            if (r.lo != r.hi && gathered + r.count <= gatherCap) {
                r.gather = true;
                gathered += r.count;
                active.add(r);
            } else if (hists < MAX_HIST_RANGES) {
                r.gather = false;
                r.slot = hists++;
                active.add(r);
            }
        }
        active.sort((a, b) -> Long.compare(a.sLo(), b.sLo()));
        return active;
    }
}
